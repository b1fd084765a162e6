import CollabGraph

/// The choices of one two-mode analysis besides the context's window and weighting: they
/// name the result in the memo, so `collab two-mode` and the report's section ask for
/// the same ``TwoModeReport`` when they agree.
public struct TwoModeRequest: Sendable, Hashable {
    /// An actor that is both a member and a network: split into two nodes, or an error.
    public var nested: NestedMemberships
    /// The attribute of the composition and spread tables (nil: kind only).
    public var groupAttribute: String?
    /// Whether to list the interlocks, and the least shared members (nil: every pair,
    /// raised to keep at most 10,000 pairs).
    public var interlocks: Bool
    public var interlockMinimum: Int?
    /// Fit the core/periphery to the membership weights.
    public var weighted: Bool

    public init(nested: NestedMemberships = .split, groupAttribute: String?, interlocks: Bool = true,
                interlockMinimum: Int? = nil, weighted: Bool = false) {
        self.nested = nested
        self.groupAttribute = groupAttribute
        self.interlocks = interlocks
        self.interlockMinimum = interlockMinimum
        self.weighted = weighted
    }
}

extension AnalysisContext {
    /// The memberships as a two-mode network with every measure of ``TwoModeReport``,
    /// within the run's time window, built once per request.
    ///
    /// - Throws: ``TwoModeError`` (a member that is also a network under `.refuse`; a
    ///   membership weight that is not a positive number).
    public func twoMode(_ request: TwoModeRequest) throws -> TwoModeReport {
        // The outcome is stored, error included: asking again does not build again.
        let result: Result<TwoModeReport, any Error> = store.value(.twoMode(request)) {
            Result {
                try TwoModeReport(
                    graph: graph, name: name, options: TwoModeOptions(window: settings.view.window, nested: request.nested),
                    groupAttribute: request.groupAttribute, interlocks: request.interlocks,
                    interlockMinimum: request.interlockMinimum, weighted: request.weighted, threads: settings.threads)
            }
        }
        return try result.get()
    }
}
