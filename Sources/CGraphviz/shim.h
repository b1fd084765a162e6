#ifndef COLLABGRAPH_GRAPHVIZ_SHIM_H
#define COLLABGRAPH_GRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects C mutable globals; reach them through accessors. */
static inline Agdesc_t collab_agdirected(void) { return Agdirected; }
static inline Agdesc_t collab_agundirected(void) { return Agundirected; }

/* agtail/aghead are macros over the edge pair layout: expose them as functions. */
static inline Agnode_t *collab_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *collab_aghead(Agedge_t *e) { return aghead(e); }

/* Attribute symbols: name and the declared default of an Agsym_t. */
static inline const char *collab_agsym_name(Agsym_t *sym) { return sym->name; }
#endif
