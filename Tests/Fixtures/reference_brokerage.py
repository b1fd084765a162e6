#!/usr/bin/env python3
"""Reference values for the brokerage family (Tests/CollabGraphTests/Brokerage).

Run from the repository root:  python3 Tests/Fixtures/reference_brokerage.py
Writes Tests/Fixtures/reference/brokerage/<case>.json (deterministic).

Sources of truth:
- effective size and constraint: NetworkX 3.6.1 `effective_size(G, nodes=list(G), weight=...)`
  and `constraint(G, nodes=list(G), weight=...)`, the per-actor path. (Without `nodes=`,
  NetworkX with SciPy takes a sparse shortcut whose effective size divides by the wrong
  actor's strongest tie; it must not be used.) NetworkX's per-actor path returns NaN for an
  actor of a directed graph with in-ties but no out-ties (`G[v]` holds successors only);
  for those actors the same NetworkX helpers (`local_constraint`,
  `normalized_mutual_weight`) are summed here over `all_neighbors`, exactly as its loop does.
- hierarchy: Burt (1992), the Coleman-Theil index of NetworkX's `local_constraint` values.
- Gould-Fernandez roles: a transcription of R sna's `brokerage_R` (src/gli.c): every
  i -> b -> k with i != k and no tie i -> k; expected values and variances transcribed from
  sna's R/models.R `brokerage`.
- bridges, local bridges (with span), articulation points: NetworkX.
- mixing: NetworkX `attribute_mixing_dict` counts (an undirected tie appears once in each
  order, so a diagonal cell is halved); weights summed directly.

Graphs are read exactly as the Swift loader reads them: nodes.csv order is actor order;
edges.csv records are summed over parallel records into a simple Graph/DiGraph (undirected:
a->b and b->a records join one tie); self-loops are dropped.
"""
import json
import math
import os
import sys
from collections import OrderedDict

# NetworkX sums over Python sets of string ids; fix the hash seed so that the last digits
# (and so the committed fixtures) are the same on every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import load_collapsed  # noqa: E402
from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "brokerage")


def load(folder, directed):
    """The collapsed view of a dataset folder (see fixture_graphs.load_collapsed)."""
    G, ids = load_collapsed(folder, directed)
    return G


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def structural_holes(G, weight):
    nodes = list(G)
    esize = nx.effective_size(G, nodes=nodes, weight=weight)
    cons = nx.constraint(G, nodes=nodes, weight=weight)
    order = {v: i for i, v in enumerate(nodes)}
    result = OrderedDict((k, []) for k in ["effective_size", "efficiency", "constraint", "hierarchy"])
    for v in nodes:
        partners = sorted(set(nx.all_neighbors(G, v)) - {v}, key=order.get)
        N = len(partners)
        if N == 0:
            for k in result:
                result[k].append(None)
            continue
        e, c = esize[v], cons[v]
        if math.isnan(e):  # directed actor with no out-ties: NetworkX's own loop body
            e = sum(1 - sum(normalized_mutual_weight(G, v, w, weight=weight)
                            * normalized_mutual_weight(G, u, w, norm=max, weight=weight)
                            for w in partners)
                    for u in partners)
        if math.isnan(c):
            c = sum(local_constraint(G, v, u, weight) for u in partners)
        result["effective_size"].append(clean(e))
        result["efficiency"].append(clean(e / N))
        result["constraint"].append(clean(c))
        if N >= 2:
            local = [local_constraint(G, v, u, weight) for u in partners]
            C = sum(local)
            mean = C / N
            h = sum((l / mean) * math.log(l / mean) for l in local) / (N * math.log(N))
            result["hierarchy"].append(clean(h))
        else:
            result["hierarchy"].append(None)
    return result


ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]


def sna_brokerage(G, cl):
    """Transcription of sna's brokerage_R counting and R/models.R moments."""
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    if G.is_directed():
        succ = [set(index[x] for x in G.successors(v)) for v in nodes]
    else:
        succ = [set(index[x] for x in G.neighbors(v)) for v in nodes]
    # brok columns as in gli.c: 0 wI, 1 wO, 2 bIO, 3 bOI, 4 bO
    brok = [[0] * 5 for _ in range(n)]
    for i in range(n):                      # walk the egos
        for j in succ[i]:                   # ego -> alter (the broker)
            if j == i:
                continue
            for k in succ[j]:               # alter -> alter
                if k != i and k != j:
                    if k not in succ[i]:    # found broker
                        if cl[j] == cl[i]:
                            if cl[j] == cl[k]:
                                brok[j][0] += 1
                            else:
                                brok[j][2] += 1
                        elif cl[j] == cl[k]:
                            brok[j][3] += 1
                        elif cl[i] == cl[k]:
                            brok[j][1] += 1
                        else:
                            brok[j][4] += 1
    br = [row + [sum(row)] for row in brok]
    # moments (R/models.R)
    m = sum(len(s) for s in succ)
    N = float(n)
    exp, sd, z = [], [], []
    if n < 2:
        return br, [[None] * 6] * n, [[None] * 6] * n, [[None] * 6] * n, None
    d = m / (N * (N - 1))
    clid = []
    for c in cl:
        if c not in clid:
            clid.append(c)
    sizes = [float(sum(1 for c in cl if c == x)) for x in clid]

    def choose2(x):
        return x * (x - 1) / 2

    ebr, vbr = [], []
    for i in range(len(clid)):
        ni = sizes[i]
        others = [sizes[j] for j in range(len(clid)) if j != i]
        e = [0.0] * 6
        v = [0.0] * 6
        e[0] = d**2 * (1 - d) * (ni - 1) * (ni - 2)
        v[0] = e[0] * (1 - d**2 * (1 - d)) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * d**3 * (1 - d)**3
        e[1] = d**2 * (1 - d) * sum(x * (x - 1) for x in others)
        v[1] = e[1] * (1 - d**2 * (1 - d)) + 2 * sum(x * (x - 1) * (x - 2) for x in others) * d**3 * (1 - d)**3
        e[2] = d**2 * (1 - d) * (N - ni) * (ni - 1)
        v[2] = e[2] * (1 - d**2 * (1 - d)) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * d**3 * (1 - d)**3
        e[3], v[3] = e[2], v[2]
        e[4] = d**2 * (1 - d) * (sum(x * y for x in others for y in others) - sum(x * x for x in others))
        v[4] = e[4] * (1 - d**2 * (1 - d)) + 4 * sum(x * choose2(N - x - ni) * d**3 * (1 - d)**3 for x in others)
        e[5] = d**2 * (1 - d) * (N - 1) * (N - 2)
        v[5] = e[5] * (1 - d**2 * (1 - d)) + 2 * (N - 1) * (N - 2) * (N - 3) * d**3 * (1 - d)**3
        ebr.append(e)
        vbr.append(v)
    for a in range(n):
        g = clid.index(cl[a])
        exp.append(ebr[g])
        sd.append([math.sqrt(x) for x in vbr[g]])
        z.append([clean((br[a][r] - ebr[g][r]) / math.sqrt(vbr[g][r])) if vbr[g][r] > 0 else None
                  for r in range(6)])
    return br, exp, sd, z, d


def columns(rows):
    return OrderedDict((ROLES[r], [row[r] for row in rows]) for r in range(6))


def cuts(G):
    U = G.to_undirected(as_view=False) if G.is_directed() else G
    bridges = sorted(tuple(sorted((u, v), key=list(G).index)) for u, v in nx.bridges(U))
    order = {v: i for i, v in enumerate(G)}
    local = []
    for u, v, span in nx.local_bridges(U, with_span=True):
        a, b = sorted((u, v), key=order.get)
        local.append([a, b, None if math.isinf(span) else int(span)])
    local.sort(key=lambda t: (order[t[0]], order[t[1]]))
    bridges = [list(b) for b in sorted(bridges, key=lambda t: (order[t[0]], order[t[1]]))]
    points = []
    for a in sorted(nx.articulation_points(U), key=order.get):
        comp = nx.node_connected_component(U, a)
        H = U.subgraph(comp - {a})
        pieces = [len(c) for c in nx.connected_components(H)]
        largest = max(pieces)
        points.append([a, len(comp), len(pieces), largest, len(comp) - 1 - largest])
    return bridges, local, points


def mixing(G, attr, cl, clid):
    nx.set_node_attributes(G, {v: cl[i] for i, v in enumerate(G)}, "_group")
    md = nx.attribute_mixing_dict(G, "_group")
    g = len(clid)
    ties = [[0] * g for _ in range(g)]
    weights = [[0.0] * g for _ in range(g)]
    for a in range(g):
        for b in range(g):
            c = md.get(clid[a], {}).get(clid[b], 0)
            if not G.is_directed() and a == b:
                c //= 2
            ties[a][b] = c
    for u, v, w in G.edges(data="weight"):
        a, b = clid.index(G.nodes[u]["_group"]), clid.index(G.nodes[v]["_group"])
        weights[a][b] += w
        if not G.is_directed() and a != b:
            weights[b][a] += w
    for v in G:
        del G.nodes[v]["_group"]
    return {"groups": clid, "ties": ties, "weights": weights}


CASES = [
    # name, folder, directed, group attribute
    ("karate", "Datasets/karate", False, "club"),
    ("florentine", "Datasets/florentine", False, None),
    ("les-miserables", "Datasets/les-miserables", False, None),
    ("east-london", "Datasets/east-london", False, "sector"),
    ("east-london-directed", "Datasets/east-london", True, "sector"),
    ("east-london-kind", "Datasets/east-london", True, "kind"),
    ("random-undirected", "Tests/Fixtures/graphs/random-undirected", False, "group"),
    ("random-directed", "Tests/Fixtures/graphs/random-directed", True, "group"),
    ("random-directed-as-undirected", "Tests/Fixtures/graphs/random-directed", False, "group"),
    ("holme-kim", "Tests/Fixtures/graphs/holme-kim", False, "group"),
    ("borgatti", "Tests/Fixtures/graphs/borgatti", False, None),
    ("burt-triangle", "Tests/Fixtures/graphs/burt-triangle", False, None),
    ("nx-directed-D", "Tests/Fixtures/graphs/nx-directed-D", True, None),
    ("two-k4-middle", "Tests/Fixtures/graphs/two-k4-middle", False, "group"),
    ("barbell", "Tests/Fixtures/graphs/barbell", False, "group"),
    ("path", "Tests/Fixtures/graphs/path", False, "group"),
    ("star", "Tests/Fixtures/graphs/star", False, "group"),
    ("kite", "Tests/Fixtures/graphs/kite", False, "group"),
    ("complete", "Tests/Fixtures/graphs/complete", False, "group"),
    ("gf-example", "Tests/Fixtures/graphs/gf-example", True, "group"),
    ("pair", "Tests/Fixtures/graphs/pair", False, "group"),
    ("single", "Tests/Fixtures/graphs/single", False, "group"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, folder, directed, attr in CASES:
        G = load(folder, directed)
        case = OrderedDict()
        case["folder"] = folder
        case["directed"] = directed
        case["group"] = attr
        case["ids"] = list(G)
        case["unweighted"] = structural_holes(G, None)
        case["weighted"] = structural_holes(G, "weight")
        if attr is not None:
            cl = [G.nodes[v].get(attr) for v in G]   # None: one more class, as NA in sna
            cl = ["(none)" if c is None else c for c in cl]
            br, exp, sd, z, d = sna_brokerage(G, cl)
            case["density"] = d
            case["roles"] = columns(br)
            case["expected"] = columns(exp)
            case["sd"] = columns(sd)
            case["z"] = columns(z)
            clid = []
            for c in cl:
                if c not in clid:
                    clid.append(c)
            case["mixing"] = mixing(G, attr, cl, clid)
        bridges, local, points = cuts(G)
        case["bridges"] = bridges
        case["local_bridges"] = local
        case["cut_points"] = points
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(case, f, indent=1)
            f.write("\n")
        print(name, len(G), G.number_of_edges())


if __name__ == "__main__":
    main()
