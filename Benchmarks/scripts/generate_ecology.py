#!/usr/bin/env python3
"""A seeded synthetic research ecology at European scale, in the dataset-folder format that
`scripts/import-cordis` writes (nodes.csv, memberships.csv, edges.csv, meta.json).

The shape is that of H2020 participation data (the numbers it aims at: 35.9k organisations,
31.5k projects, ~145k participations, 1.09M tie records over ~800k distinct pairs):

- **Organisations** have a heavy-tailed activity: weight = Pareto(alpha 1.1), so a few
  hundred universities and research centres join hundreds of projects each and most firms
  join one or two. Kind and sector follow the CORDIS activity types in their H2020 shares
  (PRC employer/business 49%, REC provider/research 17%, HES anchor/education 12%,
  PUB public/public 8%, OTH network/other 14%); the busiest organisations are mostly HES/REC.
  Each has a country (28 EU/EEA codes, weighted by population-ish shares) as locality.
- **Projects** are consortia: 47% single-beneficiary grants (ERC, MSCA, SME instrument);
  the rest draw a size from a log-normal (median 5.8, sigma 0.7, capped at 40), and 0.5% are
  large coordination and support actions or flagships of 40–115 partners: a few huge, many
  small. Members are drawn in proportion to activity, without repeats; the first member is
  the coordinator.
- **Ties**: as the importer writes them, one record per project shared by two
  organisations, weight 1, the project's dates, type `coordination` when either of the two
  coordinates that project, else `joint project`. Undirected co-participation.

Usage: generate_ecology.py OUT_FOLDER [--organisations 35900] [--projects 31500] [--seed 2026]
Deterministic: the same arguments write the same bytes (Python's `random.Random(seed)`).
Python standard library only; about 20 s and 120 MB for the default size.
"""
import argparse
import bisect
import itertools
import json
import math
import os
import random
import sys

KINDS = [  # (activity type, kind, sector, share)
    ("PRC", "employer", "business", 0.49),
    ("REC", "provider", "research", 0.17),
    ("HES", "anchor", "education", 0.12),
    ("PUB", "public", "public", 0.08),
    ("OTH", "network", "other", 0.14),
]
COUNTRIES = [("DE", 16), ("ES", 14), ("IT", 13), ("FR", 12), ("UK", 12), ("NL", 8), ("BE", 6), ("EL", 5),
             ("PT", 4), ("SE", 4), ("AT", 4), ("DK", 3), ("FI", 3), ("IE", 3), ("PL", 3), ("CH", 4),
             ("NO", 3), ("CZ", 2), ("HU", 2), ("SI", 2), ("RO", 2), ("IL", 2), ("CY", 1), ("EE", 1),
             ("LT", 1), ("LV", 1), ("SK", 1), ("BG", 1)]
PROGRAMMES = [("H2020 Excellent Science: ERC", 0.12), ("H2020 Excellent Science: MSCA", 0.22),
              ("H2020 Industrial Leadership: LEIT", 0.18), ("H2020 Industrial Leadership: SME instrument", 0.10),
              ("H2020 Societal Challenges: Health", 0.10), ("H2020 Societal Challenges: Energy", 0.09),
              ("H2020 Societal Challenges: Transport", 0.07), ("H2020 Societal Challenges: Climate", 0.06),
              ("H2020 Excellent Science: Research Infrastructures", 0.04), ("H2020 Spreading Excellence", 0.02)]
SYLLABLES = ["an", "bel", "cor", "dan", "el", "fen", "gal", "hol", "ir", "jun", "kor", "lum", "mar", "nor",
             "ost", "pel", "quin", "ros", "sel", "tar", "ul", "ven", "wal", "xen", "yor", "zel"]
SUFFIX = {"employer": ["GmbH", "SA", "SRL", "BV", "Ltd", "AB", "Oy", "SpA"],
          "provider": ["Research Centre", "Institute", "Foundation for Research"],
          "anchor": ["University", "Technical University", "University College"],
          "public": ["Regional Agency", "City Council", "Ministry of Research"],
          "network": ["Association", "Network", "Cluster"]}


def weighted_choice(rng, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for item, w in items:
        x -= w
        if x < 0:
            return item
    return items[-1][0]


def generate(organisations, projects, seed):
    rng = random.Random(seed)
    # Organisations: activity weight, kind, country, name.
    weights = [rng.paretovariate(1.1) for _ in range(organisations)]
    ranked = sorted(range(organisations), key=lambda i: -weights[i])
    busiest = set(ranked[: organisations // 50])
    nodes, info = [], []
    for i in range(organisations):
        if i in busiest:
            kind_row = weighted_choice(rng, [(KINDS[2], 0.55), (KINDS[1], 0.35), (KINDS[0], 0.05), (KINDS[3], 0.05)])
        else:
            kind_row = weighted_choice(rng, [(k, k[3]) for k in KINDS])
        country = weighted_choice(rng, COUNTRIES)
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        label = f"{name} {rng.choice(SUFFIX[kind_row[1]])} ({country})"
        pic = str(900000000 + i * 7 + 11)
        nodes.append([pic, label, kind_row[1], kind_row[2], country, "national"])
        info.append(pic)
    cumulative = list(itertools.accumulate(weights))
    total = cumulative[-1]

    def draw(count):
        chosen, seen = [], set()
        while len(chosen) < count:
            j = bisect.bisect_right(cumulative, rng.random() * total)
            j = min(j, organisations - 1)
            if j not in seen:
                seen.add(j)
                chosen.append(j)
        return chosen

    memberships, edges, project_nodes = [], [], []
    for p in range(projects):
        rcn = 190000 + p
        u = rng.random()
        if u < 0.47:
            size = 1
        elif u < 0.995:
            size = max(2, min(40, int(round(math.exp(rng.gauss(math.log(5.8), 0.7))))))
        else:
            size = rng.randint(40, 115)
        start_year = 2014 + rng.randint(0, 6)
        start = f"{start_year}-{rng.randint(1, 12):02d}-01"
        end = f"{start_year + rng.randint(1, 5)}-{rng.randint(1, 12):02d}-28"
        programme = weighted_choice(rng, PROGRAMMES)
        pid = f"project-{rcn}"
        project_nodes.append([pid, f"H2020 project RCN {rcn}", "network", programme, "", "project"])
        members = draw(size)
        for k, m in enumerate(members):
            memberships.append([info[m], pid, start, end])
        coordinator = members[0]
        ordered = sorted(members)
        for a in range(len(ordered)):
            for b in range(a + 1, len(ordered)):
                x, y = ordered[a], ordered[b]
                kind = "coordination" if coordinator in (x, y) else "joint project"
                edges.append((info[x], info[y], kind, start, end))
    # Organisations that joined nothing are dropped, as the importer lists only participants.
    joined = {m[0] for m in memberships}
    nodes = [n for n in nodes if n[0] in joined]
    return nodes + project_nodes, memberships, edges


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output")
    parser.add_argument("--organisations", type=int, default=70000,
                        help="organisations drawn (those that join no project are left out; default 70,000 gives ~34k)")
    parser.add_argument("--projects", type=int, default=31500)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    nodes, memberships, edges = generate(args.organisations, args.projects, args.seed)
    os.makedirs(args.output, exist_ok=True)
    with open(os.path.join(args.output, "nodes.csv"), "w", encoding="utf-8") as f:
        f.write("id,label,kind,sector,locality,tier\n")
        for row in nodes:
            f.write(",".join(row) + "\n")
    with open(os.path.join(args.output, "memberships.csv"), "w", encoding="utf-8") as f:
        f.write("member,network,start,end\n")
        for row in memberships:
            f.write(",".join(row) + "\n")
    with open(os.path.join(args.output, "edges.csv"), "w", encoding="utf-8") as f:
        f.write("source,target,weight,type,start,end\n")
        for s, t, kind, start, end in edges:
            f.write(f"{s},{t},1,{kind},{start},{end}\n")
    meta = {"directed": False, "title": "Synthetic European research ecology",
            "description": f"Seeded synthetic H2020-shaped ecology (generate_ecology.py, seed {args.seed})",
            "source": "Benchmarks/scripts/generate_ecology.py", "license": "CC0"}
    with open(os.path.join(args.output, "meta.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(meta, indent=2) + "\n")
    organisations = sum(1 for n in nodes if n[5] != "project")
    pairs = len({(e[0], e[1]) for e in edges})
    print(f"{organisations} organisations, {len(nodes) - organisations} projects, {len(memberships)} memberships, "
          f"{len(edges)} tie records over {pairs} pairs -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
