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

/* The laid-out graph's resolution and bounding box (points), read at render time: a
   bitmap can be drawn at another resolution from the same layout. */
static inline double collab_dpi(Agraph_t *g) { return GD_drawing(g)->dpi; }
static inline void collab_set_dpi(Agraph_t *g, double dpi) { GD_drawing(g)->dpi = dpi; }
static inline double collab_bb_width(Agraph_t *g) { return GD_bb(g).UR.x - GD_bb(g).LL.x; }
static inline double collab_bb_height(Agraph_t *g) { return GD_bb(g).UR.y - GD_bb(g).LL.y; }
#endif
