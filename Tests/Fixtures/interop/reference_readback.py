"""Reads back everything `collab convert` writes with NetworkX 3.6.1 and python-igraph 1.0
and checks it holds the dataset: the same actors (ids, labels, kinds, attributes), the same
records (endpoints, weights, relation types, dates) and memberships, as far as each format
carries them (docs/data-format.md has the table).

    /tmp/venv/bin/python Tests/Fixtures/interop/reference_readback.py [path/to/collab]

Prints one line per dataset, format and reader, and exits non-zero on any mismatch.
"""
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile
import warnings

import igraph as ig
import networkx as nx

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
COLLAB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "collab")
DATASETS = ["east-london", "davis-southern-women", "florentine", "les-miserables", "karate"]
failures = []


def rows(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def load(name):
    folder = os.path.join(ROOT, "Datasets", name)
    nodes = rows(os.path.join(folder, "nodes.csv"))
    edges = rows(os.path.join(folder, "edges.csv"))
    memberships = rows(os.path.join(folder, "memberships.csv"))
    return nodes, edges, memberships


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else ": " + detail))
    if not ok:
        failures.append(label)


def weight(row):
    return float(row["weight"]) if row.get("weight") else 1.0


def record_key(row):
    return (row["source"], row["target"], weight(row), row.get("type") or "", row.get("start") or "", row.get("end") or "")


def node_attributes(row):
    return {k: v for k, v in row.items() if k not in ("id",) and v != ""}


def compare_rich(label, name, nodes, edges, memberships, G, node_label_key="label"):
    """GraphML, GEXF, GML: everything."""
    ids = [r["id"] for r in nodes]
    check(f"{label} actors", list(G.nodes) == ids, f"{list(G.nodes)[:5]} vs {ids[:5]}")
    for r in nodes:
        data = dict(G.nodes[r["id"]])
        expected = node_attributes(r)
        got = {}
        for k, v in expected.items():
            if k == "label":
                got[k] = data.get(node_label_key, r["id"]) if v != r["id"] else v
            else:
                got[k] = str(data.get(k))
        if got != expected:
            check(f"{label} actor {r['id']}", False, f"{got} vs {expected}")
            break
    else:
        check(f"{label} actor labels, kinds and attributes", True)
    ties, flags = [], []
    for u, v, d in G.edges(data=True):
        if str(d.get("collab.membership", d.get("collab_membership", "false"))).lower() in ("true", "1"):
            flags.append((u, v, d.get("start", ""), d.get("end", "")))
            continue
        start, end = d.get("start", ""), d.get("end", "")
        ties.append((u, v, float(d.get("weight", 1.0)), d.get("type", ""), start or "", end or ""))
    expected = [record_key(r) for r in edges]
    if not G.is_directed():
        norm = lambda t: (min(t[0], t[1]), max(t[0], t[1])) + t[2:]
        ties, expected = [norm(t) for t in ties], [norm(t) for t in expected]
    check(f"{label} records (ends, weight, type, dates)", collections.Counter(ties) == collections.Counter(expected),
          f"{len(ties)} vs {len(expected)}")
    expected_m = collections.Counter((m["member"], m["network"], m.get("start") or "", m.get("end") or "") for m in memberships)
    got_m = collections.Counter((u, v, s or "", e or "") for u, v, s, e in flags)
    check(f"{label} memberships", got_m == expected_m, f"{sum(got_m.values())} vs {sum(expected_m.values())}")


def spells_to_dates(G):
    for _, _, d in G.edges(data=True):
        if "spells" in d:
            (s, e), = d["spells"]
            # NetworkX reads an open end of a spell as the string 'None'.
            d["start"], d["end"] = ("" if s in (None, "None") else s), ("" if e in (None, "None") else e)
            del d["spells"]


def main():
    work = tempfile.mkdtemp(prefix="collab-readback-")
    for name in DATASETS:
        nodes, edges, memberships = load(name)
        src = os.path.join(ROOT, "Datasets", name)
        for ext in ["graphml", "gexf", "gml", "net", "dl"]:
            out = os.path.join(work, f"{name}.{ext}")
            subprocess.run([COLLAB, "convert", src, out, "--no-layout"] if ext == "gexf" else [COLLAB, "convert", src, out],
                           check=True, capture_output=True)
        ids = [r["id"] for r in nodes]
        meta = os.path.join(src, "meta.json")
        directed = not (os.path.exists(meta) and json.load(open(meta)).get("directed") is False)

        # GraphML: NetworkX and igraph.
        G = nx.read_graphml(os.path.join(work, f"{name}.graphml"), force_multigraph=True)
        compare_rich(f"{name}.graphml NetworkX", name, nodes, edges, memberships, G)
        g = ig.Graph.Read_GraphML(os.path.join(work, f"{name}.graphml"))
        check(f"{name}.graphml igraph counts", (g.vcount(), g.ecount()) == (len(nodes), len(edges) + len(memberships)),
              f"{(g.vcount(), g.ecount())}")

        # GEXF: NetworkX (igraph does not read GEXF).
        G = nx.read_gexf(os.path.join(work, f"{name}.gexf"), version="1.3")
        spells_to_dates(G)
        compare_rich(f"{name}.gexf NetworkX", name, nodes, edges, memberships, G)

        # GML: NetworkX (nodes keyed by label = actor id; `name` = actor label) and igraph.
        G = nx.read_gml(os.path.join(work, f"{name}.gml"))
        compare_rich(f"{name}.gml NetworkX", name, nodes, edges, memberships, G, node_label_key="name")
        g = ig.Graph.Read_GML(os.path.join(work, f"{name}.gml"))
        check(f"{name}.gml igraph ids and counts",
              g.vs["label"] == ids and g.ecount() == len(edges) + len(memberships), f"{g.vcount()} {g.ecount()}")
        if edges and "weight" in g.es.attributes():
            got = sorted(w for w, m in zip(g.es["weight"], g.es["collab_membership"] if "collab_membership" in g.es.attributes() else [None] * g.ecount()) if m != 1)
            check(f"{name}.gml igraph weights", got == sorted(weight(r) for r in edges))

        # Pajek: ids, records and weights.
        expected_ties = collections.Counter((r["source"], r["target"], weight(r)) for r in edges)
        G = nx.read_pajek(os.path.join(work, f"{name}.net"))
        got = collections.Counter((u, v, float(d.get("weight", 1.0))) for u, v, d in G.edges(data=True))
        if not G.is_directed() or not directed:
            norm = lambda c: collections.Counter({(min(a, b), max(a, b), w): n for (a, b, w), n in c.items()})
            got, want = norm(got), norm(expected_ties)
        else:
            want = expected_ties
        check(f"{name}.net NetworkX ids and records", list(G.nodes) == ids and got == want, f"{len(G.nodes)} {sum(got.values())}")
        g = ig.Graph.Read_Pajek(os.path.join(work, f"{name}.net"))
        check(f"{name}.net igraph counts and weights",
              g.vs["name"] == ids and g.ecount() == len(edges) and sorted(g.es["weight"] if g.ecount() else []) == sorted(weight(r) for r in edges),
              f"{g.vcount()} {g.ecount()}")

        # UCINET DL: igraph reads one-matrix files; weights summed per pair (and relation type).
        text = open(os.path.join(work, f"{name}.dl")).read()
        if any(" " in i for i in ids):
            print(f"skip {name}.dl igraph: its DL reader splits quoted labels at spaces")
        elif "nm = " not in text:
            g = ig.Graph.Read_DL(os.path.join(work, f"{name}.dl"), directed=True)
            # igraph keeps the quotes around labels that need them (those with spaces).
            g.vs["name"] = [n[1:-1] if n.startswith('"') and n.endswith('"') else n for n in g.vs["name"]]
            sums = collections.Counter()
            for r in edges:
                a, b = r["source"], r["target"]
                if not directed and a > b:
                    a, b = b, a
                sums[(a, b)] += weight(r)
            got = collections.Counter()
            for e in g.es:
                a, b = g.vs[e.source]["name"], g.vs[e.target]["name"]
                if not directed:
                    if a > b:
                        continue  # written both ways
                got[(a, b)] += e["weight"] if "weight" in g.es.attributes() else 1.0
            check(f"{name}.dl igraph labels and summed weights", g.vs["name"] == ids and got == sums,
                  f"{g.vcount()} {len(got)} vs {len(sums)}")
        else:
            print(f"skip {name}.dl igraph: one matrix per relation type (igraph reads one matrix)")
    print("all good" if not failures else f"{len(failures)} failures")
    sys.exit(1 if failures else 0)


main()
