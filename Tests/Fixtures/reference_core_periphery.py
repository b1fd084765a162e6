#!/usr/bin/env python3
"""Reference values for the Borgatti–Everett core/periphery models, computed from their
definitions with dense NumPy matrices (no core/periphery package is used).

Run from the repository root with NumPy and SciPy (e.g. the venv of reference_communities.py):
    /tmp/venv-communities/bin/python Tests/Fixtures/reference_core_periphery.py
Writes Tests/Fixtures/reference/core-periphery/{exhaustive,splits,continuous}.json.

Definitions (S. P. Borgatti and M. G. Everett, "Models of core/periphery structures",
Social Networks 21 (1999) 375–395, doi:10.1016/S0378-8733(99)00019-2):
- data a_ij: the tie value (1, or the summed weight when weighted; 0 when absent) over
  ordered pairs i != j of the collapsed graph (fixture_graphs.load_collapsed);
- discrete model: ideal d_ij = 1 for core-core pairs, 0 for periphery-periphery pairs;
  core-periphery pairs left out ("ignore") or ideally 1 ("connected"); the fit is
  Pearson's r between a and d over the pairs included (numpy.corrcoef);
- block densities: mean of a over each block's ordered pairs (rows send);
- continuous model: c minimising sum_{i != j} (a_ij - c_i c_j)^2, computed by the fixed
  point c_i = sum_{j != i} abar_ij c_j / sum_{j != i} c_j^2 (abar = (a + a^T)/2) from the
  degrees, on the dense matrix, until the largest change is below 1e-15 of the largest c;
  each step taking the geometric mean of c and its image (the bare map inverts the scale
  and cycles); its fit is Pearson's r between a_ij and c_i c_j over i != j. The script
  checks that the point is a minimum: random perturbations never lower the objective, and
  SciPy's L-BFGS-B on the same objective from another start reaches the same value and the
  same c (to 1e-6, its own precision).

exhaustive.json: the best split by exhaustive search over all 2^n splits (small graphs),
with its fit; Swift's search must reach the same fit (1e-12) and, when the best split is
unique, the same core. splits.json: fits and block densities of given splits (every
degree-ranked prefix and seeded random splits) on the bundled datasets, 1e-12.
continuous.json: coreness and fit, 1e-9.
"""
import itertools
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_graphs import ROOT, load_collapsed, write_fixture  # noqa: E402

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "core-periphery")


def matrix_from_edges(n, edges, directed):
    a = np.zeros((n, n))
    for s, t, w in edges:
        if s == t:
            continue
        a[s, t] += w
        if not directed:
            a[t, s] += w
    return a


def matrix(folder, directed, weighted):
    G, ids = load_collapsed(folder, directed)
    index = {node: i for i, node in enumerate(ids)}
    a = np.zeros((len(ids), len(ids)))
    for u, v, w in G.edges(data="weight"):
        a[index[u], index[v]] = w if weighted else 1
        if not directed:
            a[index[v], index[u]] = w if weighted else 1
    return a, ids


def fit(a, core, model):
    n = len(a)
    core = np.asarray(core, dtype=bool)
    off = ~np.eye(n, dtype=bool)
    cc = np.outer(core, core) & off
    pp = np.outer(~core, ~core) & off
    if model == "ignore":
        include = cc | pp
        ideal = cc
    else:
        include = off
        ideal = off & ~pp
    x, y = a[include], ideal[include].astype(float)
    if x.std() == 0 or y.std() == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def blocks(a, core):
    core = np.asarray(core, dtype=bool)
    n = len(a)
    off = ~np.eye(n, dtype=bool)

    def mean(rows, cols):
        mask = np.outer(rows, cols) & off
        return float(a[mask].mean()) if mask.any() else None

    return {"core_to_core": mean(core, core), "core_to_periphery": mean(core, ~core),
            "periphery_to_core": mean(~core, core), "periphery_to_periphery": mean(~core, ~core)}


def exhaustive(a, model):
    n = len(a)
    best, best_cores = None, []
    for bits in itertools.product([False, True], repeat=n):
        f = fit(a, bits, model)
        if f is None:
            continue
        if best is None or f > best + 1e-12:
            best, best_cores = f, [list(bits)]
        elif abs(f - best) <= 1e-12:
            best_cores.append(list(bits))
    return best, best_cores


def continuous(a):
    n = len(a)
    abar = (a + a.T) / 2
    c = abar.sum(axis=1)
    for iteration in range(100000):
        squares = (c * c).sum()
        denominator = squares - c * c
        target = np.where(denominator > 0, abar @ c / np.where(denominator > 0, denominator, 1), 0.0)
        new = np.sqrt(c * target)   # geometric mean of c and its image (the bare map flips the scale)
        change = np.abs(new - c).max()
        c = new
        if change <= 1e-15 * max(c.max(), 1e-300):
            break
    off = ~np.eye(n, dtype=bool)

    def objective(v):
        return float((((a - np.outer(v, v)) ** 2)[off]).sum())

    rng = np.random.default_rng(5)
    base = objective(c)
    for _ in range(200):
        assert objective(c + 1e-4 * rng.standard_normal(n)) >= base - 1e-9, "not a minimum"

    def with_gradient(v):
        residual = a - np.outer(v, v)
        residual[~off] = 0
        return float((residual ** 2).sum()), -2 * (residual + residual.T) @ v

    independent = minimize(with_gradient, a.sum(axis=1) / 10, jac=True, method="L-BFGS-B",
                           options={"ftol": 1e-16, "gtol": 1e-12, "maxiter": 100000})
    assert independent.fun >= base - 1e-9 * base, "L-BFGS found a lower objective"
    assert np.abs(np.abs(independent.x) - c).max() <= 1e-6 * c.max(), "L-BFGS found another minimiser"
    pattern = np.outer(c, c)
    r = float(np.corrcoef(a[off], pattern[off])[0, 1])
    return c, r


def small_graphs():
    """(name, n, edges, directed): graphs small enough for exhaustive search."""
    graphs = []
    # Ideal core/periphery: a 4-clique core (0-3); periphery 4-9 each tied to one or two core
    # members, never to each other.
    core = [(i, j, 1) for i in range(4) for j in range(i + 1, 4)]
    spokes = [(4, 0, 1), (5, 1, 1), (6, 2, 1), (7, 3, 1), (8, 0, 1), (8, 1, 1), (9, 2, 1), (9, 3, 1)]
    graphs.append(("ideal-ignore", 10, core + spokes, False))
    # Ideal "connected" pattern: 3-clique core, every periphery actor tied to every core member.
    graphs.append(("ideal-connected", 8, [(i, j, 1) for i in range(3) for j in range(i + 1, 3)]
                   + [(p, c, 1) for p in range(3, 8) for c in range(3)], False))
    # Two triangles joined by one tie.
    graphs.append(("two-triangles", 6, [(0, 1, 1), (0, 2, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1), (3, 5, 1), (4, 5, 1)], False))
    rng = random.Random(11)
    for k in range(4):
        n = 9 + k
        edges = []
        for i in range(n):
            for j in range(n):
                if i != j:
                    p = 0.8 if i < 4 and j < 4 else (0.35 if i < 4 or j < 4 else 0.1)
                    if rng.random() < p:
                        edges.append((i, j, rng.randint(1, 5)))
        graphs.append((f"random-directed-{n}", n, edges, True))
        graphs.append((f"random-undirected-{n}", n, [(s, t, w) for s, t, w in edges if s < t], False))
    return graphs


def exhaustive_cases():
    cases = []
    for name, n, edges, directed in small_graphs():
        for weighted in (False, True):
            a = matrix_from_edges(n, [(s, t, w if weighted else 1) for s, t, w in edges], directed)
            if not weighted:
                a = (a > 0).astype(float)
            for model in ("ignore", "connected"):
                best, cores = exhaustive(a, model)
                cases.append({"name": name, "n": n, "edges": [list(e) for e in edges], "directed": directed,
                              "weighted": weighted, "model": model, "fit": best, "cores": cores,
                              "blocks": blocks(a, cores[0]) if cores else None})
    return cases


def split_cases():
    cases = []
    rng = random.Random(3)
    for folder, directed in [("Datasets/karate", False), ("Datasets/florentine", False),
                             ("Datasets/les-miserables", False), ("Datasets/east-london", False),
                             ("Datasets/east-london", True)]:
        for weighted in (False, True):
            a, ids = matrix(folder, directed, weighted)
            n = len(ids)
            degree = (a > 0).sum(axis=0) + (a > 0).sum(axis=1) if not weighted else a.sum(axis=0) + a.sum(axis=1)
            order = sorted(range(n), key=lambda i: (-degree[i], i))
            splits = []
            for k in list(range(2, min(n - 1, 30))) + [n // 2]:
                core = [False] * n
                for i in order[:k]:
                    core[i] = True
                splits.append(core)
            for _ in range(5):
                k = rng.randint(2, n - 2)
                chosen = set(rng.sample(range(n), k))
                splits.append([i in chosen for i in range(n)])
            for core in splits:
                cases.append({"graph": folder, "directed": directed, "weighted": weighted,
                              "core": [i for i in range(n) if core[i]],
                              "fit_ignore": fit(a, core, "ignore"), "fit_connected": fit(a, core, "connected"),
                              "blocks": blocks(a, core)})
    return cases


def continuous_cases():
    cases = []
    for folder, directed in [("Datasets/karate", False), ("Datasets/florentine", False),
                             ("Datasets/les-miserables", False), ("Datasets/east-london", False),
                             ("Datasets/east-london", True)]:
        for weighted in (False, True):
            a, ids = matrix(folder, directed, weighted)
            c, r = continuous(a)
            cases.append({"graph": folder, "directed": directed, "weighted": weighted,
                          "coreness": [float(x) for x in c], "fit": r})
    return cases


def main():
    write_fixture(OUT, "exhaustive.json", exhaustive_cases())
    write_fixture(OUT, "splits.json", split_cases())
    write_fixture(OUT, "continuous.json", continuous_cases())


if __name__ == "__main__":
    main()
