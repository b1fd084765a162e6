import CollabGraph
import CollabAnalysis
import CollabOutput

/// The methods section of a report, as a researcher would cite it: `methods.md` (each
/// measure shown, its definition in one line, the reference implementation and version
/// it is tested against, the view it was computed on, and its citations) and
/// `references.bib` (BibTeX for every citation, the dataset's source included).
///
/// The catalogue (``MethodsMeasure``) states what this library computes, as its
/// algorithm files document it; the reference implementations are the ones the test
/// fixtures were generated with (NetworkX 3.6.1; R `sna` for Gould–Fernandez brokerage).
///
/// Output is deterministic: measures in the order given, references in order of first
/// citation, each cited once.
///
/// - Complexity: O(measures + references).
public enum Methods {
    /// What a set of measures was computed on.
    public struct ViewDescription: Sendable, Equatable {
        /// e.g. "undirected (meta.json declares \"directed\": false)".
        public var direction: String
        /// e.g. "unweighted (each pair of actors counts once)".
        public var weighting: String
        /// Relation types, time window, memberships; empty for "all records".
        public var filters: [String]
        /// The tie-strength rubric's label.
        public var rubric: String
        /// Who the actors are when some are left out (networks known only from
        /// memberships), e.g. "the 454 actors of the tie network; …"; nil: every actor.
        public var population: String?

        public init(direction: String, weighting: String, filters: [String] = [], rubric: String, population: String? = nil) {
            self.direction = direction
            self.weighting = weighting
            self.filters = filters
            self.rubric = rubric
            self.population = population
        }

        /// The view of `options` in words (direction as given by the caller, who knows
        /// where it came from).
        public init(options: ViewOptions, direction: String, weighted: Bool, rubric: StrengthRubric) {
            self.direction = direction
            weighting = weighted ? "weighted (records between a pair summed into its weight)" : "unweighted (each connected pair counts once)"
            var filters: [String] = []
            if let types = options.relationTypes { filters.append("relation types: " + types.joined(separator: ", ")) }
            switch options.window {
            case .at(let day): filters.append("records active on \(day.description)")
            case .between(let from, let to): filters.append("records active between \(from.description) and \(to.description)")
            case nil: break
            }
            switch options.memberships {
            case .ignore: break
            case .ties: filters.append("memberships as ties to their network")
            case .coMembership: filters.append("co-membership: members of a network tied to each other")
            }
            if !options.includeTies { filters.append("tie records left out (co-membership only)") }
            self.filters = filters
            self.rubric = rubric.label
        }
    }

    /// The source of the data, cited beside the methods.
    public struct DatasetSource: Sendable, Equatable {
        public var title: String
        public var source: String?
        public var citation: String?
        public var license: String?
        public var url: String?
        /// The actors an alias file merged at load (`--aliases`), nil when none was given.
        public var merges: MergeLog?

        public init(title: String, source: String? = nil, citation: String? = nil, license: String? = nil, url: String? = nil) {
            self.title = title
            self.source = source
            self.citation = citation
            self.license = license
            self.url = url
        }

        /// From a dataset's declaration (meta.json), titled `fallbackTitle` when it has none.
        public init(declaration: DatasetDeclaration, fallbackTitle: String) {
            self.init(title: declaration.title ?? fallbackTitle, source: declaration.notes["source"],
                      citation: declaration.notes["citation"], license: declaration.notes["license"],
                      url: declaration.notes["url"])
            merges = declaration.merges
        }
    }

    /// `methods.md`: a heading, the view, one paragraph per measure, the data's source.
    public static func markdown(measures: [MethodsMeasure], view: ViewDescription, dataset: DatasetSource?) -> String {
        var out = "# Methods\n\n"
        out += "## View\n\n"
        out += "- Direction: \(view.direction)\n"
        out += "- Weights: \(view.weighting)\n"
        out += "- Filters: " + (view.filters.isEmpty ? "none (all records)" : view.filters.joined(separator: "; ")) + "\n"
        out += "- Tie-strength rubric: \(view.rubric)\n"
        if let population = view.population { out += "- Actors: \(population)\n" }
        out += "\n"
        out += "## Measures\n\n"
        for measure in measures {
            out += "**\(measure.title).** \(measure.definition) "
            out += "Reference implementation: \(measure.implementation). "
            out += "Computed on: \(measure.view(view)). "
            out += "Cite: " + measure.citations.map { "[@\($0)]" }.joined(separator: "; ") + ".\n\n"
        }
        if let dataset {
            out += "## Data\n\n"
            out += "\(dataset.title)."
            if let source = dataset.source { out += " Source: \(source)." }
            if let citation = dataset.citation { out += " Cite as: \(citation)." }
            if let license = dataset.license { out += " Licence: \(license)." }
            if let url = dataset.url { out += " <\(url)>" }
            out += " [@dataset]\n\n"
            if let merges = dataset.merges { out += mergesMarkdown(merges) }
        }
        out += "## References\n\nBibTeX for every key above is in `references.bib`.\n"
        return out
    }

    /// The actors merged by an alias file, as a paragraph and a list (one block of
    /// `methods.md`): a merge changes every count and measure of the actors involved.
    public static func mergesMarkdown(_ log: MergeLog) -> String {
        var out = "### Actors merged\n\n"
        guard !log.isEmpty else {
            return out + "The alias file `\(log.file)` merged no actor of this dataset.\n\n"
        }
        out += mergesSummary(log) + " Differing values are listed below.\n\n"
        for merge in log.merges {
            let merged = merge.merged.map { "`\($0.id)`" }.joined(separator: ", ")
            out += "- \(merged) → `\(merge.canonical)` (\(merge.label))"
            if !merge.conflicts.isEmpty {
                out += "; differing: " + merge.conflicts.map { conflict -> String in
                    let kept = conflict.kept.map { "\"" + $0 + "\"" } ?? "none"
                    return "\(conflict.attribute) \"\(conflict.value)\" of `\(conflict.from)` (kept: \(kept))"
                }.joined(separator: "; ")
            }
            out += "\n"
        }
        return out + "\n"
    }

    /// The merges in one paragraph (the page's methods section and `methods.md`).
    public static func mergesSummary(_ log: MergeLog) -> String {
        guard !log.isEmpty else { return "The alias file \(log.file) merged no actor of this dataset." }
        let canonical = log.merges.filter { !$0.renamed }.count
        return "At load, the alias file \(log.file) merged \(log.actorsMerged) actor\(log.actorsMerged == 1 ? "" : "s") into \(canonical) canonical actor\(canonical == 1 ? "" : "s") ("
            + log.merges.map { merge in merge.merged.map(\.id).joined(separator: ", ") + " → " + merge.canonical }.joined(separator: "; ")
            + "): \(log.recordsRepointed) tie records were re-pointed, \(log.recordsCombined) folded into an identical record (weights summed) and \(log.selfTiesDropped) between merged actors dropped; "
            + "each canonical actor keeps its own label, kind and attributes (an attribute it lacked was taken from the merged actor)."
    }

    /// `references.bib`: every reference the measures cite (in order of first citation),
    /// and the dataset as `@misc{dataset, …}` when given.
    public static func bibtex(measures: [MethodsMeasure], dataset: DatasetSource?) -> String {
        var seen: Set<String> = []
        var out = ""
        for key in measures.flatMap(\.citations) where seen.insert(key).inserted {
            guard let reference = references[key] else { continue }
            out += reference.bibtex(key: key) + "\n"
        }
        if let dataset {
            var fields: [(String, String)] = [("title", dataset.title)]
            if let source = dataset.source { fields.append(("author", source)) }
            if let citation = dataset.citation { fields.append(("note", citation)) }
            if let license = dataset.license { fields.append(("howpublished", "Licence: " + license)) }
            if let url = dataset.url { fields.append(("url", url)) }
            out += Reference(type: "misc", fields: fields).bibtex(key: "dataset") + "\n"
        }
        return out
    }

    /// One BibTeX entry.
    struct Reference: Sendable {
        var type: String
        var fields: [(String, String)]

        func bibtex(key: String) -> String {
            var out = "@\(type){\(key),\n"
            for (name, value) in fields {
                // URLs and DOIs are read verbatim by BibTeX styles: only braces and line breaks go.
                let text = ["url", "doi", "eprint"].contains(name)
                    ? String(value.filter { $0 != "{" && $0 != "}" && $0 != "\n" && $0 != "\r" })
                    : Methods.bibtexEscape(value)
                out += "  \(name) = {\(text)},\n"
            }
            return out + "}\n"
        }
    }

    /// Text safe inside a braced BibTeX field: braces balanced by escaping them, and the
    /// characters TeX treats specially escaped (`\`, `%`, `&`, `#`, `_`, `$`, `^`, `~`).
    static func bibtexEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "%", "&", "#", "_", "$": out += "\\" + String(character)
            case "^": out += "\\textasciicircum{}"
            case "~": out += "\\textasciitilde{}"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// The references the catalogue cites, by BibTeX key.
    static let references: [String: Reference] = [
        "anderson1999": Reference(type: "article", fields: [
            ("author", "Anderson, Brigham S. and Butts, Carter and Carley, Kathleen"),
            ("title", "The interaction of size and density with graph-level indices"), ("journal", "Social Networks"),
            ("volume", "21"), ("number", "3"), ("pages", "239--267"), ("year", "1999"), ("doi", "10.1016/S0378-8733(99)00011-8")]),
        "maslov2002": Reference(type: "article", fields: [
            ("author", "Maslov, Sergei and Sneppen, Kim"), ("title", "Specificity and stability in topology of protein networks"),
            ("journal", "Science"), ("volume", "296"), ("number", "5569"), ("pages", "910--913"), ("year", "2002"),
            ("doi", "10.1126/science.1065103")]),
        "jaccard1901": Reference(type: "article", fields: [
            ("author", "Jaccard, Paul"), ("title", "Étude comparative de la distribution florale dans une portion des Alpes et du Jura"),
            ("journal", "Bulletin de la Société Vaudoise des Sciences Naturelles"), ("volume", "37"), ("pages", "547--579"),
            ("year", "1901"), ("doi", "10.5169/seals-266450")]),
        "mcpherson1983": Reference(type: "article", fields: [
            ("author", "McPherson, J. Miller"), ("title", "An ecology of affiliation"), ("journal", "American Sociological Review"),
            ("volume", "48"), ("number", "4"), ("pages", "519--532"), ("year", "1983"), ("doi", "10.2307/2117719")]),
        "traag2019": Reference(type: "article", fields: [
            ("author", "Traag, V. A. and Waltman, L. and van Eck, N. J."),
            ("title", "From Louvain to Leiden: guaranteeing well-connected communities"), ("journal", "Scientific Reports"),
            ("volume", "9"), ("pages", "5233"), ("year", "2019"), ("doi", "10.1038/s41598-019-41695-z")]),
        "newman2004": Reference(type: "article", fields: [
            ("author", "Newman, M. E. J. and Girvan, M."), ("title", "Finding and evaluating community structure in networks"),
            ("journal", "Physical Review E"), ("volume", "69"), ("number", "2"), ("pages", "026113"), ("year", "2004"),
            ("doi", "10.1103/PhysRevE.69.026113")]),
        "strehl2002": Reference(type: "article", fields: [
            ("author", "Strehl, Alexander and Ghosh, Joydeep"),
            ("title", "Cluster ensembles: a knowledge reuse framework for combining multiple partitions"),
            ("journal", "Journal of Machine Learning Research"), ("volume", "3"), ("pages", "583--617"), ("year", "2002")]),
        "hubert1985": Reference(type: "article", fields: [
            ("author", "Hubert, Lawrence and Arabie, Phipps"), ("title", "Comparing partitions"),
            ("journal", "Journal of Classification"), ("volume", "2"), ("number", "1"), ("pages", "193--218"), ("year", "1985"),
            ("doi", "10.1007/BF01908075")]),
        "borgatti1999": Reference(type: "article", fields: [
            ("author", "Borgatti, Stephen P. and Everett, Martin G."), ("title", "Models of core/periphery structures"),
            ("journal", "Social Networks"), ("volume", "21"), ("number", "4"), ("pages", "375--395"), ("year", "1999"),
            ("doi", "10.1016/S0378-8733(99)00019-2")]),
        "borgatti1997": Reference(type: "article", fields: [
            ("author", "Borgatti, Stephen P. and Everett, Martin G."), ("title", "Network analysis of 2-mode data"),
            ("journal", "Social Networks"), ("volume", "19"), ("number", "3"), ("pages", "243--269"), ("year", "1997"),
            ("doi", "10.1016/S0378-8733(96)00301-2")]),
        "snijders2010": Reference(type: "article", fields: [
            ("author", "Snijders, Tom A. B. and van de Bunt, Gerhard G. and Steglich, Christian E. G."),
            ("title", "Introduction to stochastic actor-based models for network dynamics"), ("journal", "Social Networks"),
            ("volume", "32"), ("number", "1"), ("pages", "44--60"), ("year", "2010"), ("doi", "10.1016/j.socnet.2009.02.004")]),
        "krackhardt1988": Reference(type: "article", fields: [
            ("author", "Krackhardt, David and Stern, Robert N."),
            ("title", "Informal networks and organizational crises: an experimental simulation"),
            ("journal", "Social Psychology Quarterly"), ("volume", "51"), ("number", "2"), ("pages", "123--140"), ("year", "1988"),
            ("doi", "10.2307/2786835")]),
        "newman2003": Reference(type: "article", fields: [
            ("author", "Newman, M. E. J."), ("title", "Mixing patterns in networks"), ("journal", "Physical Review E"),
            ("volume", "67"), ("number", "2"), ("pages", "026126"), ("year", "2003"), ("doi", "10.1103/PhysRevE.67.026126")]),
        "freeman1979": Reference(type: "article", fields: [
            ("author", "Freeman, Linton C."), ("title", "Centrality in social networks: conceptual clarification"),
            ("journal", "Social Networks"), ("volume", "1"), ("number", "3"), ("pages", "215--239"), ("year", "1979"),
            ("doi", "10.1016/0378-8733(78)90021-7")]),
        "barrat2004": Reference(type: "article", fields: [
            ("author", "Barrat, A. and Barthélemy, M. and Pastor-Satorras, R. and Vespignani, A."),
            ("title", "The architecture of complex weighted networks"), ("journal", "Proceedings of the National Academy of Sciences"),
            ("volume", "101"), ("number", "11"), ("pages", "3747--3752"), ("year", "2004"), ("doi", "10.1073/pnas.0400087101")]),
        "brandes2001": Reference(type: "article", fields: [
            ("author", "Brandes, Ulrik"), ("title", "A faster algorithm for betweenness centrality"),
            ("journal", "Journal of Mathematical Sociology"), ("volume", "25"), ("number", "2"), ("pages", "163--177"),
            ("year", "2001"), ("doi", "10.1080/0022250X.2001.9990249")]),
        "wasserman1994": Reference(type: "book", fields: [
            ("author", "Wasserman, Stanley and Faust, Katherine"), ("title", "Social Network Analysis: Methods and Applications"),
            ("publisher", "Cambridge University Press"), ("year", "1994"), ("doi", "10.1017/CBO9780511815478")]),
        "marchiori2000": Reference(type: "article", fields: [
            ("author", "Marchiori, Massimo and Latora, Vito"), ("title", "Harmony in the small-world"),
            ("journal", "Physica A"), ("volume", "285"), ("number", "3--4"), ("pages", "539--546"), ("year", "2000"),
            ("doi", "10.1016/S0378-4371(00)00311-3")]),
        "boldi2014": Reference(type: "article", fields: [
            ("author", "Boldi, Paolo and Vigna, Sebastiano"), ("title", "Axioms for centrality"),
            ("journal", "Internet Mathematics"), ("volume", "10"), ("pages", "222--262"), ("year", "2014"),
            ("doi", "10.1080/15427951.2013.865686")]),
        "bonacich1972": Reference(type: "article", fields: [
            ("author", "Bonacich, Phillip"), ("title", "Factoring and weighting approaches to status scores and clique identification"),
            ("journal", "Journal of Mathematical Sociology"), ("volume", "2"), ("number", "1"), ("pages", "113--120"),
            ("year", "1972"), ("doi", "10.1080/0022250X.1972.9989806")]),
        "brin1998": Reference(type: "article", fields: [
            ("author", "Brin, Sergey and Page, Lawrence"), ("title", "The anatomy of a large-scale hypertextual Web search engine"),
            ("journal", "Computer Networks and ISDN Systems"), ("volume", "30"), ("pages", "107--117"), ("year", "1998"),
            ("doi", "10.1016/S0169-7552(98)00110-X")]),
        "seidman1983": Reference(type: "article", fields: [
            ("author", "Seidman, Stephen B."), ("title", "Network structure and minimum degree"), ("journal", "Social Networks"),
            ("volume", "5"), ("number", "3"), ("pages", "269--287"), ("year", "1983"), ("doi", "10.1016/0378-8733(83)90028-X")]),
        "batagelj2003": Reference(type: "misc", fields: [
            ("author", "Batagelj, Vladimir and Zaveršnik, Matjaž"), ("title", "An O(m) algorithm for cores decomposition of networks"),
            ("year", "2003"), ("eprint", "cs/0310049"), ("archivePrefix", "arXiv")]),
        "burt1992": Reference(type: "book", fields: [
            ("author", "Burt, Ronald S."), ("title", "Structural Holes: The Social Structure of Competition"),
            ("publisher", "Harvard University Press"), ("year", "1992"), ("isbn", "0-674-84371-3")]),
        "gould1989": Reference(type: "article", fields: [
            ("author", "Gould, Roger V. and Fernandez, Roberto M."),
            ("title", "Structures of mediation: a formal approach to brokerage in transaction networks"),
            ("journal", "Sociological Methodology"), ("volume", "19"), ("pages", "89--126"), ("year", "1989"), ("doi", "10.2307/270949")]),
        "butts2008": Reference(type: "article", fields: [
            ("author", "Butts, Carter T."), ("title", "Social network analysis with sna"),
            ("journal", "Journal of Statistical Software"), ("volume", "24"), ("number", "6"), ("year", "2008"),
            ("doi", "10.18637/jss.v024.i06")]),
        "tarjan1972": Reference(type: "article", fields: [
            ("author", "Tarjan, Robert"), ("title", "Depth-first search and linear graph algorithms"),
            ("journal", "SIAM Journal on Computing"), ("volume", "1"), ("number", "2"), ("pages", "146--160"), ("year", "1972"),
            ("doi", "10.1137/0201010")]),
        "granovetter1973": Reference(type: "article", fields: [
            ("author", "Granovetter, Mark S."), ("title", "The strength of weak ties"), ("journal", "American Journal of Sociology"),
            ("volume", "78"), ("number", "6"), ("pages", "1360--1380"), ("year", "1973"), ("doi", "10.1086/225469")]),
        "marsden1984": Reference(type: "article", fields: [
            ("author", "Marsden, Peter V. and Campbell, Karen E."), ("title", "Measuring tie strength"), ("journal", "Social Forces"),
            ("volume", "63"), ("number", "2"), ("pages", "482--501"), ("year", "1984"), ("doi", "10.2307/2579058")]),
        "watts1998": Reference(type: "article", fields: [
            ("author", "Watts, Duncan J. and Strogatz, Steven H."), ("title", "Collective dynamics of 'small-world' networks"),
            ("journal", "Nature"), ("volume", "393"), ("pages", "440--442"), ("year", "1998"), ("doi", "10.1038/30918")]),
        "hodgson2006": Reference(type: "article", fields: [
            ("author", "Hodgson, Ann and Spours, Ken"),
            ("title", "The organisation of 14--19 education and training in England: beyond weakly collaborative arrangements"),
            ("journal", "Journal of Education and Work"), ("volume", "19"), ("number", "4"), ("pages", "325--342"), ("year", "2006")]),
        "hagberg2008": Reference(type: "inproceedings", fields: [
            ("author", "Hagberg, Aric A. and Schult, Daniel A. and Swart, Pieter J."),
            ("title", "Exploring network structure, dynamics, and function using NetworkX"),
            ("booktitle", "Proceedings of the 7th Python in Science Conference (SciPy 2008)"), ("pages", "11--15"), ("year", "2008")]),
        "gansner2000": Reference(type: "article", fields: [
            ("author", "Gansner, Emden R. and North, Stephen C."), ("title", "An open graph visualization system and its applications to software engineering"),
            ("journal", "Software: Practice and Experience"), ("volume", "30"), ("number", "11"), ("pages", "1203--1233"), ("year", "2000"),
            ("doi", "10.1002/1097-024X(200009)30:11<1203::AID-SPE338>3.0.CO;2-N")]),
        "hu2005": Reference(type: "article", fields: [
            ("author", "Hu, Yifan"), ("title", "Efficient, high-quality force-directed graph drawing"),
            ("journal", "The Mathematica Journal"), ("volume", "10"), ("number", "1"), ("pages", "37--71"), ("year", "2005")]),
        "wong2011": Reference(type: "article", fields: [
            ("author", "Wong, Bang"), ("title", "Points of view: Color blindness"), ("journal", "Nature Methods"),
            ("volume", "8"), ("pages", "441"), ("year", "2011"), ("doi", "10.1038/nmeth.1618")]),
    ]
}

/// A measure a report can show, with what the methods section says about it.
public enum MethodsMeasure: String, CaseIterable, Sendable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness
    case structuralHoles = "structural-holes"
    case brokerageRoles = "brokerage-roles"
    case bridges
    case tieStrength = "tie-strength"
    case clustering
    case components
    case verdict
    case communities
    case corePeriphery = "core-periphery"
    case homophily
    case centralization
    case competition
    case chanceTests = "chance-tests"
    case map
    /// The main map drawn as an overview (more actors than a map draws legibly).
    case mapOverview = "map-overview"
    /// The report's "How the system changed" (`--waves`) and memberships sections.
    case change
    case twoMode = "two-mode"

    /// The measures of a centrality measure.
    public init(_ measure: CentralityMeasure) {
        self = MethodsMeasure(rawValue: measure.rawValue)!
    }

    public var title: String {
        switch self {
        case .degree: "Degree"
        case .strength: "Strength"
        case .betweenness: "Betweenness"
        case .closeness: "Closeness"
        case .harmonic: "Harmonic centrality"
        case .eigenvector: "Eigenvector centrality"
        case .pagerank: "PageRank"
        case .coreness: "Coreness"
        case .structuralHoles: "Effective size, efficiency and constraint"
        case .brokerageRoles: "Gould–Fernandez brokerage roles"
        case .bridges: "Bridges and cut points"
        case .tieStrength: "Tie strength"
        case .clustering: "Transitivity and clustering"
        case .components: "Components"
        case .verdict: "Verdict"
        case .communities: "Communities"
        case .corePeriphery: "Core and periphery"
        case .homophily: "Homophily"
        case .centralization: "Centralization"
        case .competition: "Competition for partners"
        case .chanceTests: "Conditional uniform graph tests"
        case .map: "Map"
        case .mapOverview: "Overview map"
        case .change: "Change across waves"
        case .twoMode: "Two-mode analysis of memberships"
        }
    }

    /// The definition in one line.
    public var definition: String {
        switch self {
        case .degree: "The number of distinct partners of an actor (in- plus out-partners when directed), divided by n − 1."
        case .strength: "The summed weight of the records incident to an actor."
        case .betweenness: "The share of shortest paths between other pairs of actors that pass through the actor, divided by (n − 1)(n − 2)/2 for unordered pairs (Brandes' algorithm)."
        case .closeness: "The inverse mean distance from the actors that reach it, scaled by the share of actors reached (Wasserman–Faust improved formula)."
        case .harmonic: "The sum of inverse distances from every other actor (unreachable actors add 0)."
        case .eigenvector: "The principal eigenvector of the adjacency matrix, Euclidean norm 1 (power iteration)."
        case .pagerank: "The stationary distribution of a random surfer following ties with damping 0.85, jumping uniformly otherwise."
        case .coreness: "The largest k such that the actor belongs to the k-core (every member has at least k partners inside it)."
        case .structuralHoles: "Burt's effective size (partners minus their redundancy), efficiency (effective size per partner) and constraint (how much an actor's ties are concentrated in interconnected partners)."
        case .brokerageRoles: "For every ordered two-path i → j → k with no tie i → k, broker j is counted as coordinator, itinerant, representative, gatekeeper or liaison by the groups of i, j and k."
        case .bridges: "A bridge is a tie whose removal disconnects its ends; a cut point an actor whose removal disconnects others; a local bridge a tie whose ends share no partner."
        case .tieStrength: "A weighted index in [0, 1] of a pair's depth (engagement, exchange, co-production), reciprocity, multiplexity, intensity, duration and embeddedness; strong when at or above the rubric's threshold. Components the data cannot measure leave the index and the other weights are rescaled."
        case .clustering: "Transitivity: 3 × triangles / connected triples; average clustering: the mean share of an actor's partner pairs that are tied (0 for fewer than two partners)."
        case .components: "Connected components of the undirected view; the share of actors in the largest one; isolates have no tie."
        case .verdict: "Fragmented when the largest component holds less than half the actors; strongly collaborative when most pairs are strong and most run both ways; weakly collaborative otherwise. Groups and group pairs with fewer than \(GroupProfiles.defaultMinimumPairs) pairs are too few to judge. A criterion the data cannot support is not judged, and says why: two-way pairs when the records carry no direction, or when their direction is not declared and no pair has records both ways (reading them as directed would be a guess, and every pair would be one-way); reciprocity then also leaves the tie-strength index, whose other weights are rescaled. The share of strong pairs is not judged when tie strength rests on fewer than \(TieStrengthTable.minimumVaryingComponents) measured components that vary between pairs (a bare source,target list: embeddedness beside a constant intensity), since \"strong\" would then be one measure's ranking. A criterion not judged counts neither for nor against: the verdict rests on the criteria judged, so without reciprocity strongly collaborative means most actors connected and most pairs strong. Strongly collaborative needs at least one criterion on the ties (strong pairs or two-way pairs) judged; when neither is, a connected system is weakly collaborative and the verdict is marked as limited to connection."
        case .communities: "Leiden communities maximising modularity (resolution 1, seeded, refined so every community is connected); compared with an attribute by normalised mutual information (arithmetic) and the adjusted Rand index over actors with ties."
        case .corePeriphery: "The core/periphery split whose ideal pattern (core–core ties present, periphery–periphery absent, core–periphery ignored) correlates best with the ties, found by seeded relocation from 20 starts; block densities of the four blocks; continuous coreness."
        case .homophily: "Krackhardt's E–I index (external minus internal ties over all ties) with its expected value under random group labels and a seeded permutation test; Yule's Q; Newman's attribute assortativity."
        case .centralization: "Freeman centralization: Σ_i (c* − c_i) over its largest value on a graph of n actors (a star's), for degree (in + out when directed), betweenness and closeness ((n − 1)/Σ d, 0 for an actor that does not reach every other)."
        case .competition: "For the actors of the provider kind (anchor, else the focus actors' kind): shared partners and Jaccard overlap (shared over all partners of either) of each pair's partner sets, shared partners by kind, and the partners reached by two or more providers (multiple demands)."
        case .chanceTests: "Each statistic against its values on \(ChanceTests.reportDraws) random graphs (fewer on large networks: \(ChanceTests.reportTieDrawBudget / 1_000_000) million ties × draws at most; none, as the page says, when fewer than \(ChanceTests.reportMinimumDraws) would fit; seed \(ChanceTests.reportSeed)): reciprocity and transitivity and degree centralization with the same number of ties (arcs), the E–I index with every actor's degree kept (10 double-edge swaps per tie); p(≥) and p(≤) the shares of random graphs at or above / at or below the observed value, a verdict when one is at most 2.5%."
        case .map: "Actors drawn by Graphviz (neato up to 400 actors, sfdp with overlap removal above, seed 1), shape by kind, fill by group (Okabe–Ito colour-blind-safe palette), size by betweenness, actors without ties left out and counted."
        case .mapOverview: "Above \(MapLegibility.actorLimit) actors — the most a map of \(Int(MapLegibility.canvasPixels)) pixels can draw one by one with actors of at least 3 px and labels of at least 8 px, giving each actor a cell of \(NumberFormat.fixed(MapLegibility.actorPitch, digits: 1)) pt, within what Graphviz's prism keeps compact — the main map is an overview: the \(MapOverview.coreCount) most central actors drawn one by one, every other actor folded into its Leiden community (the \(MapOverview.communityCount) largest drawn as circles whose area grows with their members, filled by their dominant group and named by their \(MapOverview.namedPerCommunity) most central members; smaller communities counted in the caption), ties between communities summed into one line each. The \(ReportAnalyses.communityMapsDrawn) largest communities open actor by actor below the map (their \(ReportAnalyses.labelledMapLimit) most central members)."
        case .change: "Per transition between waves: ties kept, gained and lost, Hamming distance (gained + lost) and Jaccard index kept / (kept + gained + lost); actors entered and left (present = a tie in the wave); the verdict and its criteria per wave; change in betweenness and constraint of actors present in both waves; ladder moves; ties among each focus actor's partners of one kind; Leiden communities per wave compared by NMI. Small multiples: one layout of all waves together, each wave drawn at those positions."
        case .twoMode: "Memberships as a bipartite graph (actors × networks): degree, closeness and betweenness normalised for two modes, Robins–Alexander and Latapy clustering; each network's composition (Blau index 1 − Σ p², IQV = Blau / (1 − 1/K)); interlocks (networks sharing members); the two-mode core/periphery (correlation with the ideal over the core and periphery blocks, at least 3 of each mode in each)."
        }
    }

    /// The reference implementation and version the results are tested against.
    public var implementation: String {
        switch self {
        case .degree: "NetworkX 3.6.1 `degree_centrality`"
        case .strength: "NetworkX 3.6.1 `degree(weight=…)`"
        case .betweenness: "NetworkX 3.6.1 `betweenness_centrality(normalized=True)`"
        case .closeness: "NetworkX 3.6.1 `closeness_centrality(wf_improved=True)`"
        case .harmonic: "NetworkX 3.6.1 `harmonic_centrality`"
        case .eigenvector: "NetworkX 3.6.1 `eigenvector_centrality`"
        case .pagerank: "NetworkX 3.6.1 `pagerank(alpha=0.85)`"
        case .coreness: "NetworkX 3.6.1 `core_number`"
        case .structuralHoles: "NetworkX 3.6.1 `effective_size(nodes=…)`, `constraint`, igraph `constraint` (within 1e-9)"
        case .brokerageRoles: "R `sna::brokerage` (Butts), counts and z-scores"
        case .bridges: "NetworkX 3.6.1 `bridges`, `local_bridges`, `articulation_points`"
        case .tieStrength: "CollabGraph's own rubric (no external implementation); components documented in docs/rubric-default.json"
        case .clustering: "NetworkX 3.6.1 `transitivity`, `average_clustering`"
        case .components: "NetworkX 3.6.1 `connected_components`"
        case .verdict: "CollabGraph's own rule, thresholds from the rubric"
        case .communities: "leidenalg 0.12 and igraph 1.0 `community_leiden` (objective values), NetworkX 3.6.1 `community.modularity`, scikit-learn 1.9 NMI and ARI"
        case .corePeriphery: "UCINET's discrete and continuous core/periphery definitions, checked by a NumPy reference script and UCINET's published values for Baker's journal data"
        case .homophily: "NetworkX 3.6.1 `attribute_assortativity_coefficient`; E–I and its expected value from the definitions (permutation null checked statistically)"
        case .centralization: "R `sna::centralization` (sna 2.7), modes graph and digraph, to 1e-9"
        case .competition: "Set arithmetic in R (`Tests/Fixtures/reference_positions.R`)"
        case .chanceTests: "R `sna::cug.test` (sna 2.7) within Monte Carlo error; the degree null against igraph's uniform sampler"
        case .map: "Graphviz 2.42 (libgvc), in-process"
        case .mapOverview: "Graphviz 2.42 (libgvc), in-process; communities as in Communities"
        case .change: "every number recomputed from the edge records in Python with NetworkX 3.6.1 and scikit-learn 1.9.1 (`Tests/Fixtures/reference_change.py`)"
        case .twoMode: "NetworkX 3.6.1 `bipartite` module; the core/periphery against exhaustive search on Davis's Southern Women"
        }
    }

    /// BibTeX keys (``Methods/references``).
    public var citations: [String] {
        switch self {
        case .degree: ["freeman1979", "hagberg2008"]
        case .strength: ["barrat2004", "hagberg2008"]
        case .betweenness: ["freeman1979", "brandes2001", "hagberg2008"]
        case .closeness: ["freeman1979", "wasserman1994", "hagberg2008"]
        case .harmonic: ["marchiori2000", "boldi2014", "hagberg2008"]
        case .eigenvector: ["bonacich1972", "hagberg2008"]
        case .pagerank: ["brin1998", "hagberg2008"]
        case .coreness: ["seidman1983", "batagelj2003", "hagberg2008"]
        case .structuralHoles: ["burt1992", "hagberg2008"]
        case .brokerageRoles: ["gould1989", "butts2008"]
        case .bridges: ["tarjan1972", "granovetter1973", "hagberg2008"]
        case .tieStrength: ["granovetter1973", "marsden1984"]
        case .clustering: ["watts1998", "hagberg2008"]
        case .components: ["hagberg2008"]
        case .verdict: ["hodgson2006"]
        case .communities: ["traag2019", "newman2004", "strehl2002", "hubert1985"]
        case .corePeriphery: ["borgatti1999"]
        case .homophily: ["krackhardt1988", "newman2003"]
        case .centralization: ["freeman1979", "butts2008"]
        case .competition: ["jaccard1901", "mcpherson1983"]
        case .chanceTests: ["anderson1999", "maslov2002", "butts2008"]
        case .map: ["gansner2000", "hu2005", "wong2011"]
        case .mapOverview: ["traag2019", "hu2005"]
        case .change: ["snijders2010", "traag2019", "hagberg2008"]
        case .twoMode: ["borgatti1997", "hagberg2008"]
        }
    }

    /// The view this measure is computed on, in words.
    func view(_ view: Methods.ViewDescription) -> String {
        let filters = view.filters.isEmpty ? "all records" : view.filters.joined(separator: "; ")
        switch self {
        case .tieStrength, .verdict:
            return "record pairs (\(filters)), rubric \(view.rubric)"
        case .brokerageRoles:
            return "\(view.direction), unweighted, \(filters) (sna ignores edge values)"
        case .centralization, .competition, .chanceTests:
            return "\(view.direction), unweighted, \(filters); actors known only from memberships left out"
        case .map, .mapOverview:
            return "\(filters); ties drawn one per pair, strong and weak by rubric \(view.rubric)"
        default:
            return "\(view.direction), \(view.weighting), \(filters)"
        }
    }
}
