import Foundation

/// The waves written in the layout RSiena reads (Ripley, Snijders, Boda, Vörös & Preciado,
/// *Manual for RSiena*; `sienaDependent`, `sienaCompositionChangeFromFile`, `coCovar`), so
/// that a stochastic actor-oriented model can be fitted to the change described by
/// ``WaveComparison``.
///
/// The actor set is every actor present (with a tie) in at least one wave, in index order;
/// row k of every file is the same actor. Files:
/// - `wave1.dat` … `waveM.dat`: one adjacency matrix per wave, n rows of n space-separated
///   0/1 values (`as.matrix(read.table("wave1.dat"))`); symmetric when the view is
///   undirected; weights and self-loops are dropped (a SAOM models binary ties).
/// - `composition.dat`: one line per actor with the waves it is present in as intervals of
///   space-separated numbers, `first last` for each run of consecutive waves (an actor
///   present in waves 1–2 and 4: `1 2 4 4`), for `sienaCompositionChangeFromFile`.
/// - `covariate-<attribute>.dat` and `covariate-<attribute>-codes.csv` for each covariate: one integer code per
///   actor (1, 2, … in order of the values' first appearance; `NA` when absent), for
///   `coCovar(scan("covariate-kind.dat"))`, and the table of codes.
/// - `actors.csv`: row, id, label and the covariates' values, and one 0/1 presence column
///   per wave; `waves.csv`: each wave's label and first and last day.
/// - `siena.R`: the R lines that read all of it into a `sienaDataCreate` object.
///
/// - Complexity: O(M n²) time and output size for M waves of n actors (the matrices are
///   dense, as RSiena reads them).
public struct SienaExport: Sendable {
    /// The files, in the order listed above.
    public let files: [OutputFolder.File]
    /// Actors written (present in some wave).
    public let actorCount: Int
    /// Actors left out because no wave holds a tie of theirs.
    public let absentActorCount: Int

    /// - Parameters:
    ///   - views: one view per wave over a common actor index.
    ///   - labels: each wave's name, as many as `views`.
    ///   - waves: each wave's period (nil for a wave that is a dataset of its own).
    ///   - actors: the actors of that index (ids, labels, attributes).
    ///   - covariates: actor attributes to write as constant covariates (`kind`, `sector`, …).
    public init(views: [GraphView], labels: [String], waves: [Wave?], actors: [Actor], covariates: [String]) {
        precondition(views.count == waves.count && labels.count == views.count && !views.isEmpty)
        let n = actors.count
        precondition(views.allSatisfy { $0.nodeCount == n })
        let presence = views.map(WavePresence.present)
        let kept = (0 ..< n).filter { u in presence.contains { $0[u] } }
        var row = [Int](repeating: -1, count: n)
        for (k, u) in kept.enumerated() { row[u] = k }
        actorCount = kept.count
        absentActorCount = n - kept.count
        var files: [OutputFolder.File] = []

        // Adjacency matrices.
        for (w, view) in views.enumerated() {
            let size = kept.count
            var bytes = [UInt8]()
            bytes.reserveCapacity(size * size * 2)
            var line = [UInt8](repeating: UInt8(ascii: " "), count: 2 * size)
            for u in kept {
                for k in 0 ..< size { line[2 * k] = UInt8(ascii: "0"); line[2 * k + 1] = UInt8(ascii: " ") }
                if size > 0 { line[2 * size - 1] = UInt8(ascii: "\n") }
                let rows = view.isDirected ? view.outgoing : view.partners
                for v in rows.neighbours(of: u) where row[Int(v)] >= 0 { line[2 * row[Int(v)]] = UInt8(ascii: "1") }
                bytes.append(contentsOf: line)
            }
            files.append(OutputFolder.File(name: "wave\(w + 1).dat", data: Data(bytes)))
        }

        // Composition change: runs of consecutive waves.
        var composition = ""
        for u in kept {
            var intervals: [String] = []
            var w = 0
            while w < views.count {
                guard presence[w][u] else { w += 1; continue }
                var end = w
                while end + 1 < views.count && presence[end + 1][u] { end += 1 }
                intervals.append("\(w + 1) \(end + 1)")
                w = end + 1
            }
            composition += intervals.joined(separator: " ") + "\n"
        }
        files.append(OutputFolder.File(name: "composition.dat", data: Data(composition.utf8)))

        // Covariates.
        var covariateValues: [[String?]] = []
        for attribute in covariates {
            let values = kept.map { actors[$0].value(of: attribute) }
            covariateValues.append(values)
            var codes: [String] = []
            var codeOf: [String: Int] = [:]
            var text = ""
            for value in values {
                guard let value else { text += "NA\n"; continue }
                if codeOf[value] == nil { codes.append(value); codeOf[value] = codes.count }
                text += "\(codeOf[value]!)\n"
            }
            files.append(OutputFolder.File(name: "\(SienaExport.fileName(attribute)).dat", data: Data(text.utf8)))
            var table = CSVWriter(header: ["code", attribute])
            for (i, value) in codes.enumerated() { table.row([String(i + 1), value]) }
            files.append(OutputFolder.File(name: "\(SienaExport.fileName(attribute))-codes.csv", data: Data(table.text.utf8)))
        }

        // Actors and waves.
        var actorTable = CSVWriter(header: ["row", "id", "label"] + covariates + waves.indices.map { "wave\($0 + 1)" })
        for (k, u) in kept.enumerated() {
            actorTable.row([String(k + 1), actors[u].id, actors[u].label] + covariateValues.map { $0[k] ?? "" }
                           + presence.map { $0[u] ? "1" : "0" })
        }
        files.append(OutputFolder.File(name: "actors.csv", data: Data(actorTable.text.utf8)))
        var waveTable = CSVWriter(header: ["wave", "label", "first", "last", "file"])
        for (w, wave) in waves.enumerated() {
            waveTable.row([String(w + 1), labels[w], wave?.first.description ?? "", wave?.last.description ?? "", "wave\(w + 1).dat"])
        }
        files.append(OutputFolder.File(name: "waves.csv", data: Data(waveTable.text.utf8)))

        // The R lines that read it.
        let m = views.count
        var script = "# Reads this folder into RSiena (written by collab change --export siena).\n"
        script += "library(RSiena)\n"
        script += "n <- \(kept.count)\n"
        for w in 1 ... m { script += "wave\(w) <- as.matrix(read.table(\"wave\(w).dat\"))\n" }
        script += "network <- sienaDependent(array(c(\((1 ... m).map { "wave\($0)" }.joined(separator: ", "))), dim = c(n, n, \(m))))\n"
        script += "composition <- sienaCompositionChangeFromFile(\"composition.dat\")\n"
        var objects = ["network", "composition"]
        for attribute in covariates {
            let name = SienaExport.rName(attribute)
            script += "\(name) <- coCovar(scan(\"\(SienaExport.fileName(attribute)).dat\", na.strings = \"NA\"))\n"
            objects.append(name)
        }
        script += "data <- sienaDataCreate(\(objects.joined(separator: ", ")))\n"
        script += "print01Report(data, modelname = \"collab-change\")\n"
        files.append(OutputFolder.File(name: "siena.R", data: Data(script.utf8)))
        self.files = files
    }

    /// A covariate's file name: `covariate-` and the attribute with letters, digits, `-` and
    /// `_` kept, anything else `_` (the prefix keeps it apart from the other files).
    static func fileName(_ attribute: String) -> String {
        "covariate-" + String(attribute.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }

    /// A syntactic R name for a covariate (the file name with `-` as `_`).
    static func rName(_ attribute: String) -> String {
        fileName(attribute).replacingOccurrences(of: "-", with: "_")
    }
}
