"""How NetworkX 3.6.1 and python-igraph 1.0 read each file of the shared interop samples
(../shared/datasets/interop-samples/: GraphML, GEXF, GML and Pajek files written by other
tools), for InteropSamplesTests.swift. Writes samples-reference.csv beside this script:
file, the node and edge counts (or the error) of NetworkX and of igraph, and the number of
<node>/<edge> elements at any depth for the XML formats. Only counts are stored, never the
files' content.

    /tmp/venv/bin/python Tests/Fixtures/interop/reference_samples.py [SAMPLES_FOLDER]
"""
import csv
import os
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SAMPLES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "datasets", "interop-samples")
warnings.simplefilter("ignore")


def networkx_counts(name):
    full = os.path.join(SAMPLES, name)
    if name.endswith(".graphml"):
        G = nx.read_graphml(full)
    elif name.endswith(".gexf"):
        head = open(full, encoding="utf-8", errors="replace").read(800)
        version = "1.3" if "gexf.net/1.3" in head else "1.1draft" if "1.1draft" in head else "1.2draft"
        G = nx.read_gexf(full, version=version)
    elif name.endswith(".gml"):
        G = nx.read_gml(full, label=None)
    else:
        G = nx.read_pajek(full)
    return G.number_of_nodes(), G.number_of_edges()


def igraph_counts(name):
    full = os.path.join(SAMPLES, name)
    if name.endswith(".graphml"):
        g = ig.Graph.Read_GraphML(full)
    elif name.endswith(".gml"):
        g = ig.Graph.Read_GML(full)
    elif name.endswith(".net"):
        g = ig.Graph.Read_Pajek(full)
    else:
        raise ValueError("igraph does not read GEXF")
    return g.vcount(), g.ecount()


def xml_counts(name):
    if not (name.endswith(".graphml") or name.endswith(".gexf")):
        return "", ""
    try:
        root = ET.parse(os.path.join(SAMPLES, name)).getroot()
    except ET.ParseError:
        return "", ""
    local = [e.tag.rsplit("}", 1)[-1] for e in root.iter()]
    return local.count("node"), local.count("edge")


rows = []
for name in sorted(os.listdir(SAMPLES)):
    if not name.endswith((".graphml", ".gexf", ".gml", ".net")):
        continue
    row = {"file": name}
    for tool, counts in [("nx", networkx_counts), ("igraph", igraph_counts)]:
        try:
            nodes, edges = counts(name)
            row.update({f"{tool}_nodes": nodes, f"{tool}_edges": edges, f"{tool}_error": ""})
        except Exception as e:  # the error is the reference's answer
            row.update({f"{tool}_nodes": "", f"{tool}_edges": "", f"{tool}_error": type(e).__name__})
    row["xml_nodes"], row["xml_edges"] = xml_counts(name)
    rows.append(row)

with open(os.path.join(HERE, "samples-reference.csv"), "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["file", "nx_nodes", "nx_edges", "nx_error", "igraph_nodes",
                                           "igraph_edges", "igraph_error", "xml_nodes", "xml_edges"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print("wrote", len(rows), "rows")
