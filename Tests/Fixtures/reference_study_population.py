#!/usr/bin/env python3
"""Reference centrality over the actors of the tie network, from NetworkX 3.6.1.

Networks known only from memberships (projects, forums, boards that appear only as the
`network` of memberships.csv: no tie record, member of nothing) are not actors of the tie
view. Centrality is normalised over the other actors: this script builds the collapsed
view of those actors alone (parallel records summed, self-loops left out, the conventions
of reference_centrality.py, whose helpers it reuses) and computes every measure there.

Writes into Tests/Fixtures/reference/study-population/:
- memberships-only.json: the hand-made graph graphs/memberships-only (9 actors of the tie
  network, 3 projects known only from memberships), all measures in four variants
  (undirected/directed x unweighted/weighted), like the centrality fixtures, with `ids` the
  tie network's actors and `left_out` the membership-only networks;
- london.json, when the shared CORDIS London data is present ($CORDIS_LONDON, default
  /work/shared/datasets/cordis-h2020/london): only reference numbers (betweenness,
  closeness and harmonic centrality of the 454 organisations, undirected and unweighted, as
  the report shows them). The data itself is never copied into the repository.

Run: /work/venv/bin/python Tests/Fixtures/reference_study_population.py   (deterministic)
"""
import csv
import json
import os
import sys
import warnings

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_centrality as rc  # noqa: E402

ROOT = rc.ROOT
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "study-population")
HAND = "Tests/Fixtures/reference/study-population/graphs/memberships-only"
LONDON = os.environ.get("CORDIS_LONDON", "/work/shared/datasets/cordis-h2020/london")


def membership_only(folder, ids, records):
    """Networks of memberships that are members of nothing and in no tie record, in id order."""
    path = os.path.join(folder, "memberships.csv")
    if not os.path.exists(path):
        return []
    networks, members = set(), set()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            networks.add(row["network"])
            members.add(row["member"])
    in_ties = {s for s, _, _ in records} | {t for _, t, _ in records}
    return [v for v in ids if v in networks and v not in members and v not in in_ties]


def read(folder):
    ids, records = rc.read_folder(folder)
    left_out = membership_only(os.path.join(ROOT, folder), ids, records)
    kept = [v for v in ids if v not in set(left_out)]
    return ids, kept, left_out, records


def write(name, fixture):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")


def hand_made():
    ids, kept, left_out, records = read(HAND)
    variants = []
    for directed in (False, True):
        for weighted in (False, True):
            v = rc.variant(kept, records, directed, weighted)
            v.pop("sampled_betweenness", None)
            variants.append(v)
    write("memberships-only", {
        "graph": HAND,
        "generator": "Tests/Fixtures/reference_study_population.py, NetworkX " + nx.__version__,
        "all_ids": ids,
        "left_out": left_out,
        "ids": kept,
        "variants": variants,
    })
    print(f"memberships-only: {len(kept)} actors of the tie network, {len(left_out)} left out", file=sys.stderr)


def london():
    if not os.path.isdir(LONDON):
        print(f"london: {LONDON} not found, london.json left as it is", file=sys.stderr)
        return
    ids, kept, left_out, records = read(LONDON)
    G = rc.simple_view(kept, records, directed=False)
    bc = nx.betweenness_centrality(G, normalized=True)
    cc = nx.closeness_centrality(G)
    hc = nx.harmonic_centrality(G)
    write("london", {
        "graph": "cordis-h2020/london (shared data, not in the repository)",
        "generator": "Tests/Fixtures/reference_study_population.py, NetworkX " + nx.__version__,
        "actors": len(ids),
        "left_out_count": len(left_out),
        "ids": kept,
        "betweenness": [bc[v] for v in kept],
        "closeness": [cc[v] for v in kept],
        "harmonic": [float(hc[v]) for v in kept],
    })
    print(f"london: {len(kept)} actors of the tie network, {len(left_out)} left out", file=sys.stderr)


if __name__ == "__main__":
    warnings.simplefilter("ignore", RuntimeWarning)
    hand_made()
    london()
