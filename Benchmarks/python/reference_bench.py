#!/usr/bin/env python3
"""Times one task of igraph or NetworkX on an edge CSV, for collab-bench.

Usage: reference_bench.py TOOL TASK GRAPH_CSV [--sample K] [--repeat R]
  TOOL   igraph | networkx
  TASK   betweenness | closeness | harmonic | pagerank | coreness | csv-iterate | leiden | leiden-converged
         (leiden: igraph community_leiden, modularity, n_iterations=2 (default) or -1,
         --runs R runs seeded 1 … R timed together; check = their mean modularity)
         (csv-iterate: tool `python`; times Python's csv module merely iterating the
         file's rows, the floor any Python loader of the file pays)
  --sample K  time only K seeded sources (NetworkX betweenness `k=K`, closeness of K actors,
              harmonic centrality from K sources)
              and scale the time by n/K (exact all-sources runs would take hours)
  --scale-to T  with --sample: scale the time to T sources instead of n (to compare with
              an estimate from T sources)
  --repeat R  best of R runs (default 1)
  --runs R    leiden: R seeded runs per timed repetition (default 1)

Prints one JSON line: {"tool", "seconds", "cpu_seconds", "sampled", "check"} (wall-clock and
process CPU time of the best run). Only the computation is timed,
not reading the file or building the graph (the Swift side times the same way). `check` is
the largest value in NetworkX's conventions (normalised betweenness, Wasserman-Faust
closeness, unnormalised harmonic centrality, PageRank, core number) so that the runner can confirm the tools did the same work;
null for sampled runs. The undirected simple graph is built from the records (duplicates
collapsed, self-loops dropped), as CollabGraph's view is.
"""
import argparse
import csv
import json
import random
import time


def read_edges(path):
    ids = {}
    edges = set()
    with open(path, newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            a = ids.setdefault(row[0], len(ids))
            b = ids.setdefault(row[1], len(ids))
            if a != b:
                edges.add((a, b) if a < b else (b, a))
    return len(ids), sorted(edges)


CPU = {"seconds": None}


def best_of(repeat, work):
    """Best wall-clock time of `repeat` runs; the CPU time of that run goes in CPU."""
    best, result = None, None
    for _ in range(repeat):
        cpu = time.process_time()
        start = time.perf_counter()
        result = work()
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        if best is None or elapsed < best:
            best, CPU["seconds"] = elapsed, cpu
    return best, result


def run_igraph(task, n, edges, repeat, runs=1):
    import igraph
    g = igraph.Graph(n=n, edges=edges, directed=False)
    if task == "betweenness":
        seconds, values = best_of(repeat, lambda: g.betweenness(directed=False))
        check = max(values) * 2 / ((n - 1) * (n - 2))
    elif task == "closeness":
        seconds, values = best_of(repeat, lambda: g.closeness())
        check = max(v for v in values if v == v)
    elif task == "harmonic":
        seconds, values = best_of(repeat, lambda: g.harmonic_centrality(normalized=False))
        check = max(values)
    elif task == "pagerank":
        seconds, values = best_of(repeat, lambda: g.pagerank(damping=0.85))
        check = max(values)
    elif task == "coreness":
        seconds, values = best_of(repeat, lambda: g.coreness())
        check = max(values)
    elif task in ("leiden", "leiden-converged"):
        # `runs` runs seeded 1 … runs through Python's random module (igraph's RNG), one
        # after the other; check: the mean modularity they reach.
        iterations = 2 if task == "leiden" else -1

        def leiden():
            found = []
            for seed in range(1, runs + 1):
                random.seed(seed)
                found.append(g.community_leiden(objective_function="modularity", n_iterations=iterations))
            return found
        seconds, clusterings = best_of(repeat, leiden)
        check = sum(g.modularity(c.membership) for c in clusterings) / len(clusterings)
    elif task == "clustering":
        seconds, values = best_of(repeat, lambda: (g.transitivity_undirected(),
                                                   g.transitivity_local_undirected(mode="zero")))
        check = values[0]
    return "igraph " + igraph.__version__, seconds, check


def run_networkx(task, n, edges, repeat, sample, scale_to=None):
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    if task == "betweenness":
        if sample:
            seconds, _ = best_of(repeat, lambda: nx.betweenness_centrality(G, k=sample, seed=1))
            CPU["seconds"] *= (scale_to or n) / sample
            return "networkx " + nx.__version__, seconds * (scale_to or n) / sample, None
        seconds, values = best_of(repeat, lambda: nx.betweenness_centrality(G))
        check = max(values.values())
    elif task == "closeness":
        if sample:
            nodes = random.Random(1).sample(range(n), sample)
            seconds, _ = best_of(repeat, lambda: [nx.closeness_centrality(G, u=v) for v in nodes])
            CPU["seconds"] *= n / sample
            return "networkx " + nx.__version__, seconds * n / sample, None
        seconds, values = best_of(repeat, lambda: nx.closeness_centrality(G))
        check = max(values.values())
    elif task == "harmonic":
        if sample:
            nodes = random.Random(1).sample(range(n), sample)
            seconds, _ = best_of(repeat, lambda: nx.harmonic_centrality(G, sources=nodes))
            CPU["seconds"] *= n / sample
            return "networkx " + nx.__version__, seconds * n / sample, None
        seconds, values = best_of(repeat, lambda: nx.harmonic_centrality(G))
        check = max(values.values())
    elif task == "pagerank":
        # Converged as far as CollabGraph's default (L1 change < 1e-14; NetworkX tests N * tol).
        seconds, values = best_of(repeat, lambda: nx.pagerank(G, alpha=0.85, tol=1e-14 / n, max_iter=10000))
        check = max(values.values())
    elif task == "coreness":
        seconds, values = best_of(repeat, lambda: nx.core_number(G))
        check = max(values.values())
    elif task == "clustering":
        seconds, values = best_of(repeat, lambda: (nx.transitivity(G), nx.clustering(G)))
        check = values[0]
    return "networkx " + nx.__version__, seconds, check


def iterate_csv(path, repeat):
    def work():
        rows = 0
        with open(path, newline="", encoding="utf-8") as f:
            for _ in csv.reader(f):
                rows += 1
        return rows
    seconds, rows = best_of(repeat, work)
    return "python csv", seconds, rows - 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool", choices=["igraph", "networkx", "python"])
    parser.add_argument("task", choices=["betweenness", "closeness", "harmonic", "pagerank", "coreness", "clustering",
                                         "csv-iterate", "leiden", "leiden-converged"])
    parser.add_argument("graph")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--scale-to", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if args.task == "csv-iterate":
        tool, seconds, check = iterate_csv(args.graph, args.repeat)
        print(json.dumps({"tool": tool, "seconds": seconds, "cpu_seconds": CPU["seconds"], "sampled": None,
                          "check": check}))
        return
    n, edges = read_edges(args.graph)
    if args.tool == "igraph":
        tool, seconds, check = run_igraph(args.task, n, edges, args.repeat, args.runs)
    else:
        tool, seconds, check = run_networkx(args.task, n, edges, args.repeat, args.sample, args.scale_to or None)
    print(json.dumps({"tool": tool, "seconds": seconds, "cpu_seconds": CPU["seconds"],
                      "sampled": args.sample or None, "check": check}))


if __name__ == "__main__":
    main()
