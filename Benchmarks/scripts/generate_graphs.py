#!/usr/bin/env python3
"""Seeded collaboration-like benchmark graphs, written as edge CSVs (source,target).

Holme-Kim preferential attachment with triadic closure (P. Holme and B. J. Kim, "Growing
scale-free networks with tunable clustering", Phys. Rev. E 65, 026107, 2002,
doi:10.1103/PhysRevE.65.026107), the model of NetworkX's `powerlaw_cluster_graph(n, m, p)`
rewritten here without per-step set copies so that 200k actors take seconds: start from m
isolated actors; each new actor makes m ties, the first to an actor chosen in proportion to
degree (uniformly from the list of tie ends), each following one with probability p to a
random partner of the previous target (triadic closure, when one is free), otherwise again by
preferential attachment. Ids are 0..n-1; every graph is connected; output is deterministic.

Usage: generate_graphs.py OUT_FOLDER
Writes hk-20k.csv (20,000 actors, m = 5: ~100k ties, p = 0.3) and hk-200k.csv (200,000
actors, m = 5: ~1M ties, p = 0.3), skipping files that already exist.
"""
import os
import random
import sys


def holme_kim(n, m, p, seed):
    rng = random.Random(seed)
    neighbours = [[] for _ in range(n)]
    partner_sets = [set() for _ in range(n)]
    ends = []  # each actor once per tie end: uniform choice = preferential attachment
    edges = []

    def tie(a, b):
        neighbours[a].append(b)
        neighbours[b].append(a)
        partner_sets[a].add(b)
        partner_sets[b].add(a)
        ends.append(a)
        ends.append(b)
        edges.append((a, b))

    # The first new actor (m) joins all m initial actors, as in NetworkX.
    for target in range(m):
        tie(m, target)
    for source in range(m + 1, n):
        chosen = set()
        target = rng.choice(ends)
        chosen.add(target)
        tie(source, target)
        made = 1
        while made < m:
            if rng.random() < p:
                candidates = [x for x in neighbours[target] if x != source and x not in chosen]
                if candidates:
                    target = rng.choice(candidates)
                    chosen.add(target)
                    tie(source, target)
                    made += 1
                    continue
            target = rng.choice(ends)
            if target in chosen:
                continue
            chosen.add(target)
            tie(source, target)
            made += 1
    return edges


def write(path, edges):
    with open(path + ".tmp", "w") as f:
        f.write("source,target\n")
        f.writelines("%d,%d\n" % e for e in edges)
    os.replace(path + ".tmp", path)


RELATION_TYPES = ["placement", "talk", "co-design", "visit", "live project", "apprenticeship", "steering group"]


def write_records(path, records, actors, seed):
    """A dataset-like edges file: 1M typed, weighted, dated records over `actors` actors
    with slug ids (as collaboration data has), parallel records included."""
    rng = random.Random(seed)
    with open(path + ".tmp", "w") as f:
        f.write("source,target,type,weight,start,end\n")
        for i in range(records):
            a, b = rng.randrange(actors), rng.randrange(actors)
            month = rng.randint(1, 12)
            f.write("actor-%06d,actor-%06d,%s,%d,2017-%02d-%02d,2018-%02d-28\n"
                    % (a, b, RELATION_TYPES[i % len(RELATION_TYPES)], rng.randint(1, 5), month, rng.randint(1, 28), month))
    os.replace(path + ".tmp", path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
    os.makedirs(out, exist_ok=True)
    for name, n in (("hk-20k", 20_000), ("hk-200k", 200_000)):
        path = os.path.join(out, name + ".csv")
        if os.path.exists(path):
            continue
        edges = holme_kim(n, 5, 0.3, seed=20240)
        write(path, edges)
        print(f"wrote {path}: {n} actors, {len(edges)} ties", file=sys.stderr)
    path = os.path.join(out, "records-1m.csv")
    if not os.path.exists(path):
        write_records(path, 1_000_000, 100_000, seed=20241)
        print(f"wrote {path}: 1,000,000 records over 100,000 actors", file=sys.stderr)


if __name__ == "__main__":
    main()
