#ifndef COLLABGRAPH_GRAPHVIZ_SHIM_H
#define COLLABGRAPH_GRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects C mutable globals; reach them through accessors. */
static inline Agdesc_t collab_agdirected(void) { return Agdirected; }
static inline Agdesc_t collab_agundirected(void) { return Agundirected; }
#endif
