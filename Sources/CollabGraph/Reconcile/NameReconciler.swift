import Foundation
import Synchronization

/// Matches organisation names against a ``NameRegister``: for each name, the register entry
/// that is most likely the same organisation, a score in 0…1, a decision (`auto`, `review`,
/// `none`) and up to three candidates.
///
/// **Evidence.** Names are reduced by ``OrganisationName`` (mojibake and quotes repaired,
/// legal forms and stop words set aside, abbreviations and plurals in one spelling) and
/// compared as sets of words weighted by their rarity in the register (IDF,
/// ln(1 + N / df)): the name similarity is the weighted Dice coefficient of the two word
/// sets, where a word may also match two adjacent words run together (`FOUNDATIONTRUST`)
/// or a word one or two edits away (0.85 and 0.7 of its weight) or its abbreviation (0.75).
/// The register's short name is compared too. The address is the second source: the street,
/// city and postcode words both sides share, weighted by their rarity among the register's
/// addresses; their weight over ln(1 + N) (capped at 1) is the address agreement `a`, and a
/// shared postcode counts in full. The score is `n + (1 − n) · 0.75 · a` for name
/// similarity `n`, minus 0.02 when both sides name legal forms and none agree, halved when
/// both sides give different country codes.
///
/// **Decision.** `auto` when the score reaches ``Thresholds/autoAbove``, leads the runner-up
/// by ``Thresholds/margin``, the countries do not differ, and something beyond a common
/// name agrees: the address (`a` ≥ 0.5), the short name, or an identical name that is
/// distinctive (its words' weights sum to at least ln(1 + N), as one word found once in the
/// register would) — and the names do not look like two members of one group (each with
/// words the other lacks, none of them rare: "ALMOND SCIENCES" / "ALMOND DIAGNOSTICS" at one
/// address; a rename brings a rare word). `review` when the score reaches ``Thresholds/reviewAbove``; `none`
/// otherwise. Nothing else is fitted: the weights are IDF and the constants above are
/// stated, not learnt from any one list.
///
/// **Blocking.** An inverted index of name words and address words: a name is compared
/// only with entries that share one of its rarer words (document frequency at most
/// max(100, 8√N), the two rarest always), its exact compact name, or its postcode — the
/// best 32 by shared weight. O(N + total words) to build; each name costs the postings it
/// touches.
///
/// **Determinism.** Each name's result depends on the name and the register only; ties
/// are broken by register order. ``matchAll(_:threads:)`` gives the same results for any
/// thread count.
public struct NameReconciler: Sendable {
    /// Where the decisions fall.
    public struct Thresholds: Sendable, Equatable {
        /// A score at or above this may be `auto` (default 0.9).
        public var autoAbove: Double
        /// A score at or above this (and not `auto`) is `review` (default 0.5).
        public var reviewAbove: Double
        /// An `auto` match leads the runner-up by at least this much (default 0.05).
        public var margin: Double

        public init(autoAbove: Double = 0.9, reviewAbove: Double = 0.5, margin: Double = 0.05) {
            self.autoAbove = autoAbove
            self.reviewAbove = reviewAbove
            self.margin = margin
        }

        public static let standard = Thresholds()
    }

    public let register: NameRegister
    public let thresholds: Thresholds
    let index: Index

    public init(register: NameRegister, thresholds: Thresholds = .standard) {
        self.register = register
        self.thresholds = thresholds
        index = Index(register)
    }

    /// The best match for one name.
    public func match(_ query: NameQuery) -> NameMatch {
        var scratch = Scratch(count: register.count)
        return decide(index.prepare(query), excluding: nil, scratch: &scratch)
    }

    /// The best match for each name, in order, computed in parallel on up to `threads`
    /// threads (default: one per core); the result does not depend on the thread count.
    /// `progress`, when given, is called after each block of names with (done, total).
    public func matchAll(_ queries: [NameQuery], threads: Int? = nil, progress: ProgressHandler? = nil) -> [NameMatch] {
        parallelMap(count: queries.count, threads: threads, progress: progress) { reconciler, position, scratch in
            reconciler.decide(reconciler.index.prepare(queries[position]), excluding: nil, scratch: &scratch)
        }
    }

    /// For each register entry, the best match among the *other* entries: likely duplicates
    /// inside one register (`--within`). Same scores and decisions as ``matchAll(_:threads:)``.
    public func duplicates(threads: Int? = nil, progress: ProgressHandler? = nil) -> [NameMatch] {
        parallelMap(count: register.count, threads: threads, progress: progress) { reconciler, position, scratch in
            reconciler.decide(reconciler.index.entries[position], excluding: position, scratch: &scratch)
        }
    }

    /// Groups of entries joined by `auto` duplicate matches (``duplicates(threads:)``), each
    /// group's entries in register order; groups ordered by their first entry. Entries with
    /// no `auto` duplicate are left out.
    public func duplicateGroups(_ matches: [NameMatch]) -> [[Int]] {
        var parent = Array(0 ..< register.count)
        func root(_ entry: Int) -> Int {
            var entry = entry
            while parent[entry] != entry { parent[entry] = parent[parent[entry]]; entry = parent[entry] }
            return entry
        }
        for (entry, match) in matches.enumerated() where match.decision == .auto {
            guard let other = match.candidates.first?.entry else { continue }
            let (a, b) = (root(entry), root(other))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for entry in 0 ..< register.count { groups[root(entry), default: []].append(entry) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    private func parallelMap(count: Int, threads: Int?, progress: ProgressHandler?,
                             _ body: @escaping @Sendable (NameReconciler, Int, inout Scratch) -> NameMatch) -> [NameMatch] {
        var results = [NameMatch](repeating: .unmatched, count: count)
        let chunkSize = 128
        let chunks = (count + chunkSize - 1) / chunkSize
        let reconciler = self
        let entryCount = register.count
        let done = Mutex(0)
        results.withSharedBuffer { output in
            Parallel.run(tasks: chunks, threads: threads) { chunk in
                var scratch = Scratch(count: entryCount)
                let range = chunk * chunkSize ..< min(count, (chunk + 1) * chunkSize)
                for position in range {
                    output[position] = body(reconciler, position, &scratch)
                }
                if let progress { progress(done.withLock { $0 += range.count; return $0 }, count) }
            }
        }
        return results
    }

    // MARK: - Deciding

    /// What one candidate's comparison found.
    struct Evidence {
        var entry: Int
        var name: Double
        var address: Double
        /// The address weight shared before capping (ranks candidates of equal score).
        var sharedAddress: Double
        /// Each name has words the other lacks, none of them rare: two members of one group?
        var siblings: Bool
        var shortNameAgrees: Bool
        var countriesDiffer: Bool
        var score: Double
    }

    func decide(_ query: Index.Prepared, excluding excluded: Int?, scratch: inout Scratch) -> NameMatch {
        let ranked = index.rank(query, excluding: excluded, scratch: &scratch)
        guard let best = ranked.first else { return .unmatched }
        let candidates = ranked.prefix(3).map { NameMatch.Candidate(entry: $0.entry, id: register.entries[$0.entry].id, score: $0.score) }
        let runnerUp = ranked.count > 1 ? ranked[1].score : 0
        // An identical name leads a partial one whatever the margin, if its address agrees as well.
        let leads = best.score - runnerUp >= thresholds.margin
            || (best.name >= 0.999 && ranked.count > 1 && ranked[1].name < 0.999 && best.address >= ranked[1].address)
        let distinctive = index.entries[best.entry].words.reduce(0) { $0 + index.nameWeight($1) } >= index.evidenceScale
        let corroborated = best.address >= 0.5 || best.shortNameAgrees || (best.name >= 0.999 && distinctive)
        let decision: NameMatch.Decision
        if best.score >= thresholds.autoAbove && leads && !best.countriesDiffer && corroborated && !best.siblings {
            decision = .auto
        } else if best.score >= thresholds.reviewAbove {
            decision = .review
        } else {
            decision = .none
        }
        let matched = decision != .none
        return NameMatch(matchID: matched ? register.entries[best.entry].id : nil,
                         matchName: matched ? register.entries[best.entry].name : nil,
                         score: best.score, decision: decision, candidates: candidates,
                         nameScore: best.name, addressScore: best.address)
    }

    /// Per-thread working memory: a weight per register entry and the entries touched.
    struct Scratch {
        var weight: [Double]
        var touched: [Int32] = []

        init(count: Int) { weight = [Double](repeating: 0, count: count) }
    }
}
