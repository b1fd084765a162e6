#!/usr/bin/env python3
"""Reference values for communities: modularity of attribute partitions (NetworkX), Leiden
objective values (leidenalg and igraph), and partition comparison (scikit-learn).

Run from the repository root with a virtual environment holding the reference tools:
    python3 -m venv /tmp/venv-communities
    /tmp/venv-communities/bin/pip install "igraph==1.0.0" "leidenalg==0.12.0" \
        "networkx==3.6.1" "scikit-learn==1.9.1" scipy
    /tmp/venv-communities/bin/python Tests/Fixtures/reference_communities.py
Writes Tests/Fixtures/reference/communities/{modularity,leiden,comparison}.json
(deterministic: fixed seeds, fixed hash seed).

Sources of truth:
- modularity.json: `networkx.community.modularity(G, communities, weight=w, resolution=γ)`
  (NetworkX 3.6.1) of the partition by an attribute (actors lacking it form one group
  "(none)", as CollabGraph's ActorGroups does), on the collapsed graph read as the Swift
  loader reads it (fixture_graphs.load_collapsed: parallel records summed, self-loops
  left out), undirected and directed, weighted (weight) and unweighted (weight=None).
  Checked in Swift to 1e-12.
- leiden.json: the best objective value over 20 seeds of leidenalg 0.12
  (`find_partition(..., n_iterations=-1, seed=s)`: ModularityVertexPartition,
  RBConfigurationVertexPartition for γ ≠ 1, CPMVertexPartition) and of igraph 1.0
  `community_leiden(objective_function=..., resolution=γ, n_iterations=-1, seed via
  random.seed(s))`. Leiden is a randomised heuristic, so Swift's best of its seeded runs
  is held to reach the best reference value within a stated tolerance, not equal a
  partition. Every value is also recomputed here with NetworkX modularity (or the CPM
  formula Σ_c [e_c − γ n_c(n_c−1)/2]) to check what the tools report.
- comparison.json: scikit-learn `normalized_mutual_info_score` (average_method
  "arithmetic") and `adjusted_rand_score` of pairs of label vectors.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import ROOT, load_collapsed, write_fixture  # noqa: E402  (re-executes with PYTHONHASHSEED=0)

import igraph  # noqa: E402
import leidenalg  # noqa: E402
import networkx as nx  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "communities")
SEEDS = range(20)


def groups(G, ids, attribute):
    """Partition of the actors by `attribute` (missing values: one group '(none)')."""
    by = {}
    for node in ids:
        by.setdefault(G.nodes[node].get(attribute, "(none)"), set()).add(node)
    return list(by.values())


def modularity_cases():
    cases = []
    specs = [
        ("Datasets/karate", ["club"], [1.0, 0.5, 2.0]),
        ("Datasets/east-london", ["sector", "locality", "kind", "tier"], [1.0, 0.5]),
        ("Datasets/florentine", ["kind", "label"], [1.0]),
    ]
    for folder, attributes, resolutions in specs:
        for directed in (False, True):
            G, ids = load_collapsed(folder, directed)
            for attribute in attributes:
                parts = groups(G, ids, attribute)
                for weighted in (False, True):
                    for resolution in resolutions:
                        q = nx.community.modularity(G, parts, weight="weight" if weighted else None,
                                                    resolution=resolution)
                        cases.append({"graph": folder, "attribute": attribute, "directed": directed,
                                      "weighted": weighted, "resolution": resolution, "modularity": q})
    return cases


def to_igraph(G, ids):
    index = {node: i for i, node in enumerate(ids)}
    edges = [(index[a], index[b]) for a, b in G.edges()]
    g = igraph.Graph(n=len(ids), edges=edges, directed=False)
    g.es["weight"] = [G[a][b]["weight"] for a, b in G.edges()]
    return g


def cpm_quality(G, ids, membership, weighted, resolution):
    internal, size = {}, {}
    for node, c in zip(ids, membership):
        size[c] = size.get(c, 0) + 1
    label = dict(zip(ids, membership))
    for a, b, w in G.edges(data="weight"):
        if label[a] == label[b]:
            internal[label[a]] = internal.get(label[a], 0) + (w if weighted else 1)
    return sum(internal.get(c, 0) - resolution * n * (n - 1) / 2 for c, n in size.items())


def recompute(G, ids, membership, objective, weighted, resolution):
    if objective == "cpm":
        return cpm_quality(G, ids, membership, weighted, resolution)
    parts = {}
    for node, c in zip(ids, membership):
        parts.setdefault(c, set()).add(node)
    return nx.community.modularity(G, list(parts.values()), weight="weight" if weighted else None,
                                   resolution=resolution)


def leiden_cases():
    cases = []
    specs = [
        ("Datasets/karate", [("modularity", 1.0), ("modularity", 0.5), ("modularity", 2.0), ("cpm", 0.1)]),
        ("Datasets/les-miserables", [("modularity", 1.0), ("cpm", 0.05)]),
        ("Datasets/east-london", [("modularity", 1.0), ("modularity", 0.5), ("cpm", 0.02)]),
        ("Datasets/florentine", [("modularity", 1.0)]),
    ]
    for folder, objectives in specs:
        G, ids = load_collapsed(folder, False)
        g = to_igraph(G, ids)
        for objective, resolution in objectives:
            for weighted in (False, True):
                weights = "weight" if weighted else None
                best_la, best_la_membership = None, None
                for seed in SEEDS:
                    if objective == "cpm":
                        p = leidenalg.find_partition(g, leidenalg.CPMVertexPartition, weights=weights,
                                                     resolution_parameter=resolution, n_iterations=-1, seed=seed)
                    elif resolution == 1.0:
                        p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights=weights,
                                                     n_iterations=-1, seed=seed)
                    else:
                        p = leidenalg.find_partition(g, leidenalg.RBConfigurationVertexPartition, weights=weights,
                                                     resolution_parameter=resolution, n_iterations=-1, seed=seed)
                    q = recompute(G, ids, p.membership, objective, weighted, resolution)
                    if best_la is None or q > best_la:
                        best_la, best_la_membership = q, list(p.membership)
                best_ig = None
                for seed in SEEDS:
                    random.seed(seed)
                    c = g.community_leiden(objective_function="modularity" if objective == "modularity" else "cpm",
                                           weights=weights, resolution=resolution, n_iterations=-1)
                    q = recompute(G, ids, c.membership, objective, weighted, resolution)
                    if best_ig is None or q > best_ig:
                        best_ig = q
                cases.append({"graph": folder, "objective": objective, "resolution": resolution,
                              "weighted": weighted, "leidenalg_best": best_la, "igraph_best": best_ig,
                              "leidenalg_best_membership": best_la_membership})
    return cases


def comparison_cases():
    cases = []

    def add(name, a, b):
        cases.append({"name": name, "a": list(a), "b": list(b),
                      "nmi": float(normalized_mutual_info_score(a, b)),
                      "ari": float(adjusted_rand_score(a, b))})

    for attribute_a, attribute_b in [("sector", "locality"), ("kind", "sector"), ("tier", "kind")]:
        G, ids = load_collapsed("Datasets/east-london", False)
        a = [G.nodes[n].get(attribute_a, "(none)") for n in ids]
        b = [G.nodes[n].get(attribute_b, "(none)") for n in ids]
        names_a = {v: i for i, v in enumerate(dict.fromkeys(a))}
        names_b = {v: i for i, v in enumerate(dict.fromkeys(b))}
        add(f"east-london {attribute_a} vs {attribute_b}", [names_a[v] for v in a], [names_b[v] for v in b])
    rng = random.Random(7)
    for n, ka, kb in [(12, 2, 3), (50, 3, 5), (200, 6, 4), (200, 20, 20), (40, 1, 4)]:
        add(f"random n={n} k={ka}/{kb}", [rng.randrange(ka) for _ in range(n)], [rng.randrange(kb) for _ in range(n)])
    add("identical up to labels", [0, 0, 1, 1, 2, 2], [2, 2, 0, 0, 1, 1])
    add("both one cluster", [0, 0, 0, 0], [0, 0, 0, 0])
    add("every actor alone vs one cluster", [0, 1, 2, 3], [0, 0, 0, 0])
    add("every actor alone in both", [0, 1, 2, 3], [3, 2, 1, 0])
    return cases


def main():
    write_fixture(OUT, "modularity.json", modularity_cases())
    write_fixture(OUT, "leiden.json", leiden_cases())
    write_fixture(OUT, "comparison.json", comparison_cases())


if __name__ == "__main__":
    main()
