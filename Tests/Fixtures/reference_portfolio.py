#!/usr/bin/env python3
"""Reference portfolios of new ties (Tests/CollabGraphTests/Gaps/PortfolioReferenceTests).

Run from the repository root:  python3 Tests/Fixtures/reference_portfolio.py [CASE …]
(east-london takes several minutes: every candidate of every step is a full recomputation)
Writes Tests/Fixtures/reference/portfolio/<case>.json (deterministic).

The greedy portfolio of `collab gaps --focus F --portfolio K`, recomputed from scratch with
NetworkX 3.6.1: at each step every remaining candidate c is measured on a copy of the
graph holding the earlier picks plus the tie F-c (weight 1, or with weighted=True the
median of the distinct ties' summed weights of the graph as it is; a directed graph gets
the arc F -> c):
- constraint and effective size: `constraint(G, nodes=[F], weight=w)` and
  `effective_size(G, nodes=[F], weight=w)` (w = "weight" when weighted, else None);
- reach: actors within 2 hops of F on the undirected reading U
  (`single_source_shortest_path_length(U, F, cutoff=2)`), F excluded; newly reached =
  after minus before; new groups = groups (attribute `group`, "(none)" when absent) of
  newly reached actors none of whose actors was reached before;
- betweenness: `betweenness_centrality(U, normalized=True)[F]`.
Score = 0.35 relief/max relief + 0.30 reach/max + 0.20 new groups/max + 0.15
betweenness gain/max (each maximum over the remaining candidates; a component whose
maximum is not positive contributes 0). The pick is the best score; scores within 1e-9
are equal, then fewer earlier picks in the candidate's group, then load order; when the
best score is 0 (no remaining candidate improves any measure) the portfolio stops short.
The candidate pool: actors 2 or 3 hops away on U, plus actors of kind `sme` or
`employer` more than 2 hops away or in another component; never F or its partners.

Graphs are read as the Swift loader reads them (fixture_graphs.load_collapsed).
"""
import os
import statistics
import sys
from collections import OrderedDict

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import load_collapsed, write_reference  # noqa: E402

K = 2
TOLERANCE = 1e-9
WEIGHTS = (0.35, 0.30, 0.20, 0.15)


def undirected(G):
    return nx.Graph(G.to_undirected()) if G.is_directed() else G


def position(G, focus, weighted, group_of):
    w = "weight" if weighted else None
    U = undirected(G)
    reached = set(nx.single_source_shortest_path_length(U, focus, cutoff=K)) - {focus}
    if U.degree(focus) == 0:
        c = e = None
    else:
        c = nx.constraint(G, nodes=[focus], weight=w)[focus]
        e = nx.effective_size(G, nodes=[focus], weight=w)[focus]
    return OrderedDict([
        ("partners", U.degree(focus)),
        ("constraint", c),
        ("effective_size", e),
        ("reach", len(reached)),
        ("groups_reached", len({group_of[x] for x in reached})),
        ("betweenness", nx.betweenness_centrality(U, normalized=True)[focus]),
    ]), reached


def pool(G, ids, focus):
    U = undirected(G)
    d = nx.single_source_shortest_path_length(U, focus)
    out = []
    for x in ids:
        if x == focus or d.get(x) == 1:
            continue
        kind = G.nodes[x].get("kind", "")
        far = x not in d or d[x] > K
        if (x in d and 2 <= d[x] <= K + 1) or (far and kind in ("sme", "employer")):
            out.append(x)
    return out


def case(name, folder, directed, weighted, focus, size, attribute="group"):
    G, ids = load_collapsed(folder, directed)
    index = {x: i for i, x in enumerate(ids)}
    group_of = {x: G.nodes[x].get(attribute, "(none)") for x in ids}
    added = statistics.median([d["weight"] for _, _, d in G.edges(data=True)]) if weighted and G.number_of_edges() else 1.0
    start, _ = position(G, focus, weighted, group_of)
    remaining = pool(G, ids, focus)
    out = OrderedDict([("graph", folder), ("directed", directed), ("weighted", weighted), ("focus", focus),
                       ("group_attribute", attribute), ("size", size), ("added_weight", added),
                       ("candidates", len(remaining)), ("before", start), ("steps", [])])
    picks_in_group = {}
    current = G.copy()
    while len(out["steps"]) < size and remaining:
        now, reached = position(current, focus, weighted, group_of)
        groups_before = {group_of[x] for x in reached}
        rows = []
        for c in remaining:
            H = current.copy()
            H.add_edge(focus, c, weight=added)
            after, reached_after = position(H, focus, weighted, group_of)
            gained = reached_after - reached
            relief = -((after["constraint"] or 0) - (now["constraint"] or 0))
            rows.append(dict(target=c, after=after, gained=len(gained),
                             new_groups=len({group_of[x] for x in gained} - groups_before),
                             relief=relief, between=after["betweenness"] - now["betweenness"]))
        tops = [max(r[k] for r in rows) for k in ("relief", "gained", "new_groups", "between")]
        for r in rows:
            r["score"] = sum(wt * (r[k] / top if top > 0 else 0)
                             for wt, k, top in zip(WEIGHTS, ("relief", "gained", "new_groups", "between"), tops))
        best_score = max(r["score"] for r in rows)
        if best_score <= 0:
            out["stopped_without_gain"] = True
            break
        equal = [r for r in rows if abs(r["score"] - best_score) <= TOLERANCE]
        best = min(equal, key=lambda r: (picks_in_group.get(group_of[r["target"]], 0), index[r["target"]]))
        out["steps"].append(OrderedDict([
            ("pick", best["target"]), ("score", best["score"]), ("before", now), ("after", best["after"]),
            ("newly_reached", best["gained"]), ("new_groups", best["new_groups"]),
            ("equal_scores", sorted((r["target"] for r in equal if r is not best), key=index.get)),
        ]))
        picks_in_group[group_of[best["target"]]] = picks_in_group.get(group_of[best["target"]], 0) + 1
        remaining.remove(best["target"])
        current.add_edge(focus, best["target"], weight=added)
    out["after"], _ = position(current, focus, weighted, group_of)
    write_reference("portfolio", name, out)


def main():
    g = "Tests/Fixtures/graphs/"
    only = sys.argv[1:]
    global case
    run = case
    case = lambda name, *args: run(name, *args) if not only or name in only else None  # noqa: E731
    case("east-london-newham", "Datasets/east-london", False, False, "newham-college", 3, "sector")
    case("kite-Jane", g + "kite", False, False, "Jane", 3)
    case("borgatti-C", g + "borgatti", False, True, "C", 2)
    case("two-k4-middle-0", g + "two-k4-middle", False, False, "0", 3)
    case("random-undirected-v00", g + "random-undirected", False, True, "v00", 4)
    case("random-directed-d00", g + "random-directed", True, True, "d00", 3)
    case("random-directed-d00-unweighted", g + "random-directed", True, False, "d00", 3)
    case("holme-kim-7", g + "holme-kim", False, False, "7", 3)


if __name__ == "__main__":
    main()
