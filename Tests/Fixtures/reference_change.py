#!/usr/bin/env python3
"""Reference values for the change family (collab change): an independent recomputation,
from the edge records, of everything a transition between two waves reports.

Run from the repository root with the project's reference environment (NetworkX 3.6.1,
scikit-learn 1.9.1):
    /work/venv/bin/python Tests/Fixtures/reference_change.py
Writes Tests/Fixtures/reference/change/<name>.json (deterministic: same bytes every run).
Only the computed values are committed, never the data: national_uk is read from
../shared/datasets/cordis-h2020/national_uk when it is there (skipped otherwise), and the
Swift test that reads its fixture skips when the data is absent.

What is recomputed, from nodes.csv (actor order = row order, as the Swift loader) and the
records of edges.csv, per wave (a window [low, high] of days; a record is in the wave unless
it starts after `high` or ends before `low`; undated ends are open, as TimeWindow.contains):
- the wave's ties: arcs (directed) or unordered pairs (undirected) of distinct actors with a
  record in the wave; its actors: those with such a tie;
- per transition: kept (N11), gained (N01), lost (N10), Hamming N01 + N10, Jaccard
  N11 / (N01 + N10 + N11) (Snijders, van de Bunt & Steglich 2010), the actors entered and
  left (ids), and FNV-1a 64-bit checksums of the gained and lost tie lists ("i j\n" lines of
  actor indices in (i, j) order), so that the full lists are checked without storing them;
- pairs present in both waves: the deepest rung of their records' types on the built-in
  ladder in each wave (the table of RelationLadder.builtIn, types normalised the same way),
  as a 4 x 4 table (unrated, engagement, exchange, co-production), the pairs that deepened
  and weakened, and (directed data) one-way <-> two-way moves;
- catalysis: for each focus actor, its partners of the eligible kind and the ties among them
  in each wave, and the ties among partners gained and lost;
- community continuity with the connected components of each wave as the partition (a
  deterministic partition both sides compute the same way): scikit-learn
  normalized_mutual_info_score and adjusted_rand_score over the actors present in both
  waves, and the matching of Greene, Doyle & Cunningham (2010) with Jaccard >= 0.3 between
  member sets (continued, split, merged, dissolved, emerged), components numbered in order of
  their lowest actor index;
- brokers (east-london only): NetworkX betweenness_centrality (normalised) and, with
  nodes=list(G), effective_size and constraint on the undirected, unweighted reading of each
  wave; the top 5 risers and fallers among the actors present in both waves (constraint:
  a fall is a rise in brokerage), ordered by the change then by actor index.
"""
import csv
import datetime
import json
import os
import re

import networkx as nx

from fixture_graphs import normalise, parse_day
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "change")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "datasets", "cordis-h2020"))

# RelationLadder.builtIn (the rungs are the model's own table; the aggregation is independent).
LADDER = {}
for t in ["talk", "visit", "information", "careers event", "careers talk", "guest lecture", "advice",
          "funding", "regulation", "consultation", "networking", "event", "sponsorship",
          "commissioning", "reporting", "membership"]:
    LADDER[t] = 1
for t in ["placement", "work placement", "apprenticeship", "live project", "internship",
          "work experience", "mentoring", "training", "training needs analysis", "recruitment",
          "industry project", "referral"]:
    LADDER[t] = 2
for t in ["co design", "co teaching", "co assessment", "co delivery", "co construction",
          "shared facilities", "shared resources", "staff development", "steering group",
          "joint bid", "curriculum design", "joint research"]:
    LADDER[t] = 3

THRESHOLD = 0.3


def load(folder):
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8-sig") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8-sig") as f:
        records = list(csv.DictReader(f))
    return nodes, records


def fnv1a(lines):
    h = 0xcbf29ce484222325
    for line in lines:
        for b in line.encode("utf-8"):
            h ^= b
            h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "016x")


def wave_records(records, index, low, high):
    out = []
    for r in records:
        start, end = parse_day(r.get("start", ""), False), parse_day(r.get("end", ""), True)
        if start is not None and start > high:
            continue
        if end is not None and end < low:
            continue
        out.append((index[r["source"]], index[r["target"]], normalise(r.get("type", "") or "")))
    return out


def ties_of(recs, directed):
    ties = set()
    for s, t, _ in recs:
        if s == t:
            continue
        ties.add((s, t) if directed else (min(s, t), max(s, t)))
    return ties


def pairs_of(recs):
    """Unordered pair -> (deepest rung or 0, forward records?, backward records?)."""
    pairs = {}
    for s, t, typ in recs:
        if s == t:
            continue
        u, v = min(s, t), max(s, t)
        depth, fwd, bwd = pairs.get((u, v), (0, False, False))
        rung = LADDER.get(typ, 0) if typ else 0
        depth = max(depth, rung)
        if s == u:
            fwd = True
        else:
            bwd = True
        pairs[(u, v)] = (depth, fwd, bwd)
    return pairs


def components_labels(n, ties):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(ties)
    labels = [-1] * n
    comps = sorted((sorted(c) for c in nx.connected_components(G) if len(c) > 1), key=lambda c: c[0])
    for k, c in enumerate(comps):
        for a in c:
            labels[a] = k
    return labels


def continuity(before, after):
    both = [i for i in range(len(before)) if before[i] >= 0 and after[i] >= 0]
    a = [before[i] for i in both]
    b = [after[i] for i in both]
    out = {"actors_in_both": len(both)}
    if len(both) >= 2:
        out["nmi"] = float(normalized_mutual_info_score(a, b, average_method="arithmetic"))
        out["ari"] = float(adjusted_rand_score(a, b))
    members_b, members_a = {}, {}
    for i, c in enumerate(before):
        if c >= 0:
            members_b.setdefault(c, set()).add(i)
    for i, c in enumerate(after):
        if c >= 0:
            members_a.setdefault(c, set()).add(i)
    matches = []
    for c in sorted(members_b):
        for d in sorted(members_a):
            inter = len(members_b[c] & members_a[d])
            if inter == 0:
                continue
            j = inter / len(members_b[c] | members_a[d])
            if j >= THRESHOLD:
                matches.append((c, d, j))
    fwd = {c: [d for (x, d, _) in matches if x == c] for c in members_b}
    bwd = {d: [c for (c, y, _) in matches if y == d] for d in members_a}
    out["matches"] = [{"before": c, "after": d, "jaccard": j} for c, d, j in matches]
    out["continued"] = [[c, d] for c, d, _ in matches if len(fwd[c]) == 1 and len(bwd[d]) == 1]
    out["splits"] = [[c, sorted(fwd[c])] for c in sorted(members_b) if len(fwd[c]) >= 2]
    out["merges"] = [[d, sorted(bwd[d])] for d in sorted(members_a) if len(bwd[d]) >= 2]
    out["dissolved"] = [c for c in sorted(members_b) if not fwd[c]]
    out["emerged"] = [d for d in sorted(members_a) if not bwd[d]]
    return out


def brokers(n, tb, ta, present_both, ids, count=5):
    def measures(ties):
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(ties)
        bet = nx.betweenness_centrality(G, normalized=True)
        present = [v for v in G if G.degree(v) > 0]
        eff = nx.effective_size(G, nodes=present)
        con = nx.constraint(G, nodes=present)
        return bet, eff, con
    bb, eb, cb = measures(tb)
    ba, ea, ca = measures(ta)
    out = {}
    for name, before, after, sign in (("betweenness", bb, ba, 1), ("effective_size", eb, ea, 1),
                                      ("constraint", cb, ca, -1)):
        changes = [(v, before[v], after[v]) for v in present_both]
        rising = sorted([c for c in changes if sign * (c[2] - c[1]) > 0], key=lambda c: (-sign * (c[2] - c[1]), c[0]))
        falling = sorted([c for c in changes if sign * (c[2] - c[1]) < 0], key=lambda c: (sign * (c[2] - c[1]), c[0]))
        out[name] = {
            "compared": len(changes),
            "rising": [{"id": ids[v], "before": b, "after": a} for v, b, a in rising[:count]],
            "falling": [{"id": ids[v], "before": b, "after": a} for v, b, a in falling[:count]],
        }
    return out


def reference(name, folder, waves, directed, focus_kind, partner_kind, focus_count, with_brokers):
    nodes, records = load(folder)
    ids = [r["id"] for r in nodes]
    kind = [r.get("kind", "") for r in nodes]
    index = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    per_wave = []
    for label, low, high in waves:
        recs = wave_records(records, index, low, high)
        ties = ties_of(recs, directed)
        und = ties_of(recs, False)
        present = sorted({a for e in und for a in e})
        per_wave.append({"label": label, "records": recs, "ties": ties, "undirected": und,
                         "present": set(present), "pairs": pairs_of(recs)})
    # Focus actors: the `focus_count` actors of `focus_kind` with the most partners of
    # `partner_kind` over all waves together (ties by index).
    all_und = set().union(*(w["undirected"] for w in per_wave))
    partners_all = {}
    for u, v in all_und:
        partners_all.setdefault(u, set()).add(v)
        partners_all.setdefault(v, set()).add(u)
    focus = sorted((i for i in range(n) if kind[i] == focus_kind),
                   key=lambda i: (-sum(1 for p in partners_all.get(i, ()) if kind[p] == partner_kind), i))[:focus_count]
    out = {
        "name": name, "directed": directed, "actors": n,
        "partner_kind": partner_kind, "focus": [ids[f] for f in focus],
        "waves": [], "transitions": [],
    }
    for w in per_wave:
        out["waves"].append({"label": w["label"], "ties": len(w["ties"]), "actors": len(w["present"]),
                             "pairs": len(w["pairs"])})
    for k in range(len(per_wave) - 1):
        a, b = per_wave[k], per_wave[k + 1]
        kept = len(a["ties"] & b["ties"])
        gained = sorted(b["ties"] - a["ties"])
        lost = sorted(a["ties"] - b["ties"])
        union = kept + len(gained) + len(lost)
        t = {
            "from": a["label"], "to": b["label"],
            "kept": kept, "gained": len(gained), "lost": len(lost),
            "hamming": len(gained) + len(lost),
            "jaccard": kept / union if union else None,
            "gained_checksum": fnv1a(f"{i} {j}\n" for i, j in gained),
            "lost_checksum": fnv1a(f"{i} {j}\n" for i, j in lost),
            "actors_entered": [ids[i] for i in sorted(b["present"] - a["present"])],
            "actors_left": [ids[i] for i in sorted(a["present"] - b["present"])],
        }
        # Ladder and direction moves of pairs in both waves.
        table = [[0] * 4 for _ in range(4)]
        deepened, weakened = [], []
        two_way, one_way, stayed_one, stayed_two = [], [], 0, 0
        for pair in sorted(set(a["pairs"]) & set(b["pairs"])):
            (da, fa, ba_), (db, fb, bb_) = a["pairs"][pair], b["pairs"][pair]
            table[da][db] += 1
            if da and db and da != db:
                (deepened if db > da else weakened).append([ids[pair[0]], ids[pair[1]], da, db])
            ra, rb = fa and ba_, fb and bb_
            if not ra and rb:
                two_way.append([ids[pair[0]], ids[pair[1]]])
            elif ra and not rb:
                one_way.append([ids[pair[0]], ids[pair[1]]])
            elif ra and rb:
                stayed_two += 1
            else:
                stayed_one += 1
        t["pairs_in_both"] = sum(map(sum, table))
        t["depth_transitions"] = table
        t["deepened"] = deepened
        t["weakened"] = weakened
        if directed:
            t["became_two_way"] = two_way
            t["became_one_way"] = one_way
            t["stayed_one_way"] = stayed_one
            t["stayed_two_way"] = stayed_two
        # Catalysis.
        catalysis = []
        for f in focus:
            def partners(w):
                return sorted({v for u, v in w["undirected"] if u == f} | {u for u, v in w["undirected"] if v == f})
            pa = [p for p in partners(a) if kind[p] == partner_kind and p != f]
            pb = [p for p in partners(b) if kind[p] == partner_kind and p != f]
            among_a = {(u, v) for u, v in a["undirected"] if u in pa and v in pa}
            among_b = {(u, v) for u, v in b["undirected"] if u in pb and v in pb}
            catalysis.append({
                "focus": ids[f],
                "partners_before": len(pa), "ties_before": len(among_a),
                "partners_after": len(pb), "ties_after": len(among_b),
                "gained": len([e for e in among_b if e not in a["undirected"]]),
                "lost": len([e for e in among_a if e not in b["undirected"]]),
            })
        t["catalysis"] = catalysis
        t["communities"] = continuity(components_labels(n, a["undirected"]), components_labels(n, b["undirected"]))
        if with_brokers:
            both = sorted(a["present"] & b["present"])
            t["brokers"] = brokers(n, a["undirected"], b["undirected"], both, ids)
        out["transitions"].append(t)
    return out


def year(y):
    return (str(y), datetime.date(y, 1, 1), datetime.date(y, 12, 31))


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


def main():
    east = os.path.join(ROOT, "Datasets", "east-london")
    waves = [year(2016), year(2017), year(2018)]
    write("east-london", reference("east-london", east, waves, True, "anchor", "sme", 4, True))
    write("east-london-undirected", reference("east-london", east, waves, False, "anchor", "sme", 4, False))
    national = os.path.join(SHARED, "national_uk")
    if os.path.exists(os.path.join(national, "edges.csv")):
        waves = [year(y) for y in range(2014, 2027)]
        write("national_uk", reference("national_uk", national, waves, False, "anchor", "employer", 3, False))
    else:
        print("national_uk not found: its fixture is left as it is")


if __name__ == "__main__":
    main()
