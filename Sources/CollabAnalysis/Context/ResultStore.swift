import CollabGraph
import Synchronization

/// Which result a ``ResultStore`` entry holds: the kind, and the choices that make two
/// results of one kind different (a view's options, a focus actor).
public enum ResultKey: Hashable, Sendable {
    case view(ViewOptions)
    case arcCounts
    case groups(String)
    case tieStrengths
    case centrality(ViewOptions, weighted: Bool)
    case focus
    case components
    case bridges
    case structuralHoles
    case brokerage
    case communities(weighted: Bool)
    case corePeriphery
    case continuousCoreness
    case studyView
    case focusGaps(Int32)
    case collaboration
    case cohesion
    case homophily
    case summary
    case mapTies(ViewOptions, arrows: Bool?)
    case centralization
    /// One wave's measures (``AnalysisContext/waveMeasures(seed:)``), by Leiden seed.
    case waveMeasures(seed: UInt64)
    /// The memberships as a two-mode network (``AnalysisContext/twoMode(_:)``).
    case twoMode(TwoModeRequest)
    case competition
    case chanceTests

    /// The kind of result, without the choices (for build counts).
    public var kind: ResultKind {
        switch self {
        case .view: .view
        case .arcCounts: .arcCounts
        case .groups: .groups
        case .tieStrengths: .tieStrengths
        case .centrality: .centrality
        case .focus: .focus
        case .components: .components
        case .bridges: .bridges
        case .structuralHoles: .structuralHoles
        case .brokerage: .brokerage
        case .communities: .communities
        case .corePeriphery: .corePeriphery
        case .continuousCoreness: .continuousCoreness
        case .studyView: .studyView
        case .focusGaps: .focusGaps
        case .collaboration: .collaboration
        case .cohesion: .cohesion
        case .homophily: .homophily
        case .summary: .summary
        case .mapTies: .mapTies
        case .centralization: .centralization
        case .waveMeasures: .waveMeasures
        case .twoMode: .twoMode
        case .competition: .competition
        case .chanceTests: .chanceTests
        }
    }
}

/// The kinds of result a run computes (``ResultKey/kind``).
public enum ResultKind: String, Hashable, Sendable, CaseIterable {
    case view, arcCounts, groups, tieStrengths, centrality, focus, components, bridges, structuralHoles, brokerage
    case communities, corePeriphery, continuousCoreness, studyView, focusGaps, collaboration, cohesion, homophily, summary, mapTies, centralization
    case waveMeasures, twoMode, competition, chanceTests
}

/// A thread-safe memo of typed results: each key's result is built at most once per run,
/// on first use, however many analyses, sections and maps ask for it.
///
/// Each key has a cell with a lock of its own: a second thread asking for a result being
/// built waits for it rather than building it again, while results under other keys —
/// including those the builder itself asks for — are built independently (a builder may
/// ask for other keys, never for its own).
final class ResultStore: Sendable {
    private final class Cell: Sendable {
        let value = Mutex<(any Sendable)?>(nil)
    }

    private let cells = Mutex<[ResultKey: Cell]>([:])
    private let counts = Mutex<[ResultKey: Int]>([:])

    /// The result under `key`, built by `build` if no result is stored yet.
    func value<T: Sendable>(_ key: ResultKey, _ build: () -> T) -> T {
        let cell = cells.withLock { cells in
            if let cell = cells[key] { return cell }
            let cell = Cell()
            cells[key] = cell
            return cell
        }
        return cell.value.withLock { stored -> T in
            // Unwrap the cell first: an empty cell cast to an optional `T` would read as a
            // stored nil.
            if let stored, let existing = stored as? T { return existing }
            let built = build()
            stored = built
            counts.withLock { $0[key, default: 0] += 1 }
            return built
        }
    }

    /// The result under `key` if one is stored already (nothing is built).
    func existing<T: Sendable>(_ key: ResultKey, as type: T.Type) -> T? {
        guard let cell = cells.withLock({ $0[key] }) else { return nil }
        return cell.value.withLock { stored in stored.flatMap { $0 as? T } }
    }

    /// How many times each key's result was built (1 for every key asked for).
    var buildCounts: [ResultKey: Int] { counts.withLock { $0 } }
}
