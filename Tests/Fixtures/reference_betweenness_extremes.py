#!/usr/bin/env python3
"""Reference values for weighted betweenness at the extremes of floating point, from NetworkX.

Writes Tests/Fixtures/reference/betweenness-extremes/cases.json: a list of small graphs
(n actors, directed or not, ties [source, target, weight]) with
nx.betweenness_centrality(G, normalized=True, weight="distance"), distance = 1/weight computed
in IEEE doubles exactly as collab does. The weights mix 1, 2, 3, 0.5 with values whose
lengths vanish in addition (1e16, 1e17, 1e20: 1 + 1/1e17 == 1, so a path through such a tie
is exactly as long as the path without it: zero-length steps) and with 1e-300 … 1e300.
Equal distances are then common, and NetworkX's handling of them (a tie v→w with
d(v) + 1/w == d(w) makes v a predecessor of w, settled or not, with Dijkstra's pops in push
order among equal distances) is the reference.

Case 0 is the issue's 6-actor graph: a hexagon 0-1-2-3-4-5-0 with one tie of weight 1e17.
Run: python3 Tests/Fixtures/reference_betweenness_extremes.py (NetworkX 3.6.1).
"""
import json
import os
import random

import networkx as nx

POOL = [1.0, 1.0, 2.0, 3.0, 0.5, 1e16, 1e17, 1e20, 1e300, 1e-300, 1e-17, 4.0]


def case(n, directed, ties):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    # Edges added in sorted order, so that NetworkX meets each actor's neighbours in
    # ascending index, as collab's compressed rows list them: with equal distances the
    # order in which ties are followed decides which actor is settled first.
    for s, t, w in sorted(ties, key=lambda e: (min(e[0], e[1]), max(e[0], e[1])) if not directed else (e[0], e[1])):
        G.add_edge(s, t, distance=1.0 / w)
    bc = nx.betweenness_centrality(G, normalized=True, weight="distance")
    return {"n": n, "directed": directed, "ties": [[s, t, w] for s, t, w in ties], "betweenness": [bc[v] for v in range(n)]}


def main():
    cases = []
    hexagon = [(0, 1, 1.0), (1, 2, 1e17), (2, 3, 1.0), (3, 4, 1.0), (4, 5, 1.0), (5, 0, 1.0)]
    cases.append(case(6, False, hexagon))
    cases.append(case(6, True, hexagon + [(b, a, w) for a, b, w in hexagon]))
    # A star of zero-length spokes around 0: every leaf is at distance 0 from every other.
    cases.append(case(5, False, [(0, 1, 1e17), (0, 2, 1e17), (0, 3, 1e17), (3, 4, 1.0), (1, 4, 1.0)]))
    random.seed(29)
    for k in range(60):
        n = random.randint(4, 9)
        directed = k % 3 == 0
        pairs = [(a, b) for a in range(n) for b in range(n) if a != b and (directed or a < b)]
        chosen = random.sample(pairs, random.randint(n - 1, min(len(pairs), 2 * n)))
        ties = [(a, b, random.choice(POOL)) for a, b in chosen]
        cases.append(case(n, directed, ties))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference", "betweenness-extremes", "cases.json")
    with open(out, "w") as f:
        json.dump({"networkx": nx.__version__, "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
