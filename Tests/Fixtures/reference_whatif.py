#!/usr/bin/env python3
"""Reference what-ifs (Tests/CollabGraphTests/Scenarios/WhatIfReferenceTests).

Run from the repository root:  python3 Tests/Fixtures/reference_whatif.py
Writes Tests/Fixtures/reference/whatif/<case>.json (deterministic).

Each case applies a scenario to the collapsed graph of a dataset folder with NetworkX
3.6.1, independently of CollabGraph's record-level code:
- remove A: `G.remove_node(A)`;
- merge A B (B into A): every tie of B re-pointed to A, weights added to an existing tie
  of A's (directed: B->X onto A->X, X->B onto X->A), the tie A-B dropped, B removed;
- add A B: a tie (directed: an arc A -> B) of weight 1, added to the weight of an
  existing tie.
and records, before and after:
- components of the undirected reading U (`connected_components`), the largest one's
  size, isolates; actors in the largest component before and outside the largest after
  (cut off; the largest component is the one holding the lowest-indexed actor among
  equals in size);
- for each focus actor: partners (degree in U), reach within 2 hops in U, actors in its
  component, `constraint`/`effective_size` with `nodes=[f]` (weight "weight" when
  weighted), betweenness;
- the five best brokers by `betweenness_centrality(G, normalized=True,
  weight="distance" when weighted, distance = 1/weight)`, ties by load order.
"""
import os
import sys
from collections import OrderedDict

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import load_collapsed, write_reference  # noqa: E402



def bump(G, s, t, w):
    if G.has_edge(s, t):
        G[s][t]["weight"] += w
    else:
        G.add_edge(s, t, weight=w)


def apply(G, changes):
    G = G.copy()
    for action, a, b in changes:
        if action == "remove":
            G.remove_node(a)
        elif action == "merge":
            if G.is_directed():
                for _, x, d in list(G.out_edges(b, data=True)):
                    if x != a:
                        bump(G, a, x, d["weight"])
                for x, _, d in list(G.in_edges(b, data=True)):
                    if x != a:
                        bump(G, x, a, d["weight"])
            else:
                for _, x, d in list(G.edges(b, data=True)):
                    if x != a:
                        bump(G, a, x, d["weight"])
            G.remove_node(b)
        elif action == "add":
            bump(G, a, b, 1.0)
    return G


def state(G, order, focus, weighted):
    U = nx.Graph(G.to_undirected()) if G.is_directed() else G
    nodes = [x for x in order if x in G]
    rank = {x: i for i, x in enumerate(nodes)}
    comps = sorted((sorted(c, key=rank.get) for c in nx.connected_components(U)), key=lambda c: rank[c[0]])
    largest = max(comps, key=len) if comps else []
    if weighted:
        for _, _, d in G.edges(data=True):
            d["distance"] = 1.0 / d["weight"]
    bc = nx.betweenness_centrality(G, normalized=True, weight="distance" if weighted else None)
    brokers = sorted(nodes, key=lambda x: (-bc[x], rank[x]))[:5]
    w = "weight" if weighted else None
    rows = OrderedDict()
    for f in focus:
        if f not in G:
            continue
        comp = nx.node_connected_component(U, f)
        alone = U.degree(f) == 0
        rows[f] = OrderedDict([
            ("partners", U.degree(f)),
            ("reach", len(nx.single_source_shortest_path_length(U, f, cutoff=2)) - 1),
            ("reachable", len(comp) - 1),
            ("constraint", None if alone else nx.constraint(G, nodes=[f], weight=w)[f]),
            ("effective_size", None if alone else nx.effective_size(G, nodes=[f], weight=w)[f]),
            ("betweenness", bc[f]),
        ])
    return OrderedDict([
        ("actors", len(nodes)),
        ("ties", G.number_of_edges()),
        ("components", len(comps)),
        ("largest_component", len(largest)),
        ("isolates", sum(1 for c in comps if len(c) == 1)),
        ("brokers", [[x, bc[x]] for x in brokers]),
        ("focus", rows),
    ]), set(largest)


def case(name, folder, directed, weighted, changes, focus):
    G, ids = load_collapsed(folder, directed)
    H = apply(G, changes)
    before, main_before = state(G, ids, focus, weighted)
    after, main_after = state(H, ids, focus, weighted)
    cut = [x for x in ids if x in main_before and x in H and x not in main_after]
    out = OrderedDict([("graph", folder), ("directed", directed), ("weighted", weighted),
                       ("changes", [list(c) for c in changes]), ("focus", focus),
                       ("before", before), ("after", after), ("cut_off", cut)])
    write_reference("whatif", name, out)


def main():
    g = "Tests/Fixtures/graphs/"
    anchors = ["newham-college", "ncc-hackney", "ncc-tower-hamlets", "waltham-forest-college"]
    case("east-london-remove-elba", "Datasets/east-london", False, False,
         [("remove", "elba", "")], anchors)
    case("east-london-merge-ncc", "Datasets/east-london", False, True,
         [("merge", "ncc-hackney", "ncc-tower-hamlets")], anchors)
    case("east-london-mixed-directed", "Datasets/east-london", True, False,
         [("merge", "newham-college", "waltham-forest-college"), ("remove", "elba", ""),
          ("add", "ncc-hackney", "hackney-creative-forum")], anchors)
    case("kite-remove-Heather", g + "kite", False, False, [("remove", "Heather", "")], ["Fernando", "Ike", "Jane"])
    case("borgatti-merge-G-A", g + "borgatti", False, True, [("merge", "G", "A"), ("add", "C", "D")], ["G", "C", "D"])
    case("random-directed-mixed", g + "random-directed", True, True,
         [("merge", "d00", "d01"), ("remove", "d02", ""), ("add", "d03", "d04"), ("add", "d04", "d03")],
         ["d00", "d03", "d05"])
    case("random-undirected-remove-hubs", g + "random-undirected", False, False,
         [("remove", "v00", ""), ("remove", "v01", ""), ("remove", "v02", "")], ["v03", "v10", "v20"])


if __name__ == "__main__":
    main()
