#!/usr/bin/env python3
"""Interleaved timing on a shared machine: collab binaries against igraph and Python's csv.

Each repetition runs every entry once, in turn (A, B, C, A, B, C, ...), so that the load of
the machine falls on all of them alike; every figure is printed with the 1-minute load average
read just before it, the wall time and the CPU time (user + sys, all threads) of the child.

  interleaved.py --reps 3 --collab base=/tmp/collab-base --collab new=.build/release/collab \
      --betweenness /work/shared/datasets/ca-HepPh.csv --load records-1m-200k.csv --two-line two.csv

Betweenness: `collab centrality FILE --measures betweenness --threads T --format csv` (load and
output included) for T = 1, 2, against igraph's `Graph.betweenness()` timed in-process (the
computation only, reading the file excluded: conservative for collab). Load: `collab info FILE
--format json`, against Python's csv.reader iterating the file (interpreter start-up excluded),
with peak resident memory (ru_maxrss) of each run; the two-line file gives the baseline. Path measures (--path-measures DIR): `collab centrality DIR
--measures betweenness,closeness,harmonic --format csv` on all threads, collab binaries only.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

IGRAPH = r'''
import csv, sys, time, resource, igraph
rows = list(csv.reader(open(sys.argv[1], newline="")))[1:]
ids = {}
edges = [(ids.setdefault(a, len(ids)), ids.setdefault(b, len(ids))) for a, b, *rest in rows]
g = igraph.Graph(n=len(ids), edges=edges).simplify()
w0, c0 = time.perf_counter(), time.process_time()
b = g.betweenness()
print(time.perf_counter() - w0, time.process_time() - c0, max(b))
'''

PYCSV = r'''
import csv, sys, time
w0, c0 = time.perf_counter(), time.process_time()
n = 0
with open(sys.argv[1], newline="") as f:
    for row in csv.reader(f):
        n += 1
print(time.perf_counter() - w0, time.process_time() - c0, n)
'''


def load_average():
    return os.getloadavg()[0]


def child(command):
    """Runs a command; returns (wall, cpu, peak KB, stdout) of that child alone."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss, out


def measured(command):
    """Runs a command through /usr/bin/time for its own peak RSS (ru_maxrss of children is a max)."""
    load = load_average()
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M"] + command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, check=True, text=True)
    wall = time.perf_counter() - start
    user, system, peak = result.stderr.strip().splitlines()[-1].split()
    return load, wall, float(user) + float(system), int(peak), result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--collab", action="append", default=[], help="name=path of a collab binary")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--betweenness", action="append", default=[])
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--no-igraph", action="store_true")
    parser.add_argument("--path-measures", action="append", default=[],
                        help="a graph for `collab centrality --measures betweenness,closeness,harmonic` "
                             "(all threads, no igraph run): the European-scale report's path measures")
    parser.add_argument("--load", action="append", default=[])
    parser.add_argument("--two-line")
    args = parser.parse_args()
    binaries = [entry.split("=", 1) for entry in args.collab]
    print("| rep | what | load avg | wall s | CPU s | peak KB | check |")
    print("|---|---|---|---|---|---|---|")
    for rep in range(1, args.reps + 1):
        for path in args.betweenness:
            graph = os.path.basename(path)
            for name, binary in binaries:
                for threads in args.threads.split(","):
                    load, wall, cpu, peak, out = measured([binary, "centrality", path, "--measures", "betweenness",
                                                           "--threads", threads, "--format", "csv"])
                    check = max(float(line.split(",")[-1]) for line in out.splitlines()[1:])
                    print(f"| {rep} | {graph} collab {name} {threads} thr | {load:.1f} | {wall:.3f} | {cpu:.3f} | {peak} | {check:.10f} |", flush=True)
            if not args.no_igraph:
                load = load_average()
                out = subprocess.run([args.python, "-c", IGRAPH, path], stdout=subprocess.PIPE, check=True, text=True).stdout
                wall, cpu, top = out.split()
                n = None
                print(f"| {rep} | {graph} igraph betweenness (in-process) | {load:.1f} | {float(wall):.3f} | {float(cpu):.3f} | | raw max {float(top):.1f} |", flush=True)
        for path in args.path_measures:
            graph = os.path.basename(os.path.normpath(path))
            for name, binary in binaries:
                load, wall, cpu, peak, out = measured([binary, "centrality", path, "--measures",
                                                       "betweenness,closeness,harmonic", "--format", "csv"])
                check = max(float(line.split(",")[1]) for line in out.splitlines()[1:])
                print(f"| {rep} | {graph} collab {name} betweenness+closeness+harmonic, all threads | {load:.1f} | {wall:.3f} | {cpu:.3f} | {peak} | {check:.10f} |", flush=True)
        for path in args.load:
            name_file = os.path.basename(path)
            for name, binary in binaries:
                load, wall, cpu, peak, out = measured([binary, "info", path, "--format", "json"])
                base = ""
                if args.two_line:
                    _, _, _, peak2, _ = measured([binary, "info", args.two_line, "--format", "json"])
                    base = f" (two-line file {peak2} KB)"
                print(f"| {rep} | {name_file} collab {name} info | {load:.1f} | {wall:.3f} | {cpu:.3f} | {peak}{base} | |", flush=True)
            load = load_average()
            out = subprocess.run([args.python, "-c", PYCSV, path], stdout=subprocess.PIPE, check=True, text=True).stdout
            wall, cpu, n = out.split()
            print(f"| {rep} | {name_file} Python csv iteration (in-process) | {load:.1f} | {float(wall):.3f} | {float(cpu):.3f} | | rows {n} |", flush=True)


if __name__ == "__main__":
    main()
