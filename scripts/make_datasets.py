#!/usr/bin/env python3
"""Regenerate every dataset folder under Datasets/.

Run from the repository root:

    python3 scripts/make_datasets.py

Needs Python 3.9+ and NetworkX 3.x (tested with 3.6.1); uses only the stdlib csv module
and networkx. Deterministic: the classic datasets are copied from NetworkX in its own node
and edge order, and the synthetic east-london ecology comes from a seeded random.Random, so
rerunning gives byte-identical files.

Folders written (each with nodes.csv, edges.csv, optional memberships.csv, meta.json, README.md):
  Datasets/east-london/           illustrative (synthetic) ELVET-style collaboration ecology
  Datasets/karate/                Zachary's karate club
  Datasets/florentine/            Padgett's Florentine families (marriage ties)
  Datasets/davis-southern-women/  Davis, Gardner & Gardner's women x events (memberships)
  Datasets/les-miserables/        Knuth's Les Miserables co-appearances
and Datasets/README.md, a table of them all.

File format (read by the Swift loader):
  nodes.csv        id,label,kind,sector,locality,tier[,extras...]
  edges.csv        source,target,type,weight,start,end[,extras...]
  memberships.csv  member,network[,start,end,role]
CSV is UTF-8, LF line endings, header first, quoted only where RFC 4180 requires.
"""

import csv
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "Datasets")

SEED = 20160101  # the ELVET programme started in 2016

# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def fmt_weight(w):
    if isinstance(w, float) and w.is_integer():
        return str(int(w))
    return str(w)


def slug(text):
    s = text.lower().replace("&", " and ").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------------------------------
# Classic datasets from NetworkX
# ---------------------------------------------------------------------------------------

CLASSIC_LICENCE = (
    "Public research data as distributed with NetworkX (BSD 3-Clause licence for the "
    "distribution); cite the original study when you use it."
)


def make_karate():
    G = nx.karate_club_graph()
    folder = os.path.join(OUT, "karate")
    nodes = [(str(v), "Member %d" % v, "person", G.nodes[v]["club"]) for v in G.nodes()]
    write_csv(os.path.join(folder, "nodes.csv"), ["id", "label", "kind", "club"], nodes)
    edges = [(str(u), str(v), fmt_weight(d.get("weight", 1))) for u, v, d in G.edges(data=True)]
    write_csv(os.path.join(folder, "edges.csv"), ["source", "target", "weight"], edges)
    clubs = Counter(G.nodes[v]["club"] for v in G.nodes())
    write_text(os.path.join(folder, "README.md"), f"""# Zachary's karate club

The friendship network of a university karate club observed by Wayne Zachary in 1970–72,
which split into two clubs after a dispute between the instructor ("Mr. Hi") and the
club's officer ("John A.", here the `Officer` faction).

- **Source:** W. W. Zachary (1977), "An information flow model for conflict and fission in
  small groups", *Journal of Anthropological Research* 33(4):452–473. Copied from
  `networkx.karate_club_graph()` (NetworkX {nx.__version__}).
- **Licence:** {CLASSIC_LICENCE}
- **Counts:** {G.number_of_nodes()} actors, {G.number_of_edges()} ties (one record per
  tie), undirected.
- **Columns:** `id` is the NetworkX node number `0`…`33` (Zachary numbers members 1…34, so
  Zachary's member *k* is id *k*−1; id `0` is Mr. Hi, id `33` is John A.); `label` is
  `Member <id>`; `kind` is `person`; `club` is the faction each member joined after the
  split ({clubs['Mr. Hi']} `Mr. Hi`, {clubs['Officer']} `Officer`).
- **Weights:** NetworkX 3.x gives each tie a `weight` (1–7): Zachary's count of contexts in
  which the two members interacted. It is written to the `weight` column because that is
  what the data holds; unweighted analyses (the usual published values) ignore it.
- **What it illustrates:** the canonical test graph for centrality and community structure;
  the two leaders are the highest-degree and highest-betweenness actors, and the `club`
  column is a two-group attribute for Gould–Fernandez brokerage.
""")
    return dict(folder="karate", what="Zachary's karate club (friendships, 1970–72)",
                actors=G.number_of_nodes(), ties=G.number_of_edges(), directed="no",
                weighted="yes (interaction contexts, 1–7)",
                source="Zachary (1977), via NetworkX", licence="public research data; NetworkX BSD")


def make_florentine():
    G = nx.florentine_families_graph()
    folder = os.path.join(OUT, "florentine")
    write_csv(os.path.join(folder, "nodes.csv"), ["id", "label", "kind"],
              [(v, v, "family") for v in G.nodes()])
    write_csv(os.path.join(folder, "edges.csv"), ["source", "target"],
              [(u, v) for u, v in G.edges()])
    write_text(os.path.join(folder, "README.md"), f"""# Florentine families (marriage ties)

Marriage alliances among leading families of Renaissance Florence around 1430, the network
behind the account of the Medici's rise to power.

- **Source:** J. F. Padgett and C. K. Ansell (1993), "Robust action and the rise of the
  Medici, 1400–1434", *American Journal of Sociology* 98(6):1259–1319; data as coded in
  R. L. Breiger and P. E. Pattison (1986), "Cumulated social roles: the duality of persons
  and their algebras", *Social Networks* 8(3):215–256. Copied from
  `networkx.florentine_families_graph()` (NetworkX {nx.__version__}), which holds the
  marriage relation only (the Pucci family, with no marriage ties, is not included).
- **Licence:** {CLASSIC_LICENCE}
- **Counts:** {G.number_of_nodes()} actors, {G.number_of_edges()} ties (one record per
  tie), undirected, unweighted (no `weight` column: every tie counts 1).
- **Columns:** `id` and `label` are the family name; `kind` is `family`.
- **What it illustrates:** brokerage. The Medici sit on most shortest paths (normalised
  betweenness 0.522) and span structural holes between otherwise unconnected families.
""")
    return dict(folder="florentine", what="Florentine families, marriage ties (c. 1430)",
                actors=G.number_of_nodes(), ties=G.number_of_edges(), directed="no",
                weighted="no", source="Padgett & Ansell (1993); Breiger & Pattison (1986), via NetworkX",
                licence="public research data; NetworkX BSD")


def make_davis():
    G = nx.davis_southern_women_graph()
    folder = os.path.join(OUT, "davis-southern-women")
    women = [v for v in G.nodes() if G.nodes[v]["bipartite"] == 0]
    events = [v for v in G.nodes() if G.nodes[v]["bipartite"] == 1]
    rows = [(w, w, "person") for w in women] + [(e, "Event %s" % e, "network") for e in events]
    write_csv(os.path.join(folder, "nodes.csv"), ["id", "label", "kind"], rows)
    write_csv(os.path.join(folder, "edges.csv"), ["source", "target"], [])
    wset = set(women)
    mem = []
    for u, v in G.edges():
        w, e = (u, v) if u in wset else (v, u)
        mem.append((w, e))
    write_csv(os.path.join(folder, "memberships.csv"), ["member", "network"], mem)
    write_text(os.path.join(folder, "README.md"), f"""# Davis's Southern Women (two-mode)

Attendance of 18 women at 14 social events in a town in the US Deep South in the 1930s: the
classic two-mode (affiliation) network.

- **Source:** A. Davis, B. B. Gardner and M. R. Gardner (1941), *Deep South: A Social
  Anthropological Study of Caste and Class*, University of Chicago Press. Copied from
  `networkx.davis_southern_women_graph()` (NetworkX {nx.__version__}).
- **Licence:** {CLASSIC_LICENCE}
- **Counts:** {len(rows)} actors ({len(women)} women of kind `person`, then {len(events)}
  events of kind `network`), 0 ties (`edges.csv` is a header only), {len(mem)} memberships
  (attendances) in `memberships.csv`.
- **Columns:** `id` is the woman's name as NetworkX gives it (it contains spaces:
  quote it on the command line) or the event code `E1`…`E14`; events are labelled
  `Event E1`… Actors are listed women first, then events, in NetworkX's order;
  memberships in NetworkX's edge order (`member` = woman, `network` = event).
- **What it illustrates:** memberships and their projection onto co-membership ties
  (woman–woman ties weighted by the number of events attended together).
""")
    return dict(folder="davis-southern-women", what="Davis's Southern Women: 18 women × 14 events (two-mode)",
                actors=len(rows), ties="0 (+%d memberships)" % len(mem), directed="no",
                weighted="no", source="Davis, Gardner & Gardner (1941), via NetworkX",
                licence="public research data; NetworkX BSD")


def make_lesmis():
    G = nx.les_miserables_graph()
    folder = os.path.join(OUT, "les-miserables")
    write_csv(os.path.join(folder, "nodes.csv"), ["id", "label", "kind"],
              [(v, v, "person") for v in G.nodes()])
    write_csv(os.path.join(folder, "edges.csv"), ["source", "target", "weight"],
              [(u, v, fmt_weight(d["weight"])) for u, v, d in G.edges(data=True)])
    ws = [d["weight"] for _, _, d in G.edges(data=True)]
    write_text(os.path.join(folder, "README.md"), f"""# Les Misérables co-appearances

Characters of Victor Hugo's *Les Misérables*; a tie joins two characters who appear in the
same chapter, weighted by the number of such chapters.

- **Source:** D. E. Knuth (1993), *The Stanford GraphBase: A Platform for Combinatorial
  Computing*, Addison-Wesley (data file `jean.dat`). Copied from
  `networkx.les_miserables_graph()` (NetworkX {nx.__version__}).
- **Licence:** {CLASSIC_LICENCE}
- **Counts:** {G.number_of_nodes()} actors, {G.number_of_edges()} ties (one record per
  tie), undirected, weighted ({min(ws)}–{max(ws)}).
- **Columns:** `id` and `label` are the character names as NetworkX spells them (e.g.
  `Valjean`, `MmeThenardier`); `kind` is `person`.
- **What it illustrates:** weighted centrality (strength, weighted betweenness with
  distance = 1/weight) on a graph with a dominant hub (Valjean) and dense sub-plots.
""")
    return dict(folder="les-miserables", what="Les Misérables character co-appearances",
                actors=G.number_of_nodes(), ties=G.number_of_edges(), directed="no",
                weighted="yes (co-appearing chapters, %d–%d)" % (min(ws), max(ws)),
                source="Knuth (1993), via NetworkX", licence="public research data; NetworkX BSD")


# ---------------------------------------------------------------------------------------
# The illustrative East London ecology
# ---------------------------------------------------------------------------------------

DIG = "digital tech"
CRE = "creative industries"
HSC = "health and social care"
EDU = "education"
PUB = "public services"
XS = "cross-sector"

ENGAGEMENT = ["talk", "visit", "information", "careers event", "guest lecture", "advice",
              "funding", "regulation", "consultation", "networking"]
EXCHANGE = ["placement", "apprenticeship", "live project", "internship", "work experience",
            "mentoring", "training", "training needs analysis", "recruitment"]
COPRODUCTION = ["co-design", "co-teaching", "co-assessment", "co-delivery", "shared facilities",
                "shared resources", "staff development", "steering group", "joint bid",
                "curriculum design"]
LADDER = {t: "engagement" for t in ENGAGEMENT}
LADDER.update({t: "exchange" for t in EXCHANGE})
LADDER.update({t: "co-production" for t in COPRODUCTION})

PLACES = {
    "Tower Hamlets": ["Bow", "Poplar", "Limehouse", "Whitechapel", "Wapping", "Mile End",
                      "Bethnal Green", "Spitalfields", "Stepney", "Isle of Dogs", "Shadwell",
                      "Blackwall"],
    "Hackney": ["Shoreditch", "Hoxton", "Dalston", "Clapton", "Homerton", "Stoke Newington",
                "Hackney Wick", "London Fields", "De Beauvoir", "Haggerston", "Kingsland"],
    "Newham": ["Stratford", "Plaistow", "Canning Town", "East Ham", "Forest Gate", "Beckton",
               "Manor Park", "Custom House", "West Ham", "Silvertown", "Upton Park"],
    "Waltham Forest": ["Walthamstow", "Leyton", "Leytonstone", "Chingford", "Higham Hill",
                       "Wood Street"],
    "Barking and Dagenham": ["Barking", "Dagenham", "Becontree", "Chadwell Heath"],
    "Redbridge": ["Ilford", "Wanstead", "Woodford", "Seven Kings", "Gants Hill"],
    "Havering": ["Romford", "Hornchurch", "Upminster", "Rainham"],
}

DIGITAL_WORDS = ["Code Labs", "Digital", "Data", "Apps", "Systems", "Cloud", "Pixel Works",
                 "Logic", "Bytes", "Web Studio", "AI", "Robotics", "Analytics", "Software",
                 "Dev Studio", "Interactive", "Networks", "Cyber", "Fintech", "Games",
                 "UX", "Digital Agency"]
EDTECH_WORDS = ["EdTech", "Learning Apps", "Tutor Tech", "Classroom Labs", "Study Bytes",
                "Skills Tech", "Learning Labs"]
CREATIVE_WORDS = ["Print Studio", "Film Collective", "Sound", "Design", "Theatre Company",
                  "Photography", "Animation", "Gallery", "Fashion Studio", "Set Works",
                  "Music", "Media", "Illustration", "Craft Workshop", "Dance Company",
                  "Post-Production", "Events", "Radio", "Ceramics", "Architects",
                  "Publishing", "Costume Works"]
CAREHOME_PATTERNS = ["{p} Lodge Care Home", "{p} Court Nursing Home", "{p} House Care Home",
                     "{p} Care Centre", "{p} Gardens Residential Home", "{p} Manor Care Home"]
DOMICILIARY_PATTERNS = ["{p} Home Care", "{p} Care at Home", "{p} Supported Living"]

START = dt.date(2016, 1, 1)
END = dt.date(2018, 12, 31)


class Ecology:
    """Accumulates actors, tie records and memberships for the east-london dataset."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.actors = []          # dicts, in insertion order
        self.index = {}
        self.edges = []           # (source, target, type, weight, start, end)
        self.memberships = []     # (member, network, start, end, role)
        self.used_labels = set()

    # -- actors -------------------------------------------------------------------------
    def actor(self, id, label, kind, sector, locality, tier, size=""):
        assert id not in self.index, id
        assert tier in ("local", "subregional", "regional", "national"), tier
        self.index[id] = len(self.actors)
        self.actors.append(dict(id=id, label=label, kind=kind, sector=sector,
                                locality=locality, tier=tier, size=size))
        self.used_labels.add(label)
        return id

    def sme_name(self, borough, words, patterns=None):
        rng = self.rng
        for _ in range(1000):
            p = rng.choice(PLACES[borough])
            if patterns:
                label = rng.choice(patterns).format(p=p)
            else:
                label = "%s %s" % (p, rng.choice(words))
            if label not in self.used_labels:
                return label
        raise RuntimeError("ran out of names")

    def smes(self, n, sector, boroughs, words=None, patterns=None, sizes=("micro", "small")):
        out = []
        for _ in range(n):
            b = self.rng.choice(boroughs)
            label = self.sme_name(b, words, patterns)
            out.append(self.actor(slug(label), label, "sme", sector, b, "local",
                                  self.rng.choice(sizes)))
        return out

    # -- dates --------------------------------------------------------------------------
    def day(self, lo=START, hi=END):
        lo = max(lo, START)
        hi = min(hi, END)
        return lo + dt.timedelta(days=self.rng.randrange((hi - lo).days + 1))

    def span(self, kind, lo=START, hi=END):
        """(start, end) strings for a record of the given ladder level."""
        r = self.rng.random()
        if r < 0.04:
            return ("", "")                        # undated record (as in real returns)
        s = self.day(lo, hi)
        if kind == "engagement":
            e = s + dt.timedelta(days=self.rng.choice([0, 0, 0, 0, 1, 2]))
        elif kind == "exchange":
            e = s + dt.timedelta(days=self.rng.randint(14, 200))
        elif kind == "apprenticeship":
            e = s + dt.timedelta(days=self.rng.randint(365, 560))
        else:  # co-production: months to years
            if r > 0.95:
                return (s.isoformat(), "")         # ongoing, no end recorded
            e = s + dt.timedelta(days=self.rng.randint(90, 720))
        e = min(e, END)
        return (s.isoformat(), e.isoformat())

    # -- records ------------------------------------------------------------------------
    def tie(self, s, t, type, weight=None, lo=START, hi=END, dates=None):
        assert s in self.index and t in self.index, (s, t)
        assert s != t, s
        assert type in LADDER, type
        level = LADDER[type]
        if weight is None:
            weight = {"engagement": self.rng.choice([1, 1, 1, 2]),
                      "exchange": self.rng.choice([2, 2, 3]),
                      "co-production": self.rng.choice([3, 4, 4, 5])}[level]
        if dates is None:
            dates = self.span("apprenticeship" if type == "apprenticeship" else level, lo, hi)
        self.edges.append((s, t, type, weight, dates[0], dates[1]))

    def ties(self, s, t, types, **kw):
        for ty in types:
            self.tie(s, t, ty, **kw)

    def member(self, m, net, start="", end="", role="member"):
        assert m in self.index and net in self.index, (m, net)
        assert self.actors[self.index[net]]["kind"] == "network", net
        self.memberships.append((m, net, start, end, role))

    # -- relationship templates ---------------------------------------------------------
    def engage(self, college, org, n=None, types=("talk", "visit", "information", "careers event"),
               lo=START, hi=END):
        """One-way engagement records, college -> org (1-3 records, some parallel)."""
        rng = self.rng
        n = n or rng.choice([1, 1, 1, 2, 2, 3])
        for _ in range(n):
            self.tie(college, org, rng.choice(types), lo=lo, hi=hi)

    def exchange(self, college, org, types, n=None, lo=START, hi=END, back=0.3):
        rng = self.rng
        n = n or rng.choice([1, 1, 2])
        for _ in range(n):
            ty = rng.choice(types)
            if rng.random() < back:
                self.tie(org, college, ty, lo=lo, hi=hi)
            else:
                self.tie(college, org, ty, lo=lo, hi=hi)

    def coproduce(self, a, b, types_ab, types_ba, lo=START, hi=END):
        """Reciprocated deep tie: records in both directions."""
        for ty in types_ab:
            self.tie(a, b, ty, lo=lo, hi=hi)
        for ty in types_ba:
            self.tie(b, a, ty, lo=lo, hi=hi)


def d(y, m, day):
    return dt.date(y, m, day)


def iso(y, m, day):
    return dt.date(y, m, day).isoformat()


def build_east_london():
    E = Ecology(SEED)
    rng = E.rng
    A = E.actor

    # ---- anchors: FE college sites, universities, the hospital trust --------------------
    ncc_th = A("ncc-tower-hamlets", "New City College – Tower Hamlets", "anchor", EDU, "Tower Hamlets", "local")
    ncc_hk = A("ncc-hackney", "New City College – Hackney", "anchor", EDU, "Hackney", "local")
    newham = A("newham-college", "Newham College", "anchor", EDU, "Newham", "local")
    wfc = A("waltham-forest-college", "Waltham Forest College", "anchor", EDU, "Waltham Forest", "local")
    colleges = [ncc_th, ncc_hk, newham, wfc]
    ioe = A("ucl-ioe", "UCL Institute of Education", "anchor", EDU, "Camden", "regional")
    uel = A("uel", "University of East London", "anchor", EDU, "Newham", "regional")
    qmul = A("qmul", "Queen Mary University of London", "anchor", EDU, "Tower Hamlets", "regional")
    nhs = A("east-thames-nhs", "East Thames Health NHS Trust", "anchor", HSC, "Newham", "subregional", "large")

    # ---- public bodies -----------------------------------------------------------------
    boroughs = {}
    for b in ["Newham", "Tower Hamlets", "Hackney", "Waltham Forest", "Barking and Dagenham",
              "Redbridge", "Havering"]:
        boroughs[b] = A("lb-" + slug(b).replace("-and-", "-"), "London Borough of " + b,
                        "public", PUB, b, "local")
    gla = A("gla", "Greater London Authority", "public", PUB, "Central London", "regional")
    lcouncils = A("london-councils", "London Councils", "public", PUB, "Central London", "regional")
    esfa = A("esfa", "Education and Skills Funding Agency", "public", PUB, "Outside London", "national")
    ofsted = A("ofsted", "Ofsted", "public", PUB, "Outside London", "national")
    cqc = A("cqc", "Care Quality Commission", "public", PUB, "Outside London", "national")
    ifa = A("ifa", "Institute for Apprenticeships", "public", PUB, "Outside London", "national")
    jcp = A("jobcentre-plus-east", "Jobcentre Plus East London", "public", PUB, "East London", "subregional")

    # ---- networks: alliances, boards, sector bodies, forums, meetups ---------------------
    elba = A("elba", "East London Business Alliance", "network", XS, "Tower Hamlets", "subregional")
    llseb = A("local-london-seb", "Local London Skills and Employment Board", "network", XS, "East London", "subregional")
    clfseb = A("clf-seb", "Central London Forward Skills and Employment Board", "network", XS, "Central London", "subregional")
    hpsn = A("east-london-hpsn", "East London High Progression and Skills Network (pilot)", "network", XS, "East London", "subregional")
    aoc = A("aoc-london", "Association of Colleges London Region", "network", EDU, "Central London", "regional")
    sfc = A("skills-for-care", "Skills for Care", "network", HSC, "Outside London", "national")
    skillset = A("creative-skillset", "Creative Skillset", "network", CRE, "Central London", "national")
    dandad = A("dandad", "D&AD", "network", CRE, "Central London", "national")
    technation = A("tech-nation", "Tech Nation", "network", DIG, "Central London", "national")
    fsb = A("fsb-london", "Federation of Small Businesses London", "network", XS, "Central London", "regional")
    chamber = A("el-chamber", "East London Chamber of Commerce", "network", XS, "East London", "subregional")
    cforum = A("hackney-creative-forum", "Hackney Creative Employers Forum", "network", CRE, "Hackney", "local")
    careforum = A("newham-care-forum", "Newham Care Providers Forum", "network", HSC, "Newham", "local")
    techcity = A("tech-city-meetup", "East London Tech City Meetup", "network", DIG, "Hackney", "local")
    witeast = A("women-in-tech-east", "Women in Tech East", "network", DIG, "Tower Hamlets", "local")
    edtechm = A("edtech-east-meetup", "EdTech East Meetup", "network", DIG, "Tower Hamlets", "local")
    makers = A("stratford-makers", "Stratford Makers Meetup", "network", CRE, "Newham", "local")

    # ---- large employers ---------------------------------------------------------------
    big_dig = [
        A("citypoint-digital", "Citypoint Digital Services", "employer", DIG, "City of London", "regional", "large"),
        A("docklands-fintech", "Docklands Fintech Group", "employer", DIG, "Tower Hamlets", "national", "large"),
        A("olympic-park-data", "Olympic Park Data Centres", "employer", DIG, "Newham", "regional", "large"),
        A("eastgate-telecom", "Eastgate Telecom", "employer", DIG, "City of London", "national", "large"),
        A("leaside-games", "Leaside Games Studio", "employer", DIG, "Hackney", "regional", "medium"),
        A("wharfside-cyber", "Wharfside Cyber Security", "employer", DIG, "Tower Hamlets", "regional", "medium"),
    ]
    big_cre = [
        A("east-bank-broadcasting", "East Bank Broadcasting", "employer", CRE, "Newham", "national", "large"),
        A("kingsland-theatre", "Kingsland Theatre Company", "employer", CRE, "Hackney", "regional", "medium"),
        A("riverside-publishing", "Riverside Publishing House", "employer", CRE, "Tower Hamlets", "national", "large"),
        A("stratford-events", "Stratford Events and Exhibitions", "employer", CRE, "Newham", "regional", "medium"),
        A("wick-film-studios", "Wick Film Studios", "employer", CRE, "Hackney", "regional", "medium"),
    ]
    careway = A("careway-homes", "Careway Homes Group", "employer", HSC, "Havering", "national", "large")
    forestcare = A("forest-care-group", "Forest Care Group", "employer", HSC, "Waltham Forest", "regional", "medium")
    homeshare = A("homeshare-care", "Homeshare Domiciliary Care", "employer", HSC, "Newham", "regional", "medium")
    jpm = A("jpmorgan-chase-foundation", "JPMorgan Chase Foundation", "employer", XS, "City of London", "national", "large")

    # ---- SMEs ----------------------------------------------------------------------------
    TH, HK, NW, WF = "Tower Hamlets", "Hackney", "Newham", "Waltham Forest"
    edtech = E.smes(6, DIG, [TH], EDTECH_WORDS, sizes=("micro",))              # on campus at ncc-th
    dig_reached = E.smes(30, DIG, [TH, TH, HK, HK, NW, WF], DIGITAL_WORDS, sizes=("micro", "small", "small", "medium"))
    dig_elba_only = E.smes(5, DIG, [TH, NW, "Barking and Dagenham"], DIGITAL_WORDS)
    dig_wit_only = E.smes(4, DIG, [TH, HK], DIGITAL_WORDS, sizes=("micro",))
    dig_meetup_only = E.smes(3, DIG, [HK], DIGITAL_WORDS, sizes=("micro",))
    assistive = E.actor("newham-assistive-tech", "Newham Assistive Tech", "sme", DIG, NW, "local", "micro")
    dig_isolate = E.smes(1, DIG, [WF], DIGITAL_WORDS, sizes=("micro",))

    cre_reached = E.smes(24, CRE, [HK, HK, TH, NW, WF], CREATIVE_WORDS, sizes=("micro", "micro", "small", "medium"))
    cre_wfc_only = E.smes(3, CRE, [WF], CREATIVE_WORDS)
    cre_forum_only = E.smes(5, CRE, [HK], CREATIVE_WORDS, sizes=("micro",))
    cre_makers_only = E.smes(4, CRE, [NW], CREATIVE_WORDS, sizes=("micro",))
    cre_collective = E.smes(3, CRE, [WF], CREATIVE_WORDS, sizes=("micro",))     # separate component
    cre_peer_only = E.smes(4, CRE, [HK, TH], CREATIVE_WORDS, sizes=("micro",))
    cre_isolates = E.smes(2, CRE, [TH, NW], CREATIVE_WORDS, sizes=("micro",))

    care_newham = (E.smes(14, HSC, [NW], patterns=CAREHOME_PATTERNS, sizes=("small", "medium"))
                   + E.smes(6, HSC, [NW], patterns=DOMICILIARY_PATTERNS, sizes=("micro", "small")))
    care_beyond = E.smes(7, HSC, ["Barking and Dagenham", "Redbridge", WF], patterns=CAREHOME_PATTERNS, sizes=("small", "medium"))
    care_havering = E.smes(3, HSC, ["Havering"], patterns=CAREHOME_PATTERNS, sizes=("small", "medium"))
    care_sfc_only = E.smes(2, HSC, ["Redbridge", NW], patterns=CAREHOME_PATTERNS, sizes=("small",))
    care_dom_provider = E.smes(2, HSC, [NW, "Barking and Dagenham"], patterns=DOMICILIARY_PATTERNS, sizes=("micro",))
    care_isolate = E.smes(1, HSC, ["Redbridge"], patterns=CAREHOME_PATTERNS, sizes=("small",))

    # ---- schools, providers, community ---------------------------------------------------
    schools = {
        "poplar-riverside-academy": ("Poplar Riverside Academy", TH),
        "bethnal-green-technical-school": ("Bethnal Green Technical School", TH),
        "clapton-park-school": ("Clapton Park School", HK),
        "dalston-community-academy": ("Dalston Community Academy", HK),
        "stratford-park-academy": ("Stratford Park Academy", NW),
        "canning-town-school": ("Canning Town School", NW),
        "east-ham-sixth-form": ("East Ham Sixth Form", NW),
        "leyton-green-school": ("Leyton Green School", WF),
        "walthamstow-forest-academy": ("Walthamstow Forest Academy", WF),
        "becontree-heath-academy": ("Becontree Heath Academy", "Barking and Dagenham"),
    }
    for sid, (label, loc) in schools.items():
        A(sid, label, "school", EDU, loc, "local")
    school_ids = list(schools)
    bootcamp = A("code-east-bootcamp", "Code East Bootcamp", "provider", DIG, TH, "local", "small")
    caretrain = A("east-end-care-training", "East End Care Training", "provider", HSC, NW, "local", "small")
    wicktrain = A("wick-creative-training", "Wick Creative Training", "provider", CRE, HK, "local", "micro")
    apphub = A("east-london-apprenticeship-hub", "East London Apprenticeship Hub", "provider", XS, NW, "subregional", "small")
    poplar_ct = A("poplar-community-trust", "Poplar Community Trust", "community", XS, TH, "local")
    carers = A("newham-carers-network", "Newham Carers Network", "community", HSC, NW, "local")
    youthhub = A("hackney-youth-hub", "Hackney Youth Hub", "community", XS, HK, "local")
    leyton_wc = A("leyton-womens-centre", "Leyton Women's Centre", "community", XS, WF, "local")

    T, TS = E.tie, E.ties

    # =================================================================================
    # Programme governance and vertical ties
    # =================================================================================
    T(jpm, ioe, "funding", 5, dates=(iso(2016, 1, 4), iso(2018, 12, 31)))
    for c in colleges:
        T(jpm, c, "funding", 3, dates=(iso(2016, 3, 1), iso(2018, 7, 31)))
        # the research centre as critical friend: reciprocated and deep
        T(ioe, c, "steering group", 4, dates=(iso(2016, 3, 1), iso(2018, 12, 31)))
        T(ioe, c, "staff development", rng.choice([3, 4]), lo=d(2016, 4, 1), hi=d(2017, 12, 31))
        T(c, ioe, "consultation", 2, lo=d(2016, 3, 1), hi=d(2018, 10, 31))
        T(c, ioe, "information", 1, lo=d(2016, 6, 1), hi=d(2018, 10, 31))
        # funding agency: one allocation record per academic year (parallel records)
        for y in (2016, 2017, 2018):
            T(esfa, c, "funding", 4, dates=(iso(y, 8, 1), iso(min(y + 1, 2018), 7, 31) if y < 2018 else iso(2018, 12, 31)))
        T(ofsted, c, "regulation", 2, lo=d(2016, 9, 1), hi=d(2018, 6, 30))
        T(aoc, c, "networking", 1)
        T(c, aoc, "information", 1)
        T(aoc, c, "staff development", 3, lo=d(2016, 9, 1), hi=d(2018, 6, 30))
    T(ofsted, ncc_th, "regulation", 2, dates=(iso(2018, 2, 6), iso(2018, 2, 9)))   # re-inspection after merger
    T(ioe, aoc, "co-delivery", 4, dates=(iso(2016, 3, 1), iso(2018, 12, 31)))
    T(aoc, ioe, "steering group", 3, dates=(iso(2016, 3, 1), iso(2018, 12, 31)))
    T(ioe, gla, "consultation", 2, lo=d(2017, 6, 1), hi=d(2018, 6, 30))
    T(ioe, uel, "networking", 1)
    T(ioe, qmul, "networking", 1)
    T(ioe, hpsn, "co-design", 5, dates=(iso(2018, 1, 15), ""))
    T(ioe, lcouncils, "consultation", 1)

    # The two New City College sites merged in August 2016
    for a_, b_ in ((ncc_th, ncc_hk), (ncc_hk, ncc_th)):
        T(a_, b_, "shared resources", 4, dates=(iso(2016, 8, 1), iso(2018, 12, 31)))
        T(a_, b_, "staff development", 3, lo=d(2016, 9, 1), hi=d(2018, 6, 30))
    T(ncc_th, ncc_hk, "steering group", 4, dates=(iso(2016, 8, 1), iso(2018, 12, 31)))
    # College C researched partnership models for the others
    for c in (ncc_th, ncc_hk, newham):
        E.coproduce(wfc, c, ["consultation", "shared resources"], ["information", "staff development"],
                    lo=d(2016, 9, 1))
    E.coproduce(wfc, ioe, ["co-design"], ["co-design", "advice"], lo=d(2016, 6, 1), hi=d(2017, 6, 30))

    # GLA, boroughs, boards
    for c in colleges:
        T(gla, c, "funding", 3, lo=d(2017, 9, 1), hi=d(2018, 9, 30))
    T(gla, llseb, "funding", 3, dates=(iso(2017, 4, 1), iso(2018, 12, 31)))
    T(gla, clfseb, "funding", 3, dates=(iso(2017, 4, 1), iso(2018, 12, 31)))
    T(gla, elba, "consultation", 1)
    T(gla, uel, "consultation", 1)
    T(gla, lcouncils, "steering group", 3, dates=(iso(2016, 1, 1), iso(2018, 12, 31)))
    T(lcouncils, gla, "steering group", 3, dates=(iso(2016, 1, 1), iso(2018, 12, 31)))
    for b, bid in boroughs.items():
        T(gla, bid, "consultation", 1, lo=d(2016, 6, 1), hi=d(2018, 3, 31))
        T(lcouncils, bid, "networking", 1)
        T(bid, lcouncils, "steering group", 2, dates=(iso(2016, 1, 1), iso(2018, 12, 31)))
    for net, bs, cs in ((llseb, ["Newham", "Waltham Forest", "Barking and Dagenham", "Redbridge", "Havering"], [newham, wfc, uel]),
                        (clfseb, ["Tower Hamlets", "Hackney"], [ncc_th, ncc_hk, qmul])):
        for b in bs:
            T(boroughs[b], net, "steering group", 3, dates=(iso(2017, 3, 1), iso(2018, 12, 31)))
        for c in cs:
            T(net, c, "steering group", 3, dates=(iso(2017, 3, 1), iso(2018, 12, 31)))
            T(c, net, "consultation", 2, lo=d(2017, 3, 1))
    T(llseb, hpsn, "consultation", 2, lo=d(2018, 1, 15))
    T(hpsn, llseb, "steering group", 3, dates=(iso(2018, 2, 1), ""))
    T(jcp, llseb, "steering group", 2, dates=(iso(2017, 3, 1), iso(2018, 12, 31)))
    # colleges and their home boroughs: two-way, consultative
    for c, b in ((ncc_th, "Tower Hamlets"), (ncc_hk, "Hackney"), (newham, "Newham"), (wfc, "Waltham Forest")):
        T(boroughs[b], c, "consultation", 2)
        T(c, boroughs[b], "consultation", 2)
        T(boroughs[b], c, "steering group", 3, lo=d(2016, 1, 1), hi=d(2017, 12, 31))
    T(boroughs["Newham"], newham, "co-design", 4, lo=d(2017, 1, 1), hi=d(2018, 6, 30))  # care workforce plan
    T(newham, boroughs["Newham"], "co-design", 4, lo=d(2017, 1, 1), hi=d(2018, 6, 30))
    T(boroughs["Barking and Dagenham"], newham, "consultation", 1, lo=d(2018, 1, 1))
    # apprenticeship reform: the national institute consults large employers
    for emp in big_dig[:3] + [nhs, careway, big_cre[0]]:
        T(ifa, emp, "consultation", 2, lo=d(2017, 4, 1))
    for c in colleges:
        T(ifa, c, "information", 1, lo=d(2017, 4, 1))
    for c in colleges:
        T(jcp, c, "information", 1)
    T(jcp, newham, "recruitment", 2, lo=d(2017, 1, 1))
    T(jcp, careway, "recruitment", 2)
    T(jcp, homeshare, "recruitment", 2)
    T(apphub, jcp, "information", 1)

    # =================================================================================
    # College A, Site 1: digital tech (New City College – Tower Hamlets)
    # =================================================================================
    dig_types = ["placement", "work experience", "live project", "apprenticeship", "mentoring", "internship"]
    for s in edtech:                                   # micro ed-tech firms on the campus
        E.engage(ncc_th, s, n=1, types=("talk", "information"), lo=d(2016, 3, 1), hi=d(2016, 12, 31))
        T(ncc_th, s, "shared facilities", rng.choice([3, 4]), lo=d(2016, 3, 1), hi=d(2016, 12, 31))
        E.coproduce(ncc_th, s,
                    rng.sample(["live project", "co-design", "work experience"], rng.choice([1, 2])),
                    rng.sample(["co-teaching", "guest lecture", "placement", "curriculum design"], rng.choice([1, 2, 3])),
                    lo=d(2016, 6, 1))
    levels = [0] * 22 + [1] * 8
    rng.shuffle(levels)
    for s, lvl in zip(dig_reached, levels):
        E.engage(ncc_th, s, lo=d(2016, 3, 1))
        if lvl >= 1:
            E.exchange(ncc_th, s, dig_types, lo=d(2016, 9, 1), back=0.25)
    for s in dig_reached[:12]:                          # reached through ELBA as well
        T(elba, s, rng.choice(["networking", "information"]), 1)
    for s in dig_reached[12:17]:                        # College C's research interviews
        T(wfc, s, rng.choice(["consultation", "talk"]), 1, lo=d(2016, 9, 1), hi=d(2017, 12, 31))
    for s in dig_reached[17:23]:
        T(s, techcity, "networking", 1)
    for i in range(8):                                   # SME-to-SME subcontracting
        a_, b_ = rng.sample(dig_reached + edtech, 2)
        T(a_, b_, rng.choice(["live project", "networking", "shared resources"]))
    # the alliance route (ELBA): deep, reciprocated
    E.coproduce(ncc_th, elba, ["networking", "joint bid", "steering group"], ["information", "steering group", "co-design"],
                lo=d(2016, 4, 1))
    T(elba, ncc_th, "networking", 1, lo=d(2017, 1, 1))   # repeated: parallel records
    T(elba, ncc_th, "networking", 1, lo=d(2018, 1, 1))
    T(elba, newham, "information", 1)
    T(newham, elba, "networking", 1)
    for s in dig_elba_only:
        T(elba, s, "networking", 1)
        T(s, elba, rng.choice(["information", "talk"]), 1)
    T(dig_elba_only[0], dig_elba_only[1], "live project", 2)
    for emp in big_dig:
        T(elba, emp, "networking", 1)
        T(emp, elba, "steering group", 3, lo=d(2016, 1, 1), hi=d(2017, 6, 30))
    # City employers: staff development for their employees through workshops for students
    for emp in big_dig:
        T(ncc_th, emp, rng.choice(["talk", "visit"]), 1, lo=d(2016, 3, 1))
        T(emp, ncc_th, "guest lecture", 2)
        if emp in big_dig[:4]:
            T(emp, ncc_th, "staff development", 3, lo=d(2016, 9, 1))
            T(ncc_th, emp, rng.choice(["work experience", "placement"]), 2, lo=d(2016, 9, 1))
            T(emp, ncc_th, "mentoring", 2)
        T(emp, qmul, rng.choice(["recruitment", "internship"]), 2)
    T(big_dig[0], ncc_th, "co-design", 4, lo=d(2017, 1, 1))        # apprenticeship standard co-designed
    T(ncc_th, big_dig[0], "co-design", 4, lo=d(2017, 1, 1))
    T(big_dig[1], ncc_th, "apprenticeship", 3, lo=d(2017, 9, 1), hi=d(2017, 10, 31))
    T(big_dig[1], uel, "internship", 2)
    T(big_dig[2], uel, "placement", 2)
    T(uel, big_dig[2], "live project", 2)
    # meetups: networking spaces for staff and students
    for m in (techcity, witeast, edtechm):
        T(ncc_th, m, "networking", 1)
        T(ncc_th, m, "networking", 1, lo=d(2017, 1, 1))
    T(edtechm, ncc_th, "guest lecture", 2)
    for s in edtech:
        T(edtechm, s, "networking", 1)
    for s in dig_wit_only:                              # reached only through the meetup
        T(witeast, s, "networking", 1)
        T(s, witeast, rng.choice(["talk", "networking"]), 1)
    T(dig_wit_only[0], dig_wit_only[1], "mentoring", 2)
    T(dig_wit_only[2], dig_wit_only[3], "live project", 2)
    for s in dig_meetup_only:
        T(techcity, s, "networking", 1)
    T(dig_meetup_only[0], dig_meetup_only[1], "shared resources", 2)
    T(dig_meetup_only[1], dig_meetup_only[0], "shared resources", 2)
    T(techcity, big_dig[4], "networking", 1)
    T(technation, techcity, "networking", 1)
    T(technation, ncc_th, "information", 1)
    T(technation, big_dig[1], "networking", 1)
    E.coproduce(bootcamp, ncc_th, ["co-delivery"], ["shared facilities"], lo=d(2017, 1, 1))
    T(bootcamp, dig_reached[0], "recruitment", 2)
    T(bootcamp, dig_reached[1], "placement", 2)
    # assistive technology: the only digital tie into social care, and a weak one
    T(newham, assistive, "talk", 1, dates=(iso(2016, 10, 12), iso(2016, 10, 12)))
    T(assistive, newham, "information", 1, dates=(iso(2017, 2, 3), iso(2017, 2, 3)))

    # =================================================================================
    # College A, Site 2: creative industries (New City College – Hackney)
    # =================================================================================
    levels = [0] * 17 + [1] * 6 + [2] * 1
    rng.shuffle(levels)
    for s, lvl in zip(cre_reached, levels):
        E.engage(ncc_hk, s, lo=d(2016, 3, 1))
        if lvl >= 1:
            E.exchange(ncc_hk, s, ["live project", "work experience", "apprenticeship", "placement"],
                       lo=d(2016, 9, 1), back=0.15)
        if lvl == 2:
            E.coproduce(ncc_hk, s, ["shared facilities"], ["curriculum design", "co-design"], lo=d(2017, 1, 1))
    for s in cre_reached[:10]:
        T(s, cforum, "networking", 1)
    for s in cre_reached[10:13]:
        T(wfc, s, rng.choice(["consultation", "talk"]), 1, lo=d(2016, 9, 1), hi=d(2017, 12, 31))
    for s in cre_reached[13:17]:
        T(makers, s, "networking", 1)
    for i in range(6):
        a_, b_ = rng.sample(cre_reached, 2)
        T(a_, b_, rng.choice(["networking", "live project", "shared resources"]))
    # the termly college-employer forum set up by the college
    T(ncc_hk, cforum, "steering group", 4, dates=(iso(2016, 9, 14), iso(2018, 12, 31)))
    T(cforum, ncc_hk, "consultation", 2, dates=(iso(2016, 12, 7), iso(2016, 12, 7)))
    T(cforum, ncc_hk, "consultation", 2, dates=(iso(2017, 3, 22), iso(2017, 3, 22)))
    T(cforum, ncc_hk, "consultation", 2, dates=(iso(2017, 7, 5), iso(2017, 7, 5)))
    T(cforum, ncc_hk, "consultation", 2, dates=(iso(2018, 3, 14), iso(2018, 3, 14)))
    for s in cre_forum_only:
        T(cforum, s, "networking", 1)
    T(cre_forum_only[0], cre_forum_only[1], "co-design", 3)
    T(cre_forum_only[1], cre_forum_only[0], "co-design", 3)
    for s in cre_makers_only:
        T(makers, s, "networking", 1)
    T(cre_makers_only[2], cre_makers_only[3], "shared facilities", 3)
    T(ncc_hk, makers, "networking", 1)
    T(uel, makers, "networking", 1)
    # the collective: a separate component, reached by nobody
    a_, b_, c_ = cre_collective
    T(a_, b_, "shared facilities", 4)
    T(b_, a_, "shared facilities", 4)
    T(b_, c_, "co-design", 3)
    T(c_, a_, "live project", 2)
    for s in cre_peer_only:                              # ties to reached SMEs only
        T(rng.choice(cre_reached), s, rng.choice(["live project", "networking", "shared resources"]))
    for s in cre_wfc_only:
        E.engage(wfc, s, n=rng.choice([1, 2]), types=("talk", "consultation", "visit"), lo=d(2016, 9, 1))
    # sector bodies and large creative employers
    E.coproduce(ncc_hk, dandad, ["networking"], ["training", "advice"], lo=d(2016, 6, 1))
    E.coproduce(ncc_hk, skillset, ["information", "consultation"], ["staff development"], lo=d(2016, 6, 1))
    T(skillset, big_cre[0], "training", 2)
    T(skillset, big_cre[4], "networking", 1)
    T(dandad, big_cre[2], "networking", 1)
    T(wicktrain, ncc_hk, "co-delivery", 3, lo=d(2017, 1, 1))
    T(wicktrain, cre_reached[3], "training", 2)
    for emp in big_cre:
        E.engage(ncc_hk, emp, n=rng.choice([1, 2]), types=("talk", "visit", "careers event"), lo=d(2016, 3, 1))
        T(emp, ncc_hk, rng.choice(["careers event", "guest lecture", "live project"]))
        T(emp, cforum, "networking", 1)
    E.coproduce(ncc_hk, big_cre[1], ["co-design"], ["live project", "co-teaching"], lo=d(2016, 11, 1))  # stage sets
    T(big_cre[1], ncc_hk, "live project", 3, lo=d(2017, 9, 1))
    # digital and creative meet only at the edges: a games studio, a meetup, one agency
    T(big_dig[4], cre_reached[5], "live project", 2)
    T(cre_reached[5], big_dig[4], "networking", 1)
    T(makers, dig_elba_only[1], "networking", 1)
    T(dig_reached[2], cre_reached[8], "shared resources", 2)
    T(big_cre[0], uel, "placement", 2)
    T(big_cre[0], qmul, "internship", 2)
    T(big_cre[3], uel, "recruitment", 2)

    # =================================================================================
    # College B: health and social care (Newham College)
    # =================================================================================
    levels = [2] * 10 + [1] * 7 + [0] * 3
    rng.shuffle(levels)
    for s, lvl in zip(care_newham, levels):
        # invited to college events first (few came), then visited face to face
        if rng.random() < 0.6:
            T(newham, s, "information", 1, lo=d(2016, 3, 1), hi=d(2016, 9, 30))
        T(newham, s, "visit", rng.choice([1, 2]), lo=d(2016, 10, 1), hi=d(2017, 6, 30))
        if lvl >= 1:
            T(newham, s, "training needs analysis", 3, lo=d(2016, 11, 1), hi=d(2017, 9, 30))
            for _ in range(rng.choice([1, 2, 2, 3])):
                T(newham, s, "training", rng.choice([2, 3, 3, 4]), lo=d(2017, 1, 1))
            T(s, newham, "work experience", rng.choice([2, 3]), lo=d(2017, 1, 1))
        if lvl == 2:
            T(s, newham, rng.choice(["co-design", "co-delivery", "staff development"]), lo=d(2017, 3, 1))
            T(newham, s, rng.choice(["co-delivery", "co-assessment", "curriculum design"]), lo=d(2017, 3, 1))
            if rng.random() < 0.5:
                T(s, newham, rng.choice(["work experience", "placement"]), lo=d(2017, 9, 1))
    for s in care_newham[:16]:
        T(careforum, s, "networking", 1)
    for s in care_newham[:14]:
        T(cqc, s, "regulation", 2)
    for s in care_newham[:8]:
        T(boroughs["Newham"], s, "funding", 3, lo=d(2016, 4, 1), hi=d(2018, 3, 31))
    for s in care_newham[14:18]:
        T(homeshare, s, rng.choice(["shared resources", "recruitment"]))
    for i in range(4):
        a_, b_ = rng.sample(care_newham, 2)
        T(a_, b_, rng.choice(["shared resources", "networking", "training"]))
    # "and beyond": the approach spread to neighbouring boroughs in 2018
    for s in care_beyond:
        T(newham, s, "visit", 1, lo=d(2018, 1, 1), hi=d(2018, 9, 30))
        if rng.random() < 0.6:
            T(newham, s, "training needs analysis", 3, lo=d(2018, 2, 1), hi=d(2018, 10, 31))
        if rng.random() < 0.4:
            T(newham, s, "training", 3, lo=d(2018, 4, 1))
            T(s, newham, "work experience", 2, lo=d(2018, 4, 1))
        T(cqc, s, "regulation", 2)
    for s in care_beyond:
        if s.startswith(tuple(slug(p) for p in PLACES[WF])):
            T(forestcare, s, "shared resources", 3)
    T(boroughs["Barking and Dagenham"], care_beyond[0], "funding", 3)
    T(boroughs["Redbridge"], care_beyond[1], "funding", 3)
    # a national care chain: the only link to its Havering homes
    for s in care_havering:
        T(careway, s, "shared resources", 4, dates=(iso(2016, 1, 1), iso(2018, 12, 31)))
        T(s, careway, "information", 1)
    T(newham, careway, "talk", 1, lo=d(2016, 10, 1))
    T(careway, newham, "apprenticeship", 3, lo=d(2017, 9, 1))
    T(careway, newham, "recruitment", 2)
    T(newham, forestcare, "visit", 1, lo=d(2017, 1, 1))
    T(forestcare, newham, "work experience", 2, lo=d(2017, 6, 1))
    T(wfc, forestcare, "consultation", 1, lo=d(2016, 9, 1), hi=d(2017, 12, 31))
    E.coproduce(newham, homeshare, ["training needs analysis", "training"], ["recruitment", "work experience"], lo=d(2017, 1, 1))
    # Skills for Care: the national advocacy body, e-learning module co-created with the college
    E.coproduce(newham, sfc, ["co-design", "curriculum design", "steering group"],
                ["co-design", "staff development", "shared resources"], lo=d(2017, 1, 1))
    T(sfc, newham, "funding", 3, dates=(iso(2017, 4, 1), iso(2018, 3, 31)))
    for s in care_newham[:6] + care_sfc_only:
        T(sfc, s, rng.choice(["information", "advice"]), 1)
    T(sfc, careway, "advice", 1)
    T(sfc, careforum, "information", 1)
    T(sfc, caretrain, "funding", 2)
    # the care forum and the hospital trust
    E.coproduce(newham, careforum, ["steering group"], ["consultation", "networking"], lo=d(2016, 10, 1))
    T(boroughs["Newham"], careforum, "funding", 2, dates=(iso(2016, 4, 1), iso(2018, 3, 31)))
    T(carers, careforum, "networking", 1)
    T(carers, newham, "information", 1)
    T(newham, carers, "careers event", 1)
    E.coproduce(nhs, newham, ["apprenticeship", "placement"], ["curriculum design"], lo=d(2016, 9, 1))
    T(newham, nhs, "co-design", 4, lo=d(2017, 9, 1))
    T(nhs, uel, "placement", 3)
    T(uel, nhs, "co-delivery", 4, lo=d(2016, 1, 1))
    for s in care_newham[:3]:
        T(nhs, s, "advice", 1)
    T(boroughs["Newham"], nhs, "steering group", 3, dates=(iso(2016, 1, 1), iso(2018, 12, 31)))
    # the training provider and its domiciliary clients
    E.coproduce(caretrain, newham, ["co-delivery"], ["shared facilities"], lo=d(2017, 1, 1))
    for s in care_dom_provider + care_newham[18:20]:
        T(caretrain, s, "training", rng.choice([2, 3]))
    T(assistive, care_newham[0], "information", 1, dates=(iso(2018, 5, 16), iso(2018, 5, 16)))

    # =================================================================================
    # Universities, schools, community, business networks
    # =================================================================================
    for c in colleges:
        T(uel, c, rng.choice(["information", "careers event"]), 1)
    E.coproduce(uel, newham, ["curriculum design"], ["information"], lo=d(2017, 1, 1))
    E.coproduce(qmul, ncc_th, ["careers event"], ["information"])
    T(qmul, ncc_hk, "information", 1)
    T(uel, qmul, "networking", 1)
    school_college = {
        "poplar-riverside-academy": ncc_th, "bethnal-green-technical-school": ncc_th,
        "clapton-park-school": ncc_hk, "dalston-community-academy": ncc_hk,
        "stratford-park-academy": newham, "canning-town-school": newham,
        "east-ham-sixth-form": newham, "leyton-green-school": wfc,
        "walthamstow-forest-academy": wfc, "becontree-heath-academy": newham,
    }
    for sid in school_ids:
        c = school_college[sid]
        E.engage(c, sid, n=rng.choice([1, 2]), types=("careers event", "information", "talk"))
        if rng.random() < 0.5:
            T(sid, c, "visit", 1)
    for sid in school_ids[:6]:
        T(rng.choice([uel, qmul]), sid, "careers event", 1)
    T(big_dig[1], "poplar-riverside-academy", "work experience", 2)
    T(big_cre[0], "stratford-park-academy", "work experience", 2)
    T(nhs, "east-ham-sixth-form", "work experience", 2)
    T(elba, "bethnal-green-technical-school", "mentoring", 2)
    T(boroughs["Tower Hamlets"], "poplar-riverside-academy", "information", 1)
    T(boroughs["Hackney"], "clapton-park-school", "information", 1)
    # community organisations
    T(boroughs["Tower Hamlets"], poplar_ct, "funding", 2)
    E.coproduce(poplar_ct, ncc_th, ["information", "recruitment"], ["shared facilities"])
    T(boroughs["Hackney"], youthhub, "funding", 2)
    T(youthhub, ncc_hk, "recruitment", 2)
    T(ncc_hk, youthhub, "careers event", 1)
    T(boroughs["Newham"], carers, "funding", 2)
    T(boroughs["Waltham Forest"], leyton_wc, "funding", 2)
    T(leyton_wc, wfc, "information", 1)
    T(wfc, leyton_wc, "training", 2)
    T(apphub, newham, "information", 1)
    T(apphub, ncc_th, "information", 1)
    T(newham, apphub, "apprenticeship", 2)
    T(apphub, careway, "apprenticeship", 2)
    # business networks
    T(chamber, elba, "networking", 1)
    T(elba, chamber, "networking", 1)
    for c in (ncc_th, newham, wfc):
        T(chamber, c, "information", 1)
    T(fsb, chamber, "networking", 1)
    T(fsb, gla, "consultation", 1)
    for s in rng.sample(dig_reached, 3) + rng.sample(cre_reached, 2):
        T(fsb, s, "information", 1)
    T(uel, chamber, "networking", 1)

    # =================================================================================
    # Memberships (two-mode)
    # =================================================================================
    M = E.member

    def mdate(lo, hi):
        return E.day(lo, hi).isoformat()

    for c in colleges:
        M(c, aoc, iso(2014, 9, 1))
    M(ioe, aoc, iso(2016, 3, 1), role="research partner")
    elba_members = big_dig[:4] + [jpm, big_cre[2], ncc_th, newham] + dig_reached[:8] + dig_elba_only
    for i, m in enumerate(elba_members):
        M(m, elba, iso(2015, 4, 1) if i < 5 else mdate(d(2016, 1, 1), d(2018, 6, 30)),
          role="education partner" if m in colleges else "member")
    for net, bs, others in (
            (llseb, ["Newham", "Waltham Forest", "Barking and Dagenham", "Redbridge", "Havering"],
             [newham, wfc, uel, nhs, elba, jcp, careway]),
            (clfseb, ["Tower Hamlets", "Hackney"], [ncc_th, ncc_hk, qmul, big_dig[0], jcp])):
        for i, b in enumerate(bs):
            M(boroughs[b], net, iso(2017, 3, 1), role="chair" if i == 0 else "member")
        for m in others:
            M(m, net, iso(2017, 3, 1))
        M(gla, net, iso(2017, 3, 1), role="observer")
    M(ioe, hpsn, iso(2018, 1, 15), role="convenor")
    for m in colleges + [uel, qmul, boroughs["Newham"], boroughs["Tower Hamlets"], elba, sfc, llseb, nhs]:
        M(m, hpsn, mdate(d(2018, 1, 15), d(2018, 6, 30)))
    M(ncc_hk, cforum, iso(2016, 9, 14), role="chair")
    for s in cre_reached[:12] + cre_forum_only + big_cre[:3]:
        start = mdate(d(2016, 9, 14), d(2018, 3, 14))
        end = ""
        if rng.random() < 0.15:
            end = (dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(120, 400))).isoformat()
            end = min(end, iso(2018, 12, 31))
        M(s, cforum, start, end)
    M(newham, careforum, iso(2016, 10, 1))
    M(boroughs["Newham"], careforum, iso(2015, 1, 1), role="secretariat")
    M(sfc, careforum, iso(2017, 1, 1), role="associate")
    M(carers, careforum, iso(2015, 1, 1))
    for s in care_newham[:16] + care_sfc_only[1:]:
        M(s, careforum, mdate(d(2015, 1, 1), d(2018, 6, 30)))
    M(homeshare, careforum, iso(2015, 1, 1))
    for s in dig_reached[17:27] + dig_meetup_only + [big_dig[4]]:
        M(s, techcity, mdate(d(2015, 6, 1), d(2018, 6, 30)))
    for s in dig_wit_only + rng.sample(dig_reached, 4):
        M(s, witeast, mdate(d(2016, 1, 1), d(2018, 6, 30)))
    for s in edtech:
        M(s, edtechm, mdate(d(2016, 1, 1), d(2017, 6, 30)))
    M(ncc_th, edtechm, iso(2016, 9, 1), role="host")
    for s in cre_makers_only + cre_reached[13:17] + dig_elba_only[1:2]:
        M(s, makers, mdate(d(2016, 1, 1), d(2018, 6, 30)))
    for s in big_cre + rng.sample(cre_reached, 3):
        M(s, dandad, mdate(d(2014, 1, 1), d(2018, 6, 30)))
    for s in rng.sample(dig_reached + cre_reached + care_newham, 10) + [dig_isolate[0], care_isolate[0]]:
        M(s, fsb, mdate(d(2014, 1, 1), d(2018, 6, 30)))
    for s in [ncc_th, newham, wfc, uel, elba] + big_dig[:2] + rng.sample(dig_reached + cre_reached, 5):
        M(s, chamber, mdate(d(2014, 1, 1), d(2018, 6, 30)))
    M(caretrain, sfc, iso(2016, 5, 1), role="endorsed provider")
    M(newham, sfc, iso(2017, 4, 1), role="endorsed provider")

    return E


def check_and_describe(E):
    ids = {a["id"] for a in E.actors}
    assert len(ids) == len(E.actors)
    kinds = {a["id"]: a["kind"] for a in E.actors}
    for s, t, ty, w, st, en in E.edges:
        assert s in ids and t in ids and s != t
        assert w > 0
        if st and en:
            assert en >= st, (s, t, st, en)
        assert ty in LADDER
    for m, n, st, en, role in E.memberships:
        assert m in ids and kinds[n] == "network"
        if st and en:
            assert en >= st
    assert len(set((m, n) for m, n, *_ in E.memberships)) == len(E.memberships), "duplicate membership"

    sector = {a["id"]: a["sector"] for a in E.actors}
    U = nx.Graph()
    U.add_nodes_from(a["id"] for a in E.actors)
    U.add_edges_from((s, t) for s, t, *_ in E.edges)
    D = nx.DiGraph()
    D.add_nodes_from(U)
    D.add_edges_from((s, t) for s, t, *_ in E.edges)
    pairs = Counter()
    for u, v in U.edges():
        pairs[tuple(sorted((sector[u], sector[v])))] += 1
    sectors = sorted(set(sector.values()))
    missing = [(a, b) for i, a in enumerate(sectors) for b in sectors[i:] if (a, b) not in pairs]
    single = [(a, b) for i, a in enumerate(sectors) for b in sectors[i:] if pairs.get((a, b)) == 1]
    recip = sum(1 for u, v in U.edges() if D.has_edge(u, v) and D.has_edge(v, u))
    pair_types = defaultdict(set)
    for s, t, ty, *_ in E.edges:
        pair_types[tuple(sorted((s, t)))].add(ty)
    same_type = Counter((tuple(sorted((s, t))), ty) for s, t, ty, *_ in E.edges)
    parallel = len(set(p for (p, ty), c in same_type.items() if c > 1))
    multiplex = sum(1 for p, ts in pair_types.items() if len(ts) > 1)
    comps = sorted(nx.connected_components(U), key=lambda c: (-len(c), sorted(c)))
    isolates = sorted(nx.isolates(U))
    cuts = sorted(nx.articulation_points(U))
    college_reach = set()
    for s, t, *_ in E.edges:
        if s in ("ncc-tower-hamlets", "ncc-hackney", "newham-college", "waltham-forest-college"):
            college_reach.add(t)
        if t in ("ncc-tower-hamlets", "ncc-hackney", "newham-college", "waltham-forest-college"):
            college_reach.add(s)
    smes = [a for a in E.actors if a["kind"] == "sme"]
    unreached = [a for a in smes if a["id"] not in college_reach]
    levels = Counter(LADDER[ty] for _, _, ty, *_ in E.edges)
    dated = sum(1 for e in E.edges if e[4])
    starts = sorted(e[4] for e in E.edges if e[4])
    ends = sorted(e[5] for e in E.edges if e[5])
    return dict(n=len(E.actors), m=len(E.edges), pairs=U.number_of_edges(), recip=recip, single=single,
                multiplex=multiplex, parallel=parallel, missing=missing, comps=comps,
                isolates=isolates, cuts=cuts, smes=len(smes), unreached=unreached,
                levels=levels, dated=dated, first=starts[0], last=max(ends[-1], starts[-1]),
                kinds=Counter(a["kind"] for a in E.actors),
                sectors=Counter(a["sector"] for a in E.actors),
                tiers=Counter(a["tier"] for a in E.actors),
                memberships=len(E.memberships),
                networks_with_members=len(set(n for _, n, *_ in E.memberships)))


def make_east_london():
    E = build_east_london()
    info = check_and_describe(E)
    folder = os.path.join(OUT, "east-london")
    order = {"anchor": 0, "public": 1, "network": 2, "employer": 3, "sme": 4, "school": 5,
             "provider": 6, "community": 7}
    # named actors keep their written order; generated SMEs are sorted by sector then id
    sector_order = {DIG: 0, CRE: 1, HSC: 2}
    actors = sorted(enumerate(E.actors), key=lambda ia: (
        order[ia[1]["kind"]],
        (sector_order.get(ia[1]["sector"], 9), ia[1]["id"]) if ia[1]["kind"] == "sme" else ("", ""),
        ia[0]))
    write_csv(os.path.join(folder, "nodes.csv"),
              ["id", "label", "kind", "sector", "locality", "tier", "size"],
              [(a["id"], a["label"], a["kind"], a["sector"], a["locality"], a["tier"], a["size"])
               for _, a in actors])
    edges = sorted(E.edges, key=lambda e: (e[4] == "", e[4], e[0], e[1], e[2], e[5], e[3]))
    write_csv(os.path.join(folder, "edges.csv"),
              ["source", "target", "type", "weight", "start", "end"],
              [(s, t, ty, fmt_weight(w), st, en) for s, t, ty, w, st, en in edges])
    mem = sorted(E.memberships, key=lambda r: (r[1], r[2], r[0]))
    write_csv(os.path.join(folder, "memberships.csv"),
              ["member", "network", "start", "end", "role"], mem)

    def counts(c, keys=None):
        keys = keys or sorted(c)
        return ", ".join("%s %d" % (k, c[k]) for k in keys)

    cut_named = [c for c in info["cuts"] if E.actors[E.index[c]]["kind"] != "sme"]
    cut_sme = [c for c in info["cuts"] if E.actors[E.index[c]]["kind"] == "sme"]
    small = [sorted(c) for c in info["comps"][1:] if len(c) > 1]
    unreached_by_sector = Counter(a["sector"] for a in info["unreached"])
    write_text(os.path.join(folder, "README.md"), f"""# East London collaboration ecology (illustrative, synthetic)

**This is not survey data.** It is a synthetic ecology generated by
`scripts/make_datasets.py` (seeded, deterministic) to *illustrate* the kind of partnership
network described in the ELVET programme paper: A. Hodgson, K. Spours, D. Smith and
J. Jeanes, "Beyond employer engagement and skills supply: building conditions for
partnership working and skills co-production in the English context" (UCL Institute of
Education; the East London Vocational Education and Training programme, 2016–18). It is the
default dataset of CollabGraph, for demonstrations, documentation and tests.

Colleges, universities, boroughs and public and sector bodies carry real names so that the
map is recognisable, but **no record in this folder describes a real partnership**, a real
meeting or real funding. The companies, care homes, schools, meetups, forums and community
groups are invented; any resemblance to a real organisation's name is coincidental.

- **Licence:** generated data, released with CollabGraph under the project's licence; free
  to copy and adapt.
- **Counts:** {info['n']} actors, {info['m']} tie records joining {info['pairs']} distinct
  pairs, {info['memberships']} memberships in {info['networks_with_members']} networks.
  Directed (the source is the initiating actor), weighted (intensity 1–5), a multigraph.
- **Actors by kind:** {counts(info['kinds'])}.
- **By sector:** {counts(info['sectors'])}.
- **By tier:** {counts(info['tiers'], ['local', 'subregional', 'regional', 'national'])}.
- **Records by depth:** engagement {info['levels']['engagement']}, exchange
  {info['levels']['exchange']}, co-production {info['levels']['co-production']}.
- **Dates:** {info['dated']} of {info['m']} records dated, {info['first']} to {info['last']}
  (the ELVET years); a few are undated, and a few co-production records are still open
  (start, no end).

## Files

- `nodes.csv`: `id` (a short slug, e.g. `newham-college`), `label`, `kind`, `sector` (one of
  `digital tech`, `creative industries`, `health and social care`, `education`, `public
  services`, `cross-sector`), `locality` (borough, or `East London`, `Central London`,
  `City of London`, `Camden`, `Outside London`), `tier`, and an extra column `size`
  (`micro`/`small`/`medium`/`large` for businesses and providers, empty otherwise). Listed by
  kind (anchors, public bodies, networks, employers, SMEs, schools, providers, community),
  SMEs by sector then id.
- `edges.csv`: `source`, `target`, `type` (from the built-in engagement / exchange /
  co-production ladder), `weight`, `start`, `end`. Sorted by start date; undated records
  last. The same pair may have several records: different types (multiplex) or the same
  type repeated (e.g. annual funding allocations, termly forum meetings).
- `memberships.csv`: `member`, `network`, `start`, `end`, `role` (member, chair, convenor,
  observer, host, secretariat, associate, education partner, research partner, endorsed
  provider).

## How it was modelled

Four FE college sites are the hubs, following the paper's anonymised colleges:
`ncc-tower-hamlets` (College A, site 1: digital tech) and `ncc-hackney` (College A, site 2:
creative industries), merged in August 2016; `newham-college` (College B: health and social
care); `waltham-forest-college` (College C: researching partnership models across the three
sectors). `ucl-ioe` directs the programme, funded by `jpmorgan-chase-foundation`, with the
Association of Colleges London Region.

- **Digital tech:** most SME ties are one-way talks, visits and information from the
  college; a minority turn into placements, live projects and apprenticeships; six ed-tech
  micro-businesses on the Tower Hamlets campus are two-way, deep partners (shared
  facilities, co-teaching, co-design). The employer alliance `elba` reaches SMEs the college
  does not, and large City employers give guest lectures and staff development.
- **Creative industries:** mostly one-way engagement, few live projects; one SME and one
  theatre company co-design with the college. A termly `hackney-creative-forum` and the
  `stratford-makers` meetup reach freelancers and micro-firms nobody else reaches.
- **Health and social care:** after events failed to draw employers, the college visited
  every care home in Newham, ran training needs analyses and tailored training, and the
  homes gave students work experience in return: reciprocated, multiplex, intense ties. The
  college co-designs an e-learning module with `skills-for-care` and spreads to homes in
  neighbouring boroughs in 2018.
- **Verticals:** ESFA funding (one record per academic year), Ofsted and CQC regulation,
  Institute for Apprenticeships consultation, GLA funding and consultation, the two
  sub-regional skills and employment boards (from 2017) and the pilot High Progression and
  Skills Network `east-london-hpsn` (2018).

## What an analysis should find (computed from the files by the script)

- **Sector pairs with no tie at all:** {'; '.join(' – '.join(p) for p in info['missing']) or 'none'}.
  Sector pairs joined by one actor pair only: {'; '.join(' – '.join(p) for p in info['single'])}
  (digital tech – health and social care hangs on one weak tie from `newham-assistive-tech`).
- **Reciprocity:** {info['recip']} of {info['pairs']} pairs have records in both directions;
  {info['multiplex']} pairs are multiplex (several types); {info['parallel']} pairs carry
  repeated records of one type.
- **SMEs unreached by any college:** {len(info['unreached'])} of {info['smes']}
  ({counts(unreached_by_sector)}).
- **Components:** {len(info['comps'])} (one main component of {len(info['comps'][0])}
  actors; {len(small)} small component(s): {'; '.join(', '.join(c) for c in small)};
  {len(info['isolates'])} isolates: {', '.join(info['isolates'])}).
- **Cut points** (undirected view): {len(info['cuts'])} actors, including
  {', '.join(cut_named)}; and SMEs {', '.join(cut_sme) if cut_sme else 'none'}.
""")
    return dict(folder="east-london",
                what="**Default.** Illustrative (synthetic) FE–employer collaboration ecology modelled on the ELVET programme, 2016–18",
                actors=info["n"], ties="%d (+%d memberships)" % (info["m"], info["memberships"]),
                directed="yes", weighted="yes (intensity 1–5)",
                source="generated by `scripts/make_datasets.py`; after Hodgson, Spours, Smith & Jeanes (ELVET)",
                licence="project licence (generated data)"), info


CITATIONS = {
    "karate": "Zachary, W. W. (1977). An information flow model for conflict and fission in small groups. "
              "Journal of Anthropological Research 33(4), 452-473.",
    "florentine": "Padgett, J. F. and Ansell, C. K. (1993). Robust action and the rise of the Medici, 1400-1434. "
                  "American Journal of Sociology 98(6), 1259-1319.",
    "davis-southern-women": "Davis, A., Gardner, B. B. and Gardner, M. R. (1941). Deep South: A Social Anthropological "
                            "Study of Caste and Class. University of Chicago Press.",
    "les-miserables": "Knuth, D. E. (1993). The Stanford GraphBase: A Platform for Combinatorial Computing. Addison-Wesley.",
    "east-london": "Illustrative synthetic data generated by scripts/make_datasets.py (CollabGraph), modelled on "
                   "Hodgson, Spours, Smith and Jeanes, the ELVET programme; not survey data.",
}


def write_meta(folder, row):
    """meta.json: what the dataset declares about itself (see docs/data-format.md): whether
    its records carry direction, and its source, citation and licence (the report's methods
    section cites them)."""
    meta = {"directed": row["directed"].startswith("yes"),
            "source": row["source"].replace("`", ""),
            "citation": CITATIONS[row["folder"]],
            "license": row["licence"]}
    write_text(os.path.join(folder, "meta.json"), json.dumps(meta, indent=2, ensure_ascii=False))


def make_index(rows):
    lines = ["# Datasets", "",
             "Bundled datasets, one folder each: `nodes.csv`, `edges.csv`, optional",
             "`memberships.csv` and a `README.md` with source, licence and counts. Regenerate all of",
             "them with `python3 scripts/make_datasets.py` (deterministic: same bytes every run).",
             "\"Ties\" counts records in `edges.csv`; memberships are counted separately.", "",
             "| folder | what it is | actors | ties (records) | directed | weighted | source | licence |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append("| `%s/` | %s | %s | %s | %s | %s | %s | %s |" % (
            r["folder"], r["what"], r["actors"], r["ties"], r["directed"], r["weighted"],
            r["source"], r["licence"]))
    lines += ["",
              "The four classic datasets are public research data as distributed with NetworkX",
              "(BSD 3-Clause licence for the distribution); cite the original studies named in",
              "each folder's README. `east-london/` is synthetic and says so: it is not survey data."]
    write_text(os.path.join(OUT, "README.md"), "\n".join(lines))


def main():
    rows = []
    el, info = make_east_london()
    rows.append(el)
    rows.append(make_karate())
    rows.append(make_florentine())
    rows.append(make_davis())
    rows.append(make_lesmis())
    make_index(rows)
    for r in rows:
        # meta.json declares whether records carry direction (read by collab's loader).
        write_meta(os.path.join(OUT, r["folder"]), r)
    print("east-london: %d actors, %d records, %d memberships" % (info["n"], info["m"], info["memberships"]))
    for r in rows[1:]:
        print("%s: %s actors, %s ties" % (r["folder"], r["actors"], r["ties"]))


if __name__ == "__main__":
    main()
