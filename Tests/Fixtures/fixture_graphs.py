"""Loading a dataset folder (nodes.csv, edges.csv) the way CollabGraph's collapsed view
reads it, for the reference scripts: actors in nodes.csv order with their attributes,
parallel records summed into one tie (weight 1 when the column is empty or absent),
self-loops left out (as path and brokerage measures leave them out)."""
import csv
import datetime
import os
import re
import sys

import networkx as nx

# NetworkX sums some measures (effective size, constraint) over sets of string node ids,
# whose order follows Python's per-process string hashing; fix the hash seed so that the
# fixtures come out the same bytes on every run (the scripts re-execute themselves once).
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def normalise(name):
    """RelationLadder.normalise: lower-case, `_`/`-`/white space folded to one space."""
    return re.sub(r"[\s_\-]+", " ", name.lower()).strip()


def parse_day(text, last):
    """A date of the data format (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as its first day, or
    its last with `last`; None for an empty field."""
    if not text:
        return None
    parts = text.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        day = int(parts[2])
    elif last:
        nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
        day = (nxt - datetime.timedelta(days=1)).day
    else:
        day = 1
    return datetime.date(year, month, day)


def load_collapsed(folder, directed):
    """(G, ids): a Graph or DiGraph of `folder` (relative to the repository root) and the
    actor ids in load order."""
    folder = os.path.join(ROOT, folder)
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8-sig") as f:
        nodes = list(csv.DictReader(f))
    G = nx.DiGraph() if directed else nx.Graph()
    for row in nodes:
        G.add_node(row["id"], **{k: v for k, v in row.items() if k != "id" and v != ""})
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            s, t = row["source"], row["target"]
            if s == t:
                continue
            w = float(row["weight"]) if row.get("weight") else 1.0
            if G.has_edge(s, t):
                G[s][t]["weight"] += w
            else:
                G.add_edge(s, t, weight=w)
    return G, [row["id"] for row in nodes]


def write_fixture(folder, name, value):
    """Writes `value` as sorted, indented JSON to `folder`/`name` (folder created)."""
    import json
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w") as f:
        json.dump(value, f, indent=1, sort_keys=True)
        f.write("\n")


def write_reference(kind, name, value):
    """Writes `value` as Tests/Fixtures/reference/<kind>/<name>.json, keys in insertion
    order (indented, one trailing newline)."""
    import json
    out = os.path.join(ROOT, "Tests", "Fixtures", "reference", kind)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(value, f, indent=1)
        f.write("\n")
