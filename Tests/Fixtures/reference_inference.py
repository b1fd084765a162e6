#!/usr/bin/env python3
"""Reference values for the tie-formation model and the degree-preserving CUG null
(Tests/CollabGraphTests/Inference).

Run from the repository root with statsmodels and python-igraph installed:
    /work/venv/bin/python Tests/Fixtures/reference_inference.py
Writes Tests/Fixtures/reference/inference/model-<case>.json and cug-degree.json
(deterministic: seeded generators, one BLAS thread).

Model: the dyad-independent ERGM is a logistic regression over the dyads. This script
builds the dyads and their change statistics itself, from the dataset files, independently
of the Swift code: dyads are the pairs i < j (undirected; tied when any record joins them in
either direction) or the ordered pairs i != j (directed; tied when a record runs i -> j),
self-loops never count, and actors are those of nodes.csv plus any that appear only in
edges.csv. Columns, named as ergm prints them:
  edges                      1
  nodematch.A                1 when the two values of A are equal
  nodefactor.A.v             [A_i = v] + [A_j = v] for every level v but the first (sorted)
  nodecov.A / absdiff.A      A_i + A_j / |A_i - A_j| (tier read as its rank, local 1 .. national 4)
  edgecov.comembership       the number of networks (memberships.csv) both actors belong to
Fitted by statsmodels' Logit (Newton, tolerance 1e-12); estimates, standard errors, z,
p, log-likelihood, AIC and BIC are recorded.

Degree null: igraph's Degree_Sequence(method="configuration_simple") draws simple graphs
with the observed degree sequence uniformly (rejection sampling of the configuration
model). 20,000 draws of a small random graph give the reference p-values, mean and
standard deviation of transitivity and the E-I index of a random grouping; the Swift
double-edge-swap null is compared within Monte Carlo error.
"""
import csv
import json
import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import igraph as ig  # noqa: E402
import numpy as np  # noqa: E402
import statsmodels.api as sm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "inference")
TIERS = {"local": 1, "subregional": 2, "regional": 3, "national": 4}

MODELS = [
    # name, folder, directed, terms
    ("east-london", "Datasets/east-london", False,
     ["edges", "nodematch:sector", "nodefactor:kind", "absdiff:tier", "edgecov:comembership"]),
    ("east-london-directed", "Datasets/east-london", True,
     ["edges", "nodematch:kind", "nodefactor:sector", "nodecov:tier"]),
    ("karate", "Datasets/karate", False, ["edges", "nodematch:club"]),
    ("florentine", "Datasets/florentine", False, ["edges"]),
]


def read(folder, name):
    path = os.path.join(ROOT, folder, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def sort_levels(values):
    levels = sorted(set(values))
    try:
        return sorted(levels, key=float)
    except ValueError:
        return sorted(levels)


def numeric(attribute, value):
    return float(TIERS[value]) if attribute == "tier" else float(value)


def model_case(name, folder, directed, terms):
    nodes = read(folder, "nodes.csv")
    ids = [row["id"] for row in nodes]
    attributes = {row["id"]: row for row in nodes}
    index = {actor: k for k, actor in enumerate(ids)}
    edges = read(folder, "edges.csv")
    for row in edges:
        for end in (row["source"], row["target"]):
            if end not in index:
                index[end] = len(ids)
                ids.append(end)
    n = len(ids)
    tie = np.zeros((n, n), dtype=bool)
    for row in edges:
        s, t = index[row["source"]], index[row["target"]]
        if s == t:
            continue
        tie[s, t] = True
        if not directed:
            tie[t, s] = True
    shared = np.zeros((n, n))
    networks = {}
    for row in read(folder, "memberships.csv"):
        networks.setdefault(row["network"], set()).add(index[row["member"]])
    for members in networks.values():
        members = sorted(members)
        for a in members:
            for b in members:
                if a != b:
                    shared[a, b] += 1

    if directed:
        pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    else:
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    I = np.array([p[0] for p in pairs])
    J = np.array([p[1] for p in pairs])
    y = tie[I, J].astype(float)

    def attribute(actor, name):
        return attributes.get(ids[actor], {}).get(name, "")

    columns, names = [], []
    for term in terms:
        if term == "edges":
            columns.append(np.ones(len(pairs))); names.append("edges")
            continue
        kind, arg = term.split(":", 1)
        values = [attribute(k, arg) for k in range(n)]
        if kind == "nodematch":
            v = np.array(values, dtype=object)
            columns.append((v[I] == v[J]).astype(float)); names.append(f"nodematch.{arg}")
        elif kind == "nodefactor":
            v = np.array(values, dtype=object)
            for level in sort_levels(values)[1:]:
                columns.append((v[I] == level).astype(float) + (v[J] == level).astype(float))
                names.append(f"nodefactor.{arg}.{level}")
        elif kind == "nodecov":
            x = np.array([numeric(arg, value) for value in values])
            columns.append(x[I] + x[J]); names.append(f"nodecov.{arg}")
        elif kind == "absdiff":
            x = np.array([numeric(arg, value) for value in values])
            columns.append(np.abs(x[I] - x[J])); names.append(f"absdiff.{arg}")
        elif kind == "edgecov":
            columns.append(shared[I, J]); names.append(f"edgecov.{arg}")
        else:
            raise ValueError(term)
    X = np.column_stack(columns)
    fit = sm.Logit(y, X).fit(method="newton", tol=1e-12, maxiter=200, disp=False)
    return {
        "name": name, "folder": folder, "directed": directed, "terms": terms,
        "dyads": len(pairs), "ties": int(y.sum()),
        "coefficients": [
            {"name": names[k], "estimate": float(fit.params[k]), "std_error": float(fit.bse[k]),
             "z": float(fit.tvalues[k]), "p": float(fit.pvalues[k])}
            for k in range(len(names))
        ],
        "log_likelihood": float(fit.llf), "aic": float(fit.aic), "bic": float(fit.bic),
    }


def degree_case():
    rng = np.random.default_rng(27)
    n, m = 16, 26
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    chosen = sorted(pairs[k] for k in rng.choice(len(pairs), m, replace=False))
    groups = [str(g) for g in rng.choice(["a", "b"], n)]
    observed = ig.Graph(n=n, edges=chosen)
    degrees = observed.degree()

    def ei(graph):
        internal = sum(1 for e in graph.es if groups[e.source] == groups[e.target])
        external = graph.ecount() - internal
        return (external - internal) / (external + internal)

    def transitivity(graph):
        return graph.transitivity_undirected(mode="zero")

    import random
    random.seed(27)
    ig.set_random_number_generator(random)
    draws = 20000
    stats = {"transitivity": transitivity, "ei": ei}
    values = {key: [] for key in stats}
    for _ in range(draws):
        graph = ig.Graph.Degree_Sequence(degrees, method="configuration_simple")
        for key, f in stats.items():
            values[key].append(f(graph))
    results = []
    for key, f in stats.items():
        obs = f(observed)
        v = np.array(values[key])
        results.append({"statistic": key, "null": "degree", "observed": obs,
                        "p_at_least": float(np.mean(v >= obs - 1e-12)),
                        "p_at_most": float(np.mean(v <= obs + 1e-12)),
                        "mean": float(v.mean()), "sd": float(v.std(ddof=1)), "defined": draws})
    return {"name": "degree", "directed": False, "actors": n, "draws": draws,
            "edges": [list(e) for e in chosen], "groups": groups, "results": results}


def write(name, doc):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=2)
        handle.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, folder, directed, terms in MODELS:
        write(f"model-{name}.json", model_case(name, folder, directed, terms))
    write("cug-degree.json", degree_case())


if __name__ == "__main__":
    main()
