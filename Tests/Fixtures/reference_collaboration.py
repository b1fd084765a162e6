#!/usr/bin/env python3
"""Reference values for the collaboration family (tie strength components and profile).

Reads the SAME files the Swift tests load (Datasets/<name>/ and Tests/Fixtures/graphs/<name>/:
nodes.csv in id order = actor order, edges.csv records) and writes JSON fixtures into
Tests/Fixtures/reference/collaboration/<name>.json:

- NetworkX 3.6.1 on the undirected collapsed simple graph (parallel records summed, self-loops
  removed, every actor a node): `transitivity`, `average_clustering`, connected components
  (count, largest, isolates) and, for every connected pair, the neighbourhood overlap of
  Onnela et al. (2007) computed from NetworkX neighbour sets:
  |N(u) & N(v)| / (|N(u) | N(v)| - 2), 0 when the denominator is 0.
- An independent plain-Python aggregation of the records per unordered pair (the dyads):
  records, weight, distinct relation types (normalised as the Swift RelationLadder does),
  reciprocal (records both ways), and duration in days (earliest start to latest end, both
  included; open ends run to the latest record date, open starts from the earliest).

Run from the repository root: python3 Tests/Fixtures/reference_collaboration.py
Deterministic: same bytes every run.
"""
import csv
import datetime
import json
import os
import re

import networkx as nx

from fixture_graphs import normalise, parse_day

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "collaboration")

GRAPHS = {
    "east-london": "Datasets/east-london",
    "karate": "Datasets/karate",
    "florentine": "Datasets/florentine",
    "les-miserables": "Datasets/les-miserables",
    "random-undirected": "Tests/Fixtures/graphs/random-undirected",
    "random-directed": "Tests/Fixtures/graphs/random-directed",
    "holme-kim": "Tests/Fixtures/graphs/holme-kim",
    "kite": "Tests/Fixtures/graphs/kite",
    "barbell": "Tests/Fixtures/graphs/barbell",
    "complete": "Tests/Fixtures/graphs/complete",
    "star": "Tests/Fixtures/graphs/star",
}


def load(folder):
    with open(os.path.join(ROOT, folder, "nodes.csv"), newline="", encoding="utf-8-sig") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    with open(os.path.join(ROOT, folder, "edges.csv"), newline="", encoding="utf-8-sig") as f:
        records = list(csv.DictReader(f))
    return ids, records


def reference(folder):
    ids, records = load(folder)
    index = {a: i for i, a in enumerate(ids)}
    G = nx.Graph()
    G.add_nodes_from(range(len(ids)))
    dated = [d for r in records for d in (parse_day(r.get("start", ""), False), parse_day(r.get("end", ""), True)) if d]
    low, high = (min(dated), max(dated)) if dated else (None, None)
    dyads = {}
    for r in records:
        s, t = index[r["source"]], index[r["target"]]
        if s == t:
            continue
        w = float(r.get("weight") or 1)
        u, v = min(s, t), max(s, t)
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
        d = dyads.setdefault((u, v), {"records": 0, "weight": 0.0, "types": set(), "untyped": False,
                                      "forward": 0, "backward": 0, "start": None, "end": None})
        d["records"] += 1
        d["weight"] += w
        typ = normalise(r.get("type", "") or "")
        if typ:
            d["types"].add(typ)
        else:
            d["untyped"] = True
        if s == u:
            d["forward"] += 1
        else:
            d["backward"] += 1
        a, b = parse_day(r.get("start", ""), False), parse_day(r.get("end", ""), True)
        if a or b:
            a, b = a or low, b or high
            d["start"] = a if d["start"] is None else min(d["start"], a)
            d["end"] = b if d["end"] is None else max(d["end"], b)
    pairs = []
    for (u, v) in sorted(dyads):
        d = dyads[(u, v)]
        nu, nv = set(G[u]), set(G[v])
        denominator = len(nu | nv) - 2
        overlap = len(nu & nv) / denominator if denominator > 0 else 0.0
        pairs.append({
            "source": ids[u], "target": ids[v],
            "records": d["records"], "weight": d["weight"],
            "types": sorted(d["types"]),
            "multiplexity": len(d["types"]) + (1 if d["untyped"] else 0),
            "reciprocal": d["forward"] > 0 and d["backward"] > 0,
            "duration_days": (d["end"] - d["start"]).days + 1 if d["start"] else None,
            "overlap": overlap,
        })
    components = list(nx.connected_components(G))
    return {
        "graph": folder,
        "networkx": nx.__version__,
        "actors": len(ids),
        "pairs_count": G.number_of_edges(),
        "transitivity": nx.transitivity(G),
        "average_clustering": nx.average_clustering(G) if len(G) else 0.0,
        "components": len(components),
        "largest_component": max((len(c) for c in components), default=0),
        "isolates": sum(1 for c in components if len(c) == 1),
        "pairs": pairs,
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, folder in GRAPHS.items():
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(reference(folder), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
