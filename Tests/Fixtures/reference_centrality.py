#!/usr/bin/env python3
"""Reference values for the centrality suite, from NetworkX 3.6.1.

Reads the same files the Swift tests read (Datasets/<name>/ and Tests/Fixtures/graphs/<name>/:
nodes.csv in id order = actor order, edges.csv records) and writes one JSON fixture per graph
into Tests/Fixtures/reference/centrality/<name>.json, with four variants each:
undirected/directed x unweighted/weighted.

How the view is built (the same as CollabGraph's `GraphView`):
- parallel records are summed (in record order) into one tie of a simple Graph / DiGraph;
- self-loops are left out of every measure except strength;
- weighted path measures use distance = 1/weight of the summed tie; eigenvector and
  PageRank use the weight itself; unweighted variants ignore weights.

Measures (NetworkX calls):
- degree: distinct partners (len of predecessors | successors when directed);
- strength: nx.MultiGraph / MultiDiGraph of all records (self-loops included).degree(weight=);
- betweenness: nx.betweenness_centrality(G, normalized=True, weight=None|"distance");
- closeness: nx.closeness_centrality(G, distance=None|"distance") (incoming when directed);
- harmonic: nx.harmonic_centrality(G, distance=None|"distance");
- eigenvector: nx.eigenvector_centrality_numpy(G, weight=None|"weight"); null with the reason
  when NetworkX refuses (disconnected / not strongly connected / empty). Below 3 actors
  SciPy's sparse solver cannot run (k >= N - 1), so the same definition is evaluated with the
  dense numpy.linalg.eig of A^T (largest real eigenvalue, unit length, positive sign);
- pagerank: nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000, weight=None|"weight")
  (NetworkX stops when the L1 change < N*tol), cross-checked against a dense linear solve;
- coreness: nx.core_number of the undirected simple view;
- sampled_betweenness (graphs of 10 actors or more): nx.betweenness_centrality(G, k=n//3,
  seed=7), stored with the sources NetworkX drew (random.Random(7).sample(list(G), k)) as
  actor indices, so the Swift test can run from the same sources.

Run: python3 Tests/Fixtures/reference_centrality.py   (deterministic output, except the last
digits of eigenvector values: SciPy's ARPACK starts from a random vector)
"""
import csv
import json
import math
import random
import os
import sys
import warnings

import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "centrality")

DATASETS = ["east-london", "karate", "florentine", "davis-southern-women", "les-miserables"]


# A strongly connected directed test graph of this family's own (the shared test graphs are
# not strongly connected when read as directed), written by this script.
EXTRA = "Tests/Fixtures/reference/centrality/graphs/strong-directed"


def write_strong_directed():
    """A directed 40-cycle plus 60 seeded chords, weights 1-5 in .5 steps, 4 parallel
    records and 2 self-loops: strongly connected, periodic-free eigenvector test."""
    import random
    rng = random.Random(2024)
    n = 40
    ids = ["s%02d" % i for i in range(n)]
    rows = [(ids[i], ids[(i + 1) % n], rng.randint(2, 10) / 2) for i in range(n)]
    for _ in range(60):
        a, b = rng.sample(range(n), 2)
        rows.append((ids[a], ids[b], rng.randint(2, 10) / 2))
    for i in (3, 17, 17, 29):
        rows.append((ids[i], ids[(i + 1) % n], rng.randint(2, 10) / 2))
    rows.append((ids[5], ids[5], 2.0))
    rows.append((ids[33], ids[33], 1.5))
    folder = os.path.join(ROOT, EXTRA)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "nodes.csv"), "w", newline="") as f:
        f.write("id\n" + "".join(i + "\n" for i in ids))
    with open(os.path.join(folder, "edges.csv"), "w", newline="") as f:
        f.write("source,target,weight\n" + "".join("%s,%s,%s\n" % (s, t, repr(w)) for s, t, w in rows))


def graph_folders():
    folders = [("Datasets/" + name, name) for name in DATASETS]
    folders.append((EXTRA, "strong-directed"))
    base = os.path.join(ROOT, "Tests", "Fixtures", "graphs")
    for name in sorted(os.listdir(base)):
        if os.path.isdir(os.path.join(base, name)):
            folders.append(("Tests/Fixtures/graphs/" + name, name))
    return folders


def read_folder(relative):
    folder = os.path.join(ROOT, relative)
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8-sig") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    records = []
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            w = row.get("weight")
            records.append((row["source"], row["target"], float(w) if w not in (None, "") else 1.0))
    return ids, records


def simple_view(ids, records, directed):
    """The collapsed view: parallel records summed, self-loops left out."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(ids)
    for s, t, w in records:
        if s == t:
            continue
        if G.has_edge(s, t):
            G[s][t]["weight"] += w
        else:
            G.add_edge(s, t, weight=w)
    for _, _, data in G.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    return G


def eigenvector(G, weighted):
    weight = "weight" if weighted else None
    try:
        return nx.eigenvector_centrality_numpy(G, weight=weight), None
    except nx.NetworkXPointlessConcept:
        return None, "the view has no actors"
    except nx.AmbiguousSolution:
        return None, "not strongly connected" if G.is_directed() else "disconnected"
    except TypeError:
        # SciPy's ARPACK needs N >= 3; evaluate the same definition densely.
        M = nx.to_numpy_array(G, nodelist=list(G), weight=weight)
        values, vectors = np.linalg.eig(M.T)
        largest = vectors[:, np.argmax(values.real)].real
        norm = np.sign(largest.sum()) * np.linalg.norm(largest)
        return dict(zip(G, (largest / norm).tolist())), None


def pagerank(G, weighted):
    weight = "weight" if weighted else None
    pr = nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=10000, weight=weight)
    # Cross-check against the exact fixed point (dense solve), loudly.
    n = len(G)
    if n:
        nodes = list(G)
        A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
        S = A.sum(axis=1)
        P = np.zeros_like(A)
        for i in range(n):
            P[i] = A[i] / S[i] if S[i] else 1.0 / n
        exact = np.linalg.solve(np.eye(n) - 0.85 * P.T, np.full(n, 0.15 / n))
        worst = max(abs(pr[v] - exact[i]) / exact[i] for i, v in enumerate(nodes))
        assert worst < 1e-11, ("pagerank not converged", worst)
    return pr


def variant(ids, records, directed, weighted):
    G = simple_view(ids, records, directed)
    distance = "distance" if weighted else None
    out = {"directed": directed, "weighted": weighted}
    if directed:
        out["degree"] = [len(set(G.predecessors(v)) | set(G.successors(v))) for v in ids]
    else:
        out["degree"] = [G.degree(v) for v in ids]
    M = nx.MultiDiGraph() if directed else nx.MultiGraph()
    M.add_nodes_from(ids)
    M.add_weighted_edges_from(records)
    strength = dict(M.degree(weight="weight"))
    out["strength"] = [float(strength[v]) for v in ids]
    bc = nx.betweenness_centrality(G, normalized=True, weight=distance)
    out["betweenness"] = [bc[v] for v in ids]
    cc = nx.closeness_centrality(G, distance=distance)
    out["closeness"] = [cc[v] for v in ids]
    hc = nx.harmonic_centrality(G, distance=distance)
    out["harmonic"] = [float(hc[v]) for v in ids]
    ev, reason = eigenvector(G, weighted)
    out["eigenvector"] = None if ev is None else [ev[v] for v in ids]
    out["eigenvector_undefined"] = reason
    pr = pagerank(G, weighted)
    out["pagerank"] = [pr[v] for v in ids]
    core = nx.core_number(G.to_undirected()) if len(G) else {}
    out["coreness"] = [core[v] for v in ids]
    if len(ids) >= 10:
        # Sampled betweenness: NetworkX draws random.Random(seed).sample(list(G), k).
        k, seed = max(2, len(ids) // 3), 7
        sources = random.Random(seed).sample(list(G), k)
        sampled = nx.betweenness_centrality(G, k=k, normalized=True, weight=distance, seed=seed)
        out["sampled_betweenness"] = {
            "sources": [ids.index(v) for v in sources],
            "values": [sampled[v] for v in ids],
        }
    return out


def main():
    warnings.simplefilter("ignore", RuntimeWarning)  # SciPy: "k >= N - 1 … using scipy.linalg.eig"
    os.makedirs(OUT, exist_ok=True)
    write_strong_directed()
    for relative, name in graph_folders():
        ids, records = read_folder(relative)
        fixture = {
            "graph": relative,
            "generator": "Tests/Fixtures/reference_centrality.py, NetworkX " + nx.__version__,
            "ids": ids,
            "variants": [variant(ids, records, d, w) for d in (False, True) for w in (False, True)],
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(fixture, f, indent=1)
            f.write("\n")
        print(f"{name}: {len(ids)} actors, {len(records)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
