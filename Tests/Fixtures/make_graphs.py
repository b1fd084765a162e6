#!/usr/bin/env python3
"""Write the small test graphs into Tests/Fixtures/graphs/<name>/.

Run from the repository root:

    python3 Tests/Fixtures/make_graphs.py

Needs Python 3.9+ and NetworkX 3.x (tested with 3.6.1); uses only the stdlib csv and json
modules and networkx. Deterministic (seeded random.Random, fixed orders), so rerunning
gives byte-identical files.

Each folder holds:
  nodes.csv   id,group[,label]        actors in a fixed order (the order NetworkX lists them)
  edges.csv   source,target,weight[,type,start,end]   one row per record
  meta.json   {"directed": ...}                       one line (weighted or not: graphs/README.md)
and graphs/README.md lists them all. To load one into NetworkX for a reference value:

    G = nx.MultiDiGraph() if meta["directed"] else nx.MultiGraph()
    G.add_nodes_from(ids in nodes.csv order); G.add_edge(s, t, weight=float(w)) per row
    then collapse parallel records by summing weights (CollabGraph's convention).
"""

import csv
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "graphs")

TYPES = ["talk", "visit", "information", "networking", "placement", "live project",
         "work experience", "training", "co-design", "co-teaching", "shared facilities"]

INDEX = []  # (name, n, records, directed, weighted, purpose)


def fmt(w):
    w = float(w)
    return str(int(w)) if w.is_integer() else repr(w)


def write(name, nodes, edges, directed, weighted, purpose, extra_cols=False):
    """nodes: [(id, group)], edges: [(s, t, w)] or [(s, t, w, type, start, end)]."""
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    ids = [n[0] for n in nodes]
    assert len(set(ids)) == len(ids), name
    known = set(ids)
    for e in edges:
        assert e[0] in known and e[1] in known, (name, e)
        assert float(e[2]) > 0, (name, e)
    with open(os.path.join(folder, "nodes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "group"])
        for n in nodes:
            w.writerow([n[0], n[1]])
    with open(os.path.join(folder, "edges.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        if extra_cols:
            w.writerow(["source", "target", "weight", "type", "start", "end"])
            for s, t, wt, ty, st, en in edges:
                w.writerow([s, t, fmt(wt), ty, st, en])
        else:
            w.writerow(["source", "target", "weight"])
            for e in edges:
                w.writerow([e[0], e[1], fmt(e[2])])
    with open(os.path.join(folder, "meta.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps({"directed": directed}) + "\n")
    INDEX.append((name, len(nodes), len(edges), directed, weighted, purpose))


def from_nx(G, groups, weight=None):
    nodes = [(str(v), groups(v)) for v in G.nodes()]
    edges = [(str(u), str(v), d.get("weight", 1) if weight is None else weight)
             for u, v, d in G.edges(data=True)]
    return nodes, edges


def dates(rng):
    y = rng.choice([2016, 2017, 2018])
    m = rng.randint(1, 12)
    d0 = rng.randint(1, 28)
    start = "%04d-%02d-%02d" % (y, m, d0)
    if rng.random() < 0.5:
        end = start
    else:
        m2 = min(12, m + rng.randint(0, 5))
        end = "%04d-%02d-%02d" % (y, m2, d0 if m2 > m else min(28, d0 + rng.randint(0, 20)))
    return start, end


def random_undirected():
    rng = random.Random(101)
    ids = ["v%02d" % i for i in range(60)]
    group = {v: str(1 + i % 3) for i, v in enumerate(ids)}
    order = ids[:]
    rng.shuffle(order)
    comp_a, comp_b, isolate = order[:45], order[45:59], order[59]
    pairs = []
    seen = set()

    def add(u, v):
        key = tuple(sorted((u, v)))
        if u == v or key in seen:
            return False
        seen.add(key)
        pairs.append((u, v))
        return True

    for comp, extra in ((comp_a, 76), (comp_b, 13)):
        for i in range(1, len(comp)):                 # random spanning tree: connected
            add(comp[i], comp[rng.randrange(i)])
        while extra:
            u, v = rng.sample(comp, 2)
            if add(u, v):
                extra -= 1
    weights = [1, 1, 1.5, 2, 2, 2.5, 3, 3.5, 4, 5]
    edges = []
    for u, v in pairs:
        st, en = dates(rng)
        edges.append((u, v, rng.choice(weights), rng.choice(TYPES), st, en))
    for u, v in rng.sample(pairs, 5):                 # parallel records, some written reversed
        st, en = dates(rng)
        a, b = (v, u) if rng.random() < 0.5 else (u, v)
        edges.append((a, b, rng.choice(weights), rng.choice(TYPES), st, en))
    for v in rng.sample(comp_a, 1) + rng.sample(comp_b, 1):   # two self-loops
        st, en = dates(rng)
        edges.append((v, v, 2, "training", st, en))
    rng.shuffle(edges)
    nodes = [(v, group[v]) for v in ids]
    write("random-undirected", nodes, edges, False, True,
          "two components (45 and 14 actors) plus isolate `%s`; weights 1–5 in .5 steps; "
          "5 parallel records (some written target-first); 2 self-loops; type/start/end columns"
          % isolate, extra_cols=True)


def random_directed():
    rng = random.Random(202)
    ids = ["d%02d" % i for i in range(50)]
    group = {v: str(1 + (i * 7) % 3) for i, v in enumerate(ids)}
    isolate = ids[rng.randrange(50)]
    live = [v for v in ids if v != isolate]
    arcs = []
    seen = set()
    while len(arcs) < 140:
        u, v = rng.sample(live, 2)
        if (u, v) in seen:
            continue
        seen.add((u, v))
        arcs.append((u, v))
    recips = [(v, u) for u, v in rng.sample(arcs, 40) if (v, u) not in seen]
    for a in recips:
        seen.add(a)
    arcs += recips
    weights = [1, 1, 1.5, 2, 2.5, 3, 4, 5]
    edges = []
    for u, v in arcs:
        st, en = dates(rng)
        edges.append((u, v, rng.choice(weights), rng.choice(TYPES), st, en))
    for u, v in rng.sample(arcs, 5):                  # parallel arcs, same direction
        st, en = dates(rng)
        edges.append((u, v, rng.choice(weights), rng.choice(TYPES), st, en))
    loop = rng.choice(live)
    edges.append((loop, loop, 3, "training", "2017-01-01", "2017-01-01"))
    rng.shuffle(edges)
    nodes = [(v, group[v]) for v in ids]
    write("random-directed", nodes, edges, True, True,
          "%d distinct arcs (%d reciprocated pairs), 5 parallel arcs, self-loop on `%s`, isolate `%s`; "
          "weights 1–5 in .5 steps; type/start/end columns"
          % (len(arcs), sum(1 for u, v in arcs if (v, u) in seen) // 2, loop, isolate),
          extra_cols=True)


def main():
    write("empty", [], [], False, False, "0 actors: header-only files; every measure returns no rows")
    write("single", [("a", "1")], [], False, False, "1 actor, no ties: degree 0, closeness 0, constraint undefined")
    write("pair", [("a", "1"), ("b", "2")], [("a", "b", 1)], False, False,
          "2 actors, 1 tie: the smallest graph with a bridge and no cut point")

    G = nx.star_graph(6)
    nodes, edges = from_nx(G, lambda v: "1" if v == 0 or v % 2 == 0 else "2", weight=1)
    write("star", nodes, edges, False, False,
          "hub `0` + leaves 1–6: maximal betweenness and cut point; hub group 1, leaves alternate 2/1")

    G = nx.path_graph(6)
    nodes, edges = from_nx(G, lambda v: "1" if v < 3 else "2", weight=1)
    write("path", nodes, edges, False, False, "path 0–5: every tie a bridge, inner actors cut points")

    G = nx.complete_graph(5)
    nodes, edges = from_nx(G, lambda v: str(1 + v // 2), weight=1)
    write("complete", nodes, edges, False, False, "K5: no brokerage, betweenness 0, constraint equal")

    names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    G = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(names)))
    kite_group = {n: ("1" if i < 5 else "2" if i < 8 else "3") for i, n in enumerate(names)}
    nodes, edges = from_nx(G, lambda v: kite_group[v], weight=1)
    write("kite", nodes, edges, False, False,
          "Krackhardt kite (node i of nx.krackhardt_kite_graph = i-th name): published betweenness/closeness")

    G = nx.barbell_graph(4, 2)
    bgroup = lambda v: "1" if v < 4 else "2" if v < 6 else "3"
    nodes = [(str(v), bgroup(v)) for v in sorted(G.nodes())]
    edges = [(str(u), str(v), 1) for u, v in sorted(tuple(sorted(e)) for e in G.edges())]
    write("barbell", nodes, edges, False, False,
          "two K4 (0–3, 6–9) joined by path 3–4–5–6: bridges and cut points 3, 4, 5, 6")

    G = nx.barbell_graph(4, 1)
    mgroup = lambda v: "1" if v < 4 else "2" if v == 4 else "3"
    nodes = [(str(v), mgroup(v)) for v in sorted(G.nodes())]
    edges = [(str(u), str(v), 1) for u, v in sorted(tuple(sorted(e)) for e in G.edges())]
    write("two-k4-middle", nodes, edges, False, False,
          "two K4 (0–3, 5–8) joined through middle actor 4: igraph constraint 0.865741×3, "
          "0.583333, 0.5, 0.583333, 0.865741×3")

    random_undirected()
    random_directed()

    G = nx.powerlaw_cluster_graph(300, 3, 0.3, seed=42)
    rng = random.Random(303)
    hk_group = {v: str(rng.randint(1, 4)) for v in G.nodes()}
    nodes, edges = from_nx(G, lambda v: hk_group[v], weight=1)
    write("holme-kim", nodes, edges, False, False,
          "nx.powerlaw_cluster_graph(300, 3, 0.3, seed=42): scale-free and clustered; "
          "4 random groups; all measures against NetworkX at size")

    write("burt-triangle", [(x, g) for x, g in zip("abcd", "1122")],
          [("a", "b", 1), ("a", "c", 3), ("b", "c", 2), ("c", "d", 1)], False, True,
          "weighted effective size: e(a)=1.0833, e(c)=2.6389 by the definition "
          "(NetworkX's nodes=None shortcut gives 1.25, 2.6667)")

    bw = [("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8),
          ("F", "G", 3), ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10)]
    write("borgatti", [(x, g) for x, g in zip("ABCDEFG", "1122112")], bw, False, True,
          "Borgatti's example: constraint G 0.400/0.299, A 0.595/0.795, C 1 (unweighted/weighted); "
          "effective size G 4.67/5.47, A 2.50/2.47, C 1")

    write("nx-directed-D", [("0", "1"), ("1", "1"), ("2", "2")],
          [("0", "1", 2), ("0", "2", 2), ("1", "0", 1), ("2", "1", 1)], True, True,
          "NetworkX structural-holes digraph D: constraint 1.003, 1.003, 1.389 unweighted; "
          "0.840, 1.143, 1.378 weighted; effective size 1.167, 1.167, 1 / 1.567, 1.083, 1")

    write("gf-example", [("A", "1"), ("B", "1"), ("C", "2"), ("D", "2")],
          [("A", "B", 1), ("A", "C", 1), ("B", "C", 1), ("B", "D", 1), ("C", "D", 1), ("D", "A", 1)],
          True, False,
          "Gould–Fernandez worked example: rows [w_I,w_O,b_IO,b_OI,b_O,t] A [0,1,0,1,0,2], "
          "B [0,0,1,0,0,1], C [0,0,0,1,0,1], D [0,1,1,0,0,2]")

    lines = ["# Test graphs", "",
             "Small dataset folders for testing measures against NetworkX, igraph and `sna`.",
             "Regenerate with `python3 Tests/Fixtures/make_graphs.py` (deterministic).", "",
             "Each folder: `nodes.csv` (`id`, `group`), `edges.csv` (`source`, `target`, `weight`,",
             "and for the random graphs `type`, `start`, `end`), `meta.json` (`directed`, `weighted`).",
             "Unweighted graphs still carry `weight` 1 on every record. \"Records\" counts rows of",
             "`edges.csv`, parallel records and self-loops included.", "",
             "| name | n | records | directed | weighted | what it tests |",
             "|---|---|---|---|---|---|"]
    for name, n, m, di, we, purpose in INDEX:
        lines.append("| `%s` | %d | %d | %s | %s | %s |" % (
            name, n, m, "yes" if di else "no", "yes" if we else "no", purpose))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    for row in INDEX:
        print("%-18s n=%-4d records=%-4d directed=%-5s weighted=%s" % row[:5])


if __name__ == "__main__":
    main()
