#!/usr/bin/env python3
"""Reference values for cohesion, homophily and ego networks
(Tests/CollabGraphTests/Cohesion, Homophily, EgoNetworks).

Run from the repository root with a Python that has NetworkX 3.6.1 and python-igraph:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install networkx==3.6.1 igraph
    /tmp/venv/bin/python Tests/Fixtures/reference_cohesion.py
Writes Tests/Fixtures/reference/cohesion/<case>.json (deterministic).

Graphs are read by fixture_graphs.load_collapsed, exactly as the Swift loader's collapsed
view (nodes.csv order is actor order, parallel records summed, self-loops dropped).

Sources of truth:
- cohesion: NetworkX `density`, `connected_components` (weak components when directed),
  `transitivity`, `clustering` / `average_clustering` (unweighted and `weight="weight"`:
  Onnela et al.), each component's `diameter` and `average_shortest_path_length`,
  `overall_reciprocity` and `triadic_census` (directed), `core_number` of the undirected
  reading; Barrat's weighted clustering from igraph `transitivity_local_undirected(
  weights=..., mode="zero")` (NetworkX has none). Clustering and paths read the undirected
  reading of a directed view (weights summed both ways, as the Swift `partners` rows).
- homophily: NetworkX `attribute_assortativity_coefficient`,
  `numeric_assortativity_coefficient` (subgraph of actors with a value),
  `degree_assortativity_coefficient`; E-I counts, expected E-I and Yule's Q counted here
  in plain Python from the edge list and the group sizes.
- ego networks (UCINET's "Ego Networks > Basic Measures", undirected neighbourhood, on the
  undirected reading): from NetworkX `ego_graph`: size, ties (ordered alter pairs tied),
  pairs, density (%), 2-step reach (count and % of n - 1), reach efficiency (% of the
  2-step reach over the alters' summed degrees), broker (unordered alter pairs not tied)
  and its normalised form (over unordered pairs), ego betweenness (`betweenness_centrality`
  of ego in its ego graph, unnormalised) and normalised (x 100); isolates have no values.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import load_collapsed, ROOT  # noqa: E402  (fixes the hash seed)

import igraph  # noqa: E402
import networkx as nx  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "cohesion")

TIERS = {"local": 1, "subregional": 2, "regional": 3, "national": 4}

CASES = [
    # name, folder, directed, group attribute, numeric attribute
    ("karate", "Datasets/karate", False, "club", None),
    ("florentine", "Datasets/florentine", False, "kind", None),
    ("les-miserables", "Datasets/les-miserables", False, "kind", None),
    ("east-london", "Datasets/east-london", False, "sector", "tier"),
    ("east-london-directed", "Datasets/east-london", True, "sector", "tier"),
    ("east-london-kind", "Datasets/east-london", False, "kind", "tier"),
    ("random-undirected", "Tests/Fixtures/graphs/random-undirected", False, "group", "group"),
    ("random-directed", "Tests/Fixtures/graphs/random-directed", True, "group", "group"),
    ("random-directed-as-undirected", "Tests/Fixtures/graphs/random-directed", False, "group", "group"),
    ("holme-kim", "Tests/Fixtures/graphs/holme-kim", False, "group", "group"),
    ("barbell", "Tests/Fixtures/graphs/barbell", False, "group", "group"),
    ("kite", "Tests/Fixtures/graphs/kite", False, "group", "group"),
    ("star", "Tests/Fixtures/graphs/star", False, "group", "group"),
    ("path", "Tests/Fixtures/graphs/path", False, "group", "group"),
    ("complete", "Tests/Fixtures/graphs/complete", False, "group", "group"),
    ("two-k4-middle", "Tests/Fixtures/graphs/two-k4-middle", False, "group", "group"),
    ("gf-example", "Tests/Fixtures/graphs/gf-example", True, "group", "group"),
    ("nx-directed-D", "Tests/Fixtures/graphs/nx-directed-D", True, "group", "group"),
    ("pair", "Tests/Fixtures/graphs/pair", False, "group", "group"),
    ("single", "Tests/Fixtures/graphs/single", False, "group", "group"),
]


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def undirected_reading(G):
    """Partners with weights summed both ways (GraphView.partners)."""
    if not G.is_directed():
        return G
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        if U.has_edge(u, v):
            U[u][v]["weight"] += d["weight"]
        else:
            U.add_edge(u, v, weight=d["weight"])
    return U


def cohesion(G, ids):
    U = undirected_reading(G)
    index = {v: i for i, v in enumerate(ids)}
    comps = sorted((sorted(c, key=index.get) for c in nx.connected_components(U)), key=lambda c: index[c[0]])
    paths = []
    for c in comps:
        S = U.subgraph(c)
        paths.append({"actors": len(c), "diameter": nx.diameter(S),
                      "average_shortest_path": nx.average_shortest_path_length(S)})
    clustering = nx.clustering(U)
    onnela = nx.clustering(U, weight="weight")
    ig = igraph.Graph(n=len(ids), edges=[(index[u], index[v]) for u, v in U.edges()])
    ig.es["weight"] = [d["weight"] for _, _, d in U.edges(data=True)]
    barrat = ig.transitivity_local_undirected(weights="weight", mode="zero") if len(ids) else []
    cores = nx.core_number(U)
    distribution = {}
    for v in ids:
        distribution[cores[v]] = distribution.get(cores[v], 0) + 1
    result = {
        "density": nx.density(G) if len(ids) > 1 else 0.0,
        "ties": G.number_of_edges(),
        "components": [len(c) for c in comps],
        "transitivity": nx.transitivity(U),
        "average_clustering": nx.average_clustering(U) if len(ids) else 0.0,
        "clustering": [clustering[v] for v in ids],
        "onnela": [onnela[v] for v in ids],
        "average_onnela": sum(onnela[v] for v in ids) / len(ids) if ids else 0.0,
        "barrat": [clean(x) for x in barrat],
        "paths": paths,
        "cores": [[k, distribution[k]] for k in sorted(distribution)],
    }
    if G.is_directed():
        result["reciprocity"] = nx.overall_reciprocity(G) if G.number_of_edges() else None
        result["triad_census"] = nx.triadic_census(G)
    return result


def homophily(G, ids, attr, numeric):
    groups = {v: G.nodes[v].get(attr, "(none)") for v in ids}
    nx.set_node_attributes(G, groups, "_group")
    n = len(ids)
    internal = sum(1 for u, v in G.edges() if groups[u] == groups[v])
    external = G.number_of_edges() - internal
    sizes = {}
    for v in ids:
        sizes[groups[v]] = sizes.get(groups[v], 0) + 1
    factor = 2 if G.is_directed() else 1
    possible_internal = factor * sum(s * (s - 1) // 2 for s in sizes.values())
    possible_all = factor * n * (n - 1) // 2
    possible_external = possible_all - possible_internal
    a, c = internal, external
    b, d = possible_internal - a, possible_external - c
    result = {
        "internal": internal,
        "external": external,
        "ei": (external - internal) / (external + internal) if external + internal else None,
        "expected_ei": (possible_external - possible_internal) / possible_all if possible_all else None,
        "yules_q": (a * d - b * c) / (a * d + b * c) if a * d + b * c else None,
        "attribute_assortativity": clean(nx.attribute_assortativity_coefficient(G, "_group"))
        if G.number_of_edges() else None,
        "degree_assortativity": clean(nx.degree_assortativity_coefficient(G)) if G.number_of_edges() else None,
    }
    if numeric:
        values = {}
        for v in ids:
            raw = G.nodes[v].get(numeric)
            if raw is None:
                continue
            values[v] = TIERS[raw] if numeric == "tier" else float(raw)
        S = G.subgraph(list(values)).copy()
        nx.set_node_attributes(S, values, "_value")
        result["numeric_attribute"] = numeric
        result["numeric_assortativity"] = clean(nx.numeric_assortativity_coefficient(S, "_value")) \
            if S.number_of_edges() else None
    for v in ids:
        del G.nodes[v]["_group"]
    return result


def ego(G, ids):
    U = undirected_reading(G)
    n = len(ids)
    columns = {k: [] for k in ["size", "ties", "pairs", "density", "two_step_reach", "two_step_percent",
                               "reach_efficiency", "broker", "normalized_broker", "ego_betweenness",
                               "normalized_ego_betweenness"]}
    for v in ids:
        alters = list(U[v])
        size = len(alters)
        columns["size"].append(size)
        if size == 0:
            for k in columns:
                if k != "size":
                    columns[k].append(None)
            continue
        E = nx.ego_graph(U, v)
        ties = 2 * E.subgraph(alters).number_of_edges()
        pairs = size * (size - 1)
        reach = set(alters)
        for a in alters:
            reach.update(U[a])
        reach.discard(v)
        degree_sum = sum(U.degree(a) for a in alters)
        columns["ties"].append(ties)
        columns["pairs"].append(pairs)
        columns["density"].append(100 * ties / pairs if pairs else None)
        columns["two_step_reach"].append(len(reach))
        columns["two_step_percent"].append(100 * len(reach) / (n - 1))
        columns["reach_efficiency"].append(100 * len(reach) / degree_sum if degree_sum > size else None)
        broker = (pairs - ties) / 2
        columns["broker"].append(broker)
        columns["normalized_broker"].append(2 * broker / pairs if pairs else None)
        columns["ego_betweenness"].append(nx.betweenness_centrality(E, normalized=False)[v])
        columns["normalized_ego_betweenness"].append(
            100 * nx.betweenness_centrality(E, normalized=True)[v] if size >= 2 else None)
    return columns


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, folder, directed, attr, numeric in CASES:
        G, ids = load_collapsed(folder, directed)
        case = {"folder": folder, "directed": directed, "group": attr, "ids": ids,
                "cohesion": cohesion(G, ids), "homophily": homophily(G, ids, attr, numeric),
                "ego": ego(G, ids)}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(case, f, indent=1, sort_keys=True)
            f.write("\n")
        print(name, "written")


if __name__ == "__main__":
    main()
