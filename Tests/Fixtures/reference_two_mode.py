#!/usr/bin/env python3
"""Reference values for the two-mode family (Tests/CollabGraphTests/TwoMode).

Run from the repository root with NetworkX 3.6.1 and NumPy (the system python3 has both):
    python3 Tests/Fixtures/reference_two_mode.py
Writes Tests/Fixtures/reference/two-mode/<case>.json (deterministic). The London case
reads /work/shared/datasets/cordis-h2020/london (or $COLLAB_SHARED/...); it is skipped,
and its committed fixture kept, when that folder is absent. Only computed values are
written, never the data.

The bipartite graph is built as the Swift `TwoModeGraph` builds it: one node per actor
that appears as `member` in memberships.csv (mode "actor") and one per actor that appears
as `network` (mode "network"); one edge per distinct (member, network) pair. Node names
are (mode, id) tuples so that the two modes can never collide.

Sources of truth (networkx.algorithms.bipartite, NetworkX 3.6.1), with `nodes` = the
actor mode:
- degree: `G.degree`; degree centrality: `bipartite.degree_centrality(G, actors)`;
- closeness: `bipartite.closeness_centrality(G, actors)` (normalized=True: the factor
  (reached - 1)/(|G| - 1) on disconnected graphs);
- betweenness: `bipartite.betweenness_centrality(G, actors)` (Borgatti–Everett maxima);
- Latapy clustering: `bipartite.latapy_clustering(G, mode=...)` for dot, min, max, and
  `bipartite.average_clustering(G, nodes=<mode>, mode="dot")` per mode;
- Robins–Alexander: `bipartite.robins_alexander_clustering(G)`;
- redundancy: `bipartite.node_redundancy(G, nodes=[degree >= 2])` (null below 2, where
  NetworkX refuses);
- projections: `weighted_projected_graph`, `collaboration_weighted_projected_graph`,
  `overlap_weighted_projected_graph(jaccard=True)`, onto either mode. The London network
  projection (some 300,000 pairs) is summarised: pair count, sum and sum of squares of
  the weights, and every 97th pair in sorted order.

Two-mode core/periphery (UCINET 2-Mode Categorical Core/Periphery; Borgatti & Everett
1997, doi:10.1016/S0378-8733(96)00301-2): the fit of a row split R and column split C is
Pearson's r between the data and the ideal over the row-core x column-core cells (ideal
1) and the row-periphery x column-periphery cells (ideal 0); the other two blocks are
ignored; each core and each periphery holds at least 3 of its mode. On Davis the best
split is found here by exhaustive search: all 2^14 event splits, and for each a dynamic
programme over the 18 women that counts every women split by its (core size, ones in
the core block, ones in the periphery block), which is all the fit depends on. The
script records the best fit, how many splits reach it, and the split when it is unique.
"""
import csv
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import ROOT, write_reference  # noqa: E402  (fixes the hash seed)

import networkx as nx  # noqa: E402
from networkx.algorithms import bipartite  # noqa: E402
import numpy as np  # noqa: E402

SHARED = os.environ.get("COLLAB_SHARED", "/work/shared")


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def build(folder):
    """(G, actors, networks): actors and networks as (mode, id) nodes, each list in
    nodes.csv order (the Swift graph's actor order)."""
    order = {row["id"]: i for i, row in enumerate(read_csv(os.path.join(folder, "nodes.csv")))}
    pairs = [(row["member"], row["network"]) for row in read_csv(os.path.join(folder, "memberships.csv"))]
    members = sorted({m for m, _ in pairs}, key=order.__getitem__)
    networks = sorted({n for _, n in pairs}, key=order.__getitem__)
    assert not set(members) & set(networks), "a member is also a network"
    G = nx.Graph()
    actors = [("actor", m) for m in members]
    nets = [("network", n) for n in networks]
    G.add_nodes_from(actors, bipartite=0)
    G.add_nodes_from(nets, bipartite=1)
    for m, n in pairs:
        G.add_edge(("actor", m), ("network", n))
    return G, actors, nets


def clean(x):
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def projections(G, nodes, sample_every=None):
    """Edges [a, b, w] with a before b in `nodes` order, sorted, for the three weightings;
    summarised when `sample_every` is given."""
    rank = {v: i for i, v in enumerate(nodes)}
    out = {}
    for name, P in [("count", bipartite.weighted_projected_graph(G, nodes)),
                    ("newman", bipartite.collaboration_weighted_projected_graph(G, nodes)),
                    ("jaccard", bipartite.overlap_weighted_projected_graph(G, nodes, jaccard=True))]:
        edges = []
        for u, v, w in P.edges(data="weight"):
            if rank[u] > rank[v]:
                u, v = v, u
            edges.append((rank[u], rank[v], u[1], v[1], float(w)))
        edges.sort()
        rows = [[u, v, w] for _, _, u, v, w in edges]
        if sample_every is None:
            out[name] = {"pairs": len(rows), "edges": rows}
        else:
            out[name] = {"pairs": len(rows), "sum": math.fsum(r[2] for r in rows),
                         "sumOfSquares": math.fsum(r[2] * r[2] for r in rows),
                         "sampleEvery": sample_every, "sample": rows[::sample_every]}
    return out


def measures(G, actors, networks):
    degree_c = bipartite.degree_centrality(G, actors)
    closeness = bipartite.closeness_centrality(G, actors)
    betweenness = bipartite.betweenness_centrality(G, actors)
    latapy = {mode: bipartite.latapy_clustering(G, mode=mode) for mode in ("dot", "min", "max")}
    eligible = [v for v in G if G.degree(v) >= 2]
    redundancy = bipartite.node_redundancy(G, nodes=eligible)
    rows = []
    for v in actors + networks:
        rows.append({
            "id": v[1], "mode": v[0], "degree": G.degree(v),
            "degreeCentrality": clean(degree_c[v]),
            "closeness": clean(closeness[v]), "betweenness": clean(betweenness[v]),
            "latapyDot": clean(latapy["dot"][v]), "latapyMin": clean(latapy["min"][v]),
            "latapyMax": clean(latapy["max"][v]),
            "redundancy": clean(redundancy[v]) if v in redundancy else None,
        })
    return {
        "actors": len(actors), "networks": len(networks), "memberships": G.number_of_edges(),
        "density": bipartite.density(G, actors),
        "robinsAlexander": float(bipartite.robins_alexander_clustering(G)),
        "averageLatapyDot": {"actor": bipartite.average_clustering(G, nodes=actors, mode="dot"),
                             "network": bipartite.average_clustering(G, nodes=networks, mode="dot")},
        "nodes": rows,
    }


def reachable(core_hits, peri_hits, nr, dtype):
    """D[r, s1, s0] over the women splits (bool: reachable; int64: how many splits)."""
    size1, size0 = int(core_hits.sum()) + 1, int(peri_hits.sum()) + 1
    D = np.zeros((nr + 1, size1, size0), dtype=dtype)
    D[0, 0, 0] = 1
    layers = [D]
    for i in range(nr):
        x, y = int(core_hits[i]), int(peri_hits[i])
        new = np.zeros_like(D)
        new[1:, x:, :] += D[:-1, :size1 - x, :]
        new[:, :, y:] += D[:, :, :size0 - y]
        D = new
        layers.append(D)
    return layers


def correlations(nr, nc, c, shape, minimum):
    """The fit of every state (r, s1, s0) with c core events (-2 where undefined or
    inadmissible)."""
    r = np.arange(shape[0])[:, None, None]
    s1 = np.arange(shape[1])[None, :, None]
    s0 = np.arange(shape[2])[None, None, :]
    n1 = r * c
    n0 = (nr - r) * (nc - c)
    n = n1 + n0
    sy = s1 + s0
    with np.errstate(divide="ignore", invalid="ignore"):
        num = (n * s1 - n1 * sy).astype(float)
        den = np.sqrt((n * n1 - n1 * n1).astype(float) * (n * sy - sy * sy).astype(float))
        corr = np.where(den > 0, num / den, -2.0)
    return np.where((r >= minimum) & (r <= nr - minimum), corr, -2.0)


def core_periphery_exhaustive(G, actors, networks, minimum=3):
    """The best UCINET 2-mode core/periphery split by exhaustive search (see the module
    docstring): a pass with reachability over every event split, then a counting pass over
    the event splits that reach the best fit."""
    nr, nc = len(actors), len(networks)
    a = np.array([[1 if G.has_edge(r, c) else 0 for c in networks] for r in actors], dtype=np.int64)
    row_degree = a.sum(axis=1)
    admissible = range(minimum, nc - minimum + 1)

    def split_hits(cmask):
        cols = np.array([(cmask >> j) & 1 for j in range(nc)], dtype=bool)
        core_hits = a[:, cols].sum(axis=1)
        return cols, core_hits, row_degree - core_hits

    best, winners = -2.0, []
    for cmask in range(1 << nc):
        c = bin(cmask).count("1")
        if c not in admissible:
            continue
        _, core_hits, peri_hits = split_hits(cmask)
        D = reachable(core_hits, peri_hits, nr, bool)[-1]
        top = float(np.where(D, correlations(nr, nc, c, D.shape, minimum), -2.0).max())
        if top > best + 1e-12:
            best, winners = top, [cmask]
        elif top >= best - 1e-12:
            winners.append(cmask)
    count, unique = 0, None
    for cmask in winners:
        c = bin(cmask).count("1")
        cols, core_hits, peri_hits = split_hits(cmask)
        layers = reachable(core_hits, peri_hits, nr, np.int64)
        hits = np.nonzero((layers[-1] > 0) & (correlations(nr, nc, c, layers[-1].shape, minimum) >= best - 1e-12))
        for state in zip(*hits):
            count += int(layers[-1][state])
            unique = (cols, core_hits, peri_hits, layers, tuple(int(k) for k in state))
    result = {"fit": best, "optimalSplits": count, "minimumCoreAndPeriphery": minimum}
    if count == 1:
        cols, core_hits, peri_hits, layers, state = unique
        core_rows = []
        for i in reversed(range(nr)):
            x, y = int(core_hits[i]), int(peri_hits[i])
            rr, a1, a0 = state
            if rr >= 1 and a1 >= x and layers[i][rr - 1, a1 - x, a0] > 0:
                core_rows.append(i)
                state = (rr - 1, a1 - x, a0)
            else:
                state = (rr, a1, a0 - y)
        core_rows = sorted(core_rows)
        result["coreActors"] = [actors[i][1] for i in core_rows]
        result["coreNetworks"] = [networks[j][1] for j in range(nc) if cols[j]]
        rows_core = np.zeros(nr, dtype=bool)
        rows_core[core_rows] = True
        blocks = {}
        for rname, rsel in (("core", rows_core), ("periphery", ~rows_core)):
            for cname, csel in (("core", cols), ("periphery", ~cols)):
                blocks[rname + "-" + cname] = float(a[np.ix_(rsel, csel)].mean())
        result["densities"] = blocks
    return result


def main():
    davis_folder = os.path.join(ROOT, "Datasets", "davis-southern-women")
    G, actors, networks = build(davis_folder)
    davis = measures(G, actors, networks)
    davis["projections"] = {"actor": projections(G, actors), "network": projections(G, networks)}
    davis["corePeriphery"] = core_periphery_exhaustive(G, actors, networks)
    # The same model without UCINET's floor of 3 nodes in each core and periphery (1 is
    # the least that keeps every block non-empty): docs/two-mode.md compares the two.
    davis["corePeripheryWithoutSizeFloor"] = core_periphery_exhaustive(G, actors, networks, minimum=1)
    write_reference("two-mode", "davis", davis)
    print("davis: fit", davis["corePeriphery"]["fit"], "splits", davis["corePeriphery"]["optimalSplits"])

    london_folder = os.path.join(SHARED, "datasets", "cordis-h2020", "london")
    if os.path.isdir(london_folder):
        G, actors, networks = build(london_folder)
        london = measures(G, actors, networks)
        london["projections"] = {"actor": projections(G, actors),
                                 "network": projections(G, networks, sample_every=97)}
        write_reference("two-mode", "london", london)
        print("london:", london["actors"], "actors,", london["networks"], "networks")
    else:
        print("london: no shared data at", london_folder, "(fixture kept)")


if __name__ == "__main__":
    main()
