#!/usr/bin/env python3
"""Reference values for QAP (Tests/CollabGraphTests/QAP).

Run from the repository root with NumPy installed:
    python3 Tests/Fixtures/reference_qap.py
Writes Tests/Fixtures/reference/qap/<case>.json (deterministic: NumPy generator seeded).

Each case builds its dyadic matrices here, independently of the Swift code, from the
dataset files: `ties` (any record between the pair), `type:NAME` (a record of that
relation type, names normalised as RelationLadder.normalise), `same:ATTR`, `diff:ATTR`
(`tier` by rank local 1 .. national 4) and `co-membership` (distinct networks shared, from
memberships.csv). Cells are the pairs i < j (undirected) or ordered pairs i != j (directed),
self-loops never count.

- Coefficients, standard errors, t values and R^2: ordinary least squares with an
  intercept by `numpy.linalg.lstsq` on the cells.
- The permutation null: the script's own double semi-partialling (Dekker, Krackhardt &
  Snijders 2007) with NumPy permutations of the actors (1000 per predictor; the t of the
  permuted residual by Frisch-Waugh-Lovell against a QR basis of the other columns): the mean and
  standard deviation of each predictor's permuted t, and of the permuted QAP correlation of
  the dependent matrix with the first predictor. The Swift test compares its own null
  (different random permutations) with these statistically.
"""
import csv
import json
import os
import re

# One BLAS thread: the same bytes on every machine, and no contention with other work.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "qap")
PERMUTATIONS = 1000
TIERS = {"local": 1, "subregional": 2, "regional": 3, "national": 4}

CASES = [
    # name, folder, directed, dependent, predictors
    ("east-london", "Datasets/east-london", False, "type:networking",
     ["type:information", "same:sector", "diff:tier", "co-membership"]),
    ("east-london-directed", "Datasets/east-london", True, "type:information",
     ["type:visit", "same:kind", "diff:tier"]),
    ("karate", "Datasets/karate", False, "ties", ["same:club"]),
    ("random-directed", "Tests/Fixtures/graphs/random-directed", True, "type:training",
     ["type:visit", "same:group", "diff:group"]),
    ("random-undirected", "Tests/Fixtures/graphs/random-undirected", False, "ties",
     ["type:placement", "same:group"]),
]


def normalise(name):
    return re.sub(r"[\s_\-]+", " ", name.lower()).strip()


def read(folder, name):
    path = os.path.join(ROOT, folder, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def matrices(folder, directed, terms):
    nodes = read(folder, "nodes.csv")
    edges = read(folder, "edges.csv")
    members = read(folder, "memberships.csv")
    ids = [row["id"] for row in nodes]
    index = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    if directed:
        cells = [(a, b) for a in range(n) for b in range(n) if a != b]
    else:
        cells = [(a, b) for a in range(n) for b in range(a + 1, n)]

    def relation(keep):
        tied = set()
        for row in edges:
            s, t = index[row["source"]], index[row["target"]]
            if s == t or not keep(row):
                continue
            tied.add((s, t) if directed else (min(s, t), max(s, t)))
        return np.array([1.0 if c in tied else 0.0 for c in cells])

    out = {}
    for term in terms:
        if term == "ties":
            out[term] = relation(lambda row: True)
        elif term == "co-membership":
            groups = {}
            for row in members:
                groups.setdefault(row["network"], set()).add(index[row["member"]])
            shared = {}
            for group in groups.values():
                group = sorted(group)
                for i, a in enumerate(group):
                    for b in group[i + 1:]:
                        shared[(a, b)] = shared.get((a, b), 0) + 1
            out[term] = np.array([float(shared.get((min(a, b), max(a, b)), 0)) for a, b in cells])
        else:
            kind, arg = term.split(":", 1)
            if kind == "type":
                out[term] = relation(lambda row: normalise(row.get("type", "")) == normalise(arg))
            elif kind == "same":
                vals = [row.get(arg) or None for row in nodes]
                out[term] = np.array([1.0 if vals[a] is not None and vals[a] == vals[b] else 0.0 for a, b in cells])
            elif kind == "diff":
                vals = [TIERS[row[arg]] if arg == "tier" else float(row[arg]) for row in nodes]
                out[term] = np.array([abs(vals[a] - vals[b]) for a, b in cells])
    return n, cells, out


def ols(y, columns):
    X = np.column_stack([np.ones(len(y))] + columns)
    b, _, _, _ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ b
    sse = float(resid @ resid)
    sst = float(((y - y.mean()) ** 2).sum())
    dof = len(y) - X.shape[1]
    cov = sse / dof * np.linalg.inv(X.T @ X)
    se = np.sqrt(np.diag(cov))
    return b, se, b / se, 1 - sse / sst, resid


def permuted(values, n, directed, perm):
    """The cell vector of the matrix with actors relabelled: cell (a, b) <- (perm[a], perm[b])."""
    M = np.zeros((n, n))
    if directed:
        mask = ~np.eye(n, dtype=bool)
        M[mask] = values
    else:
        iu = np.triu_indices(n, 1)
        M[iu] = values
        M = M + M.T
    P = M[np.ix_(perm, perm)]
    if directed:
        return P[~np.eye(n, dtype=bool)]
    return P[np.triu_indices(n, 1)]


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20240)
    for name, folder, directed, dependent, predictors in CASES:
        n, cells, m = matrices(folder, directed, [dependent] + predictors)
        y = m[dependent]
        columns = [m[p] for p in predictors]
        b, se, t, r2, _ = ols(y, columns)
        nulls = []
        for k in range(len(columns)):
            others = [c for j, c in enumerate(columns) if j != k]
            _, _, _, _, e = ols(columns[k], others)
            Q, _ = np.linalg.qr(np.column_stack([np.ones(len(y))] + others))
            y_r = y - Q @ (Q.T @ y)
            dof = len(y) - Q.shape[1] - 1
            ts = []
            for _ in range(PERMUTATIONS):
                ep = permuted(e, n, directed, rng.permutation(n))
                e_r = ep - Q @ (Q.T @ ep)
                ee = float(e_r @ e_r)
                slope = float(e_r @ y_r) / ee
                sse = float(y_r @ y_r) - slope * slope * ee
                ts.append(slope / np.sqrt(sse / dof / ee))
            nulls.append({"mean": float(np.mean(ts)), "sd": float(np.std(ts, ddof=1))})
        x = columns[0]
        rs = [float(np.corrcoef(y, permuted(x, n, directed, rng.permutation(n)))[0, 1]) for _ in range(PERMUTATIONS)]
        case = {
            "folder": folder, "directed": directed, "dependent": dependent, "predictors": predictors,
            "cells": len(cells),
            "coefficients": [float(v) for v in b], "standard_errors": [float(v) for v in se],
            "t": [float(v) for v in t], "r_squared": float(r2),
            "correlation": float(np.corrcoef(y, x)[0, 1]),
            "correlation_null": {"mean": float(np.mean(rs)), "sd": float(np.std(rs, ddof=1))},
            "null": nulls, "permutations": PERMUTATIONS,
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(case, f, indent=1, sort_keys=True)
            f.write("\n")
        print(name, "written")


if __name__ == "__main__":
    main()
