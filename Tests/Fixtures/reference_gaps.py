#!/usr/bin/env python3
"""Reference values for the gaps family (Tests/CollabGraphTests/Gaps).

Run from the repository root:  python3 Tests/Fixtures/reference_gaps.py
Writes Tests/Fixtures/reference/gaps/<case>.json (deterministic).

For a focus actor and a list of candidate targets (actors not tied to the focus), each
case records the focus's measures on the graph as it is and on the graph with the one tie
focus -> target added (weight 1, or with weighted=True the median of the distinct ties'
summed weights; a directed graph gets the arc focus -> target):
- constraint and effective size: NetworkX 3.6.1 `constraint(G, nodes=[focus], weight=w)`
  and `effective_size(G, nodes=[focus], weight=w)` (the per-actor path; w = "weight" when
  weighted, else None);
- betweenness: NetworkX `betweenness_centrality(U, normalized=True)` on the undirected
  reading U (hops);
- reach: actors within K = 2 hops of the focus in U (`single_source_shortest_path_length`
  with cutoff 2), focus excluded.

Graphs are read exactly as the Swift loader reads them: nodes.csv order is actor order;
edges.csv records are summed over parallel records into a simple Graph/DiGraph
(undirected: a->b and b->a records join one tie); self-loops are dropped; memberships are
ignored (the default view).
"""
import json
import os
import sys
import statistics
from collections import OrderedDict

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import load_collapsed  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "gaps")
K = 2


def load(folder, directed):
    """The collapsed view of a dataset folder (see fixture_graphs.load_collapsed)."""
    G, ids = load_collapsed(folder, directed)
    return G, ids


def measures(G, focus, weighted):
    w = "weight" if weighted else None
    U = nx.Graph(G.to_undirected()) if G.is_directed() else G
    reach = nx.single_source_shortest_path_length(U, focus, cutoff=K)
    if G.degree(focus) == 0:
        c = e = None
    else:
        c = nx.constraint(G, nodes=[focus], weight=w)[focus]
        e = nx.effective_size(G, nodes=[focus], weight=w)[focus]
    return OrderedDict([
        ("constraint", c),
        ("effective_size", e),
        ("betweenness", nx.betweenness_centrality(U, normalized=True)[focus]),
        ("reach", len(reach) - 1),
    ])


def case(name, folder, directed, weighted, focus, every=1, limit=None):
    G, nodes = load(folder, directed)
    partners = set(G.successors(focus)) | set(G.predecessors(focus)) if directed else set(G[focus])
    others = [v for v in nodes if v != focus and v not in partners]
    targets = others[::every][:limit] if limit else others[::every]
    added = statistics.median([d["weight"] for _, _, d in G.edges(data=True)]) if weighted and G.number_of_edges() else 1.0
    out = OrderedDict([("graph", folder), ("directed", directed), ("weighted", weighted), ("focus", focus),
                       ("added_weight", added), ("before", measures(G, focus, weighted)), ("candidates", [])])
    for t in targets:
        H = G.copy()
        H.add_edge(focus, t, weight=added)
        out["candidates"].append(OrderedDict([("target", t), ("after", measures(H, focus, weighted))]))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def main():
    g = "Tests/Fixtures/graphs/"
    case("east-london-newham", "Datasets/east-london", False, False, "newham-college", every=12)
    case("east-london-newham-weighted", "Datasets/east-london", False, True, "newham-college", every=12)
    case("east-london-newham-directed", "Datasets/east-london", True, True, "newham-college", every=16)
    case("borgatti-A", g + "borgatti", False, True, "A")
    case("borgatti-A-unweighted", g + "borgatti", False, False, "A")
    case("kite-Jane", g + "kite", False, False, "Jane")
    case("two-k4-middle-0", g + "two-k4-middle", False, False, "0")
    case("random-undirected-v00", g + "random-undirected", False, True, "v00", every=3)
    case("random-directed-d00", g + "random-directed", True, True, "d00", every=3)
    case("random-directed-d00-unweighted", g + "random-directed", True, False, "d00", every=3)
    case("holme-kim-7", g + "holme-kim", False, False, "7", every=23)


if __name__ == "__main__":
    main()
