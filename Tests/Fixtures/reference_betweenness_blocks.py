#!/usr/bin/env python3
"""Reference betweenness for graphs with many articulation points, from NetworkX.

Writes Tests/Fixtures/reference/betweenness-blocks/cases.json: undirected unweighted graphs
(n actors, ties [source, target]) whose exact betweenness collab computes block by block
(biconnected components, ``BlockDecomposition``), each with
nx.betweenness_centrality(G, normalized=True). The shapes: random trees, paths, stars, chains
and trees of cliques (with shared cut points and bridges between them), a star of
triangles, cycles joined at one actor, cliques with pendant paths, disconnected mixtures
with isolates, and seeded random sparse graphs (many small blocks) with some twins.
Run: python3 Tests/Fixtures/reference_betweenness_blocks.py (NetworkX 3.6.1).
"""
import json
import os
import random

import networkx as nx


def case(name, G):
    G = nx.convert_node_labels_to_integers(G, ordering="sorted")
    n = G.number_of_nodes()
    bc = nx.betweenness_centrality(G, normalized=True)
    ties = sorted([min(a, b), max(a, b)] for a, b in G.edges())
    return {"name": name, "n": n, "ties": ties, "betweenness": [bc[v] for v in range(n)]}


def chain_of_cliques(sizes, shared):
    """Cliques in a row; consecutive ones share an actor (shared=True) or are joined by a tie."""
    G = nx.Graph()
    nxt = 0
    last = None
    for size in sizes:
        if shared and last is not None:
            members = [last] + list(range(nxt, nxt + size - 1))
        else:
            members = list(range(nxt, nxt + size))
        nxt = max(members) + 1
        G.add_nodes_from(members)
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                G.add_edge(members[i], members[j])
        if not shared and last is not None:
            G.add_edge(last, members[0])
        last = members[-1]
    return G


def tree_of_cliques(rng, count):
    G = nx.Graph()
    G.add_node(0)
    nxt = 1
    for _ in range(count):
        anchor = rng.randrange(nxt)
        size = rng.randint(2, 5)
        members = [anchor] + list(range(nxt, nxt + size - 1))
        nxt += size - 1
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                G.add_edge(members[i], members[j])
    return G


def main():
    rng = random.Random(28)
    cases = []
    cases.append(case("path-7", nx.path_graph(7)))
    cases.append(case("star-9", nx.star_graph(8)))
    for k in range(4):
        cases.append(case(f"random-tree-{k}", nx.random_labeled_tree(12 + 9 * k, seed=100 + k)))
    cases.append(case("chain-of-cliques-shared", chain_of_cliques([4, 3, 5, 3, 6, 4], True)))
    cases.append(case("chain-of-cliques-bridged", chain_of_cliques([4, 6, 3, 5, 2, 7], False)))
    for k in range(4):
        cases.append(case(f"tree-of-cliques-{k}", tree_of_cliques(rng, 6 + 5 * k)))
    star_of_triangles = nx.Graph()
    for k in range(7):
        star_of_triangles.add_edges_from([(0, 2 * k + 1), (0, 2 * k + 2), (2 * k + 1, 2 * k + 2)])
    cases.append(case("star-of-triangles", star_of_triangles))
    cycles = nx.Graph()
    nxt = 1
    for length in [3, 4, 5, 6]:
        ring = [0] + list(range(nxt, nxt + length - 1))
        nxt += length - 1
        cycles.add_edges_from((ring[i], ring[(i + 1) % length]) for i in range(length))
    cases.append(case("cycles-at-one-actor", cycles))
    lollipop = nx.complete_graph(5)
    nx.add_path(lollipop, [4, 5, 6, 7])
    nx.add_path(lollipop, [0, 8, 9])
    lollipop.add_edges_from([(6, 10), (10, 11), (11, 6)])
    cases.append(case("clique-with-paths", lollipop))
    mixture = nx.disjoint_union_all([chain_of_cliques([3, 4, 3], True), nx.path_graph(4), nx.cycle_graph(5),
                                     nx.empty_graph(2), nx.complete_graph(4)])
    cases.append(case("disconnected-mixture", mixture))
    for k in range(10):
        n = 15 + 6 * k
        G = nx.gnm_random_graph(n, int(n * (1.1 + 0.05 * k)), seed=200 + k)
        # Twins: copy a few actors' closed neighbourhoods.
        for t in range(k % 4):
            v = rng.randrange(n)
            u = G.number_of_nodes()
            G.add_node(u)
            G.add_edges_from((u, w) for w in list(G.neighbors(v)) + [v])
        cases.append(case(f"sparse-random-{k}", G))
    for k in range(3):
        # Larger than the degree-order threshold (256 actors): a tree of cliques and a sparse graph.
        cases.append(case(f"large-tree-of-cliques-{k}", tree_of_cliques(rng, 120 + 40 * k)))
        cases.append(case(f"large-sparse-{k}", nx.gnm_random_graph(300 + 50 * k, 420 + 80 * k, seed=300 + k)))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference", "betweenness-blocks", "cases.json")
    with open(out, "w") as f:
        json.dump({"networkx": nx.__version__, "cases": cases}, f)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
