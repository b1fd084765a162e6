"""Small interchange files written by NetworkX and igraph (and UCINET DL files in the
layouts UCINET's documentation and R's sna::write.dl use), with what each library says is
in them, for Tests/CollabGraphTests/IO/InteropFixtureTests.swift.

Run with a Python that has NetworkX 3.6.1 and python-igraph 1.0:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install igraph networkx
    /tmp/venv/bin/python Tests/Fixtures/interop/make_interop_fixtures.py

Writes the files beside this script and expected.json: for each file the actors (ids in
the order collab should read them), the number of tie records and memberships, the
summed weight, the declared direction and a few attribute values, all computed from the
library's own graph object (nothing typed in by hand). The DL files are written here
because neither library writes DL; their expectations come from the matrices they are
written from.
"""
import json
import os

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


expected = {}


def expect(name, actors, records, weight, directed, memberships=0, attributes=None, types=None):
    expected[name] = {
        "actors": actors,
        "records": records,
        "memberships": memberships,
        "weight": weight,
        "directed": directed,
        # {actor id: {attribute: value}} for a few actors.
        "attributes": attributes or {},
        # sorted relation type names, when the format carries them
        "types": types or [],
    }


# --- NetworkX ---------------------------------------------------------------------------

# Florentine families as GML (NetworkX dialect: label = node name), with a node attribute,
# a weight and an edge attribute holding characters GML must escape.
G = nx.florentine_families_graph()
for i, n in enumerate(G.nodes):
    G.nodes[n]["wealth_rank"] = i + 1
for i, (u, v) in enumerate(G.edges):
    G[u][v]["weight"] = 1 + (i % 3)
    G[u][v]["note"] = 'marriage & "alliance" é'
nx.write_gml(G, path("nx_florentine.gml"))
expect("nx_florentine.gml", list(G.nodes), G.number_of_edges(),
       sum(d["weight"] for _, _, d in G.edges(data=True)), False,
       attributes={n: {"wealth_rank": str(G.nodes[n]["wealth_rank"])} for n in list(G.nodes)[:3]})

# Karate club as GEXF 1.2 (NetworkX's default), with the club attribute and weights.
K = nx.karate_club_graph()
K = nx.relabel_nodes(K, {n: f"m{n}" for n in K.nodes})
nx.write_gexf(K, path("nx_karate.gexf"))
expect("nx_karate.gexf", list(K.nodes), K.number_of_edges(),
       sum(d["weight"] for _, _, d in K.edges(data=True)), False,
       attributes={n: {"club": K.nodes[n]["club"]} for n in ["m0", "m9", "m33"]})

# A dynamic multigraph as GEXF: parallel records with dates (NetworkX's start/end).
D = nx.MultiDiGraph()
D.graph["mode"] = "dynamic"
D.add_node("college", label="City College")
D.add_node("employer", label="Employer & Co")
D.add_edge("college", "employer", weight=2.0, start="2016-01-01", end="2016-12-31")
D.add_edge("college", "employer", weight=1.0, start="2017-03-01", end="2017-03-31")
D.add_edge("employer", "college", weight=3.0, start="2018-05-01", end="2018-06-30")
nx.write_gexf(D, path("nx_dynamic.gexf"))
expect("nx_dynamic.gexf", list(D.nodes), D.number_of_edges(),
       sum(d["weight"] for _, _, d in D.edges(data=True)), True)

# Les Misérables as Pajek (NetworkX writes names as labels, weights on *Edges lines).
L = nx.les_miserables_graph()
nx.write_pajek(L, path("nx_lesmis.net"))
expect("nx_lesmis.net", list(L.nodes), L.number_of_edges(),
       sum(d["weight"] for _, _, d in L.edges(data=True)), False)

# Davis southern women as GraphML (two-mode as a one-mode edge list; bipartite attribute).
W = nx.davis_southern_women_graph()
W.graph.clear()  # its "top" and "bottom" lists are not GraphML data
nx.write_graphml(W, path("nx_davis.graphml"))
expect("nx_davis.graphml", list(W.nodes), W.number_of_edges(), float(W.number_of_edges()), False,
       attributes={"Evelyn Jefferson": {"bipartite": "0"}, "E1": {"bipartite": "1"}})

# --- igraph -----------------------------------------------------------------------------

# Zachary with vertex names and integer weights in GML, Pajek and GraphML.
Z = ig.Graph.Famous("Zachary")
Z.vs["name"] = [f"z{i}" for i in range(Z.vcount())]
Z.vs["faction"] = ["a" if i % 2 == 0 else "b" for i in range(Z.vcount())]
Z.es["weight"] = [1 + (i % 4) for i in range(Z.ecount())]
Z.write_gml(path("ig_zachary.gml"))
Z.write_pajek(path("ig_zachary.net"))
Z.write_graphml(path("ig_zachary.graphml"))
for name in ["ig_zachary.gml", "ig_zachary.net"]:
    attrs = {} if name.endswith(".net") else {"z0": {"faction": "a"}, "z1": {"faction": "b"}}
    expect(name, Z.vs["name"], Z.ecount(), float(sum(Z.es["weight"])), False, attributes=attrs)
# GraphML keeps igraph's node ids (n0, n1, ...) and "name" as data, as NetworkX reads it.
ids = [f"n{i}" for i in range(Z.vcount())]
expect("ig_zachary.graphml", ids, Z.ecount(), float(sum(Z.es["weight"])), False,
       attributes={"n0": {"faction": "a", "name": "z0"}, "n1": {"faction": "b", "name": "z1"}})

# A directed igraph graph with a self-loop and parallel edges, as GML.
P = ig.Graph(directed=True)
P.add_vertices(4)
P.vs["name"] = ["p0", "p1", "p2", "p3"]
P.add_edges([(0, 1), (0, 1), (1, 2), (2, 2), (3, 0)])
P.es["weight"] = [1.5, 2.5, 1.0, 4.0, 0.5]
P.write_gml(path("ig_parallel.gml"))
expect("ig_parallel.gml", P.vs["name"], P.ecount(), float(sum(P.es["weight"])), True)

# --- UCINET DL, written here from matrices -----------------------------------------------

labels = ["ann", "bob", "cat", "dan"]
sym = [[0, 2, 1, 0], [2, 0, 0, 3], [1, 0, 0, 1], [0, 3, 1, 0]]
asym = [[0, 1, 0, 0], [0, 0, 2, 0], [1, 0, 0, 0], [0, 0, 5, 0]]


def cells(m):
    return [(i, j, m[i][j]) for i in range(len(m)) for j in range(len(m[i])) if m[i][j] != 0]


with open(path("dl_fullmatrix_labels.dl"), "w") as f:
    f.write("DL N=4\nFORMAT = FULLMATRIX\nLABELS:\n" + ",".join(labels) + "\nDATA:\n")
    for row in sym:
        f.write(" ".join(str(x) for x in row) + "\n")
pairs = [(i, j, w) for i, j, w in cells(sym) if i <= j]
expect("dl_fullmatrix_labels.dl", labels, len(pairs), float(sum(w for _, _, w in pairs)), False)

with open(path("dl_fullmatrix_embedded.dl"), "w") as f:
    f.write("dl n=4 format=fullmatrix\nlabels embedded\ndata:\n")
    f.write("      " + " ".join(labels) + "\n")
    for name, row in zip(labels, asym):
        f.write(name + " " + " ".join(str(x) for x in row) + "\n")
expect("dl_fullmatrix_embedded.dl", labels, len(cells(asym)), float(sum(w for _, _, w in cells(asym))), True)

women = ["w1", "w2", "w3"]
events = ["e1", "e2", "e3", "e4"]
attend = [[1, 1, 0, 1], [0, 1, 1, 0], [1, 0, 0, 1]]
with open(path("dl_twomode.dl"), "w") as f:
    f.write("DL NR=3, NC=4\nFORMAT = FULLMATRIX\nROW LABELS:\n" + " ".join(women) + "\nCOLUMN LABELS:\n" + " ".join(events) + "\nDATA:\n")
    for row in attend:
        f.write(" ".join(str(x) for x in row) + "\n")
expect("dl_twomode.dl", women + events, 0, 0.0, None, memberships=len(cells(attend)))

# sna::write.dl's layout: one-line header with nm, quoted labels, matrix labels, edges,
# '!' between matrices.
relations = {"advice": asym, "friendship": sym}
with open(path("dl_sna_edgelist1.dl"), "w") as f:
    f.write(f"DL n = {len(labels)}, nm = {len(relations)}, format = edgelist1\n")
    f.write("labels:\n" + ",".join(f'"{x}"' for x in labels) + "\n")
    f.write("matrix labels:\n" + ",".join(f'"{x}"' for x in relations) + "\n")
    f.write("data:\n")
    for k, m in enumerate(relations.values()):
        for i, j, w in cells(m):
            f.write(f"{i + 1} {j + 1} {w} \n")
        if k < len(relations) - 1:
            f.write("!\n")
allcells = [c for m in relations.values() for c in cells(m)]
expect("dl_sna_edgelist1.dl", labels, len(allcells), float(sum(w for _, _, w in allcells)), True,
       types=sorted(relations))

# nodelist1 without labels: actors are numbered.
lists = {1: [2, 3], 2: [3], 4: [1, 2, 3]}
with open(path("dl_nodelist1.dl"), "w") as f:
    f.write("dl n=4\nformat=nodelist1\ndata:\n")
    for i, targets in lists.items():
        f.write(f"{i} " + " ".join(str(t) for t in targets) + "\n")
count = sum(len(t) for t in lists.values())
expect("dl_nodelist1.dl", ["1", "2", "3", "4"], count, float(count), True)

with open(path("expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print("wrote", len(expected), "fixtures")
