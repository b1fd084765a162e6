/// The collaboration profile period by period: how a system changed over time, its
/// "phases of development" (Spours, *A social ecosystem model*).
///
/// Periods are calendar years or months, from the period of the earliest record date to
/// that of the latest. For each period the profile is computed on the records active in
/// it (``TimeWindow/between(_:_:)`` over the period: a record counts when its start is not
/// after the period's end and its end is not before its start; undated records count in
/// every period, as in every time-windowed view). Tie strength is judged as known at the
/// end of the period: durations run from a record's start to the period's end at most, so
/// a tie's age grows with the periods it lasts.
///
/// - Complexity: O(T · (n + r + Σ k²)) for T periods.
public struct Timeline: Sendable {
    public enum Granularity: String, Sendable, CaseIterable { case year, month }

    /// One period and its profile.
    public struct Period: Sendable {
        /// `2017` or `2017-03`.
        public var label: String
        public var start: Day
        public var end: Day
        public var profile: CollaborationProfile
    }

    public let granularity: Granularity
    public let periods: [Period]

    /// The profile of every period; empty when no record is dated. `views` builds (or
    /// looks up) the view of each period's options: an analysis context passes its
    /// memoised ``AnalysisContext/view(_:)``. `members`: the actors each profile counts
    /// (all when nil): the context passes the actors of the tie network, so networks known
    /// only from memberships are not counted as isolates of every period.
    public init(graph: CollaborationGraph, rubric: StrengthRubric, options: StrengthOptions, granularity: Granularity,
                views: ((ViewOptions) -> GraphView)? = nil, members: [Bool]? = nil) {
        self.granularity = granularity
        var low: Day?, high: Day?
        func see(_ day: Day?) {
            guard let day else { return }
            if low == nil || day < low! { low = day }
            if high == nil || day > high! { high = day }
        }
        for tie in graph.ties { see(tie.start); see(tie.end) }
        guard let low, let high else { periods = []; return }
        var periods: [Period] = []
        var (year, month) = (low.civil.year, granularity == .year ? 1 : low.civil.month)
        while true {
            let start = Day(year: year, month: month, day: 1)
            guard start <= high else { break }
            let end: Day
            let label: String
            switch granularity {
            case .year:
                end = Day(year: year, month: 12, day: 31)
                label = String(year)
                year += 1
            case .month:
                end = Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))
                label = String(year) + "-" + (month < 10 ? "0" : "") + String(month)
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
            var periodOptions = options
            periodOptions.view.window = .between(start, end)
            periodOptions.observationEnd = end
            var viewOptions = periodOptions.view
            viewOptions.directed = false
            viewOptions.memberships = .ignore
            viewOptions.includeTies = true
            let table = TieStrengthTable(graph: graph, rubric: rubric, options: periodOptions, view: views?(viewOptions))
            periods.append(Period(label: label, start: start, end: end, profile: CollaborationProfile(table, members: members)))
        }
        self.periods = periods
    }
}
