/// Waves: the same system observed at several dates or over several windows, the input of a
/// change analysis (Snijders, van de Bunt & Steglich 2010, doi:10.1016/j.socnet.2009.02.004,
/// call each observation a *wave*).
///
/// A wave is written as:
/// - a full date `YYYY-MM-DD`: the records active on that day (``TimeWindow/at(_:)``, as
///   `--at`);
/// - a partial date `YYYY` or `YYYY-MM`: the period it names, from its first to its last day
///   (a partial date names a period, as everywhere in the model: see ``Day``);
/// - a window `FROM..TO` of two dates of any precision: records active at any time from
///   FROM's first day to TO's last day (`2016..2018` is 2016-01-01 to 2018-12-31).
///
/// ``Wave/every(_:over:)`` cuts a date range into consecutive calendar periods of whole
/// years or months (`--waves-every year`, `--waves-every 6 months`).
///
/// Conventions: records without dates count in every wave (as in every view); waves must be
/// in time order (``Wave/orderProblem(_:)``).
///
/// - Complexity: parsing is O(length of the text); ``Wave/every(_:over:)`` is O(number of
///   waves).
public struct Wave: Sendable, Hashable {
    /// How the wave is shown: the text given, or the generated period (`2016`, `2016-01..2016-06`).
    public var label: String
    /// The records that belong to the wave.
    public var window: TimeWindow

    public init(label: String, window: TimeWindow) {
        self.label = label
        self.window = window
    }

    /// The first day of the wave.
    public var first: Day {
        switch window {
        case .at(let day): day
        case .between(let a, _): a
        }
    }

    /// The last day of the wave.
    public var last: Day {
        switch window {
        case .at(let day): day
        case .between(_, let b): b
        }
    }

    /// Whether the wave is a single day (`--at`) rather than a window.
    public var isDay: Bool {
        if case .at = window { return true }
        return false
    }
}

/// Why a wave could not be read.
public enum WaveParseError: Error, Equatable, Sendable {
    /// The text is neither a date nor a `FROM..TO` window.
    case malformed(String)
    /// A window whose start is after its end.
    case reversed(String, from: Day, to: Day)
    /// An empty list of waves, or an empty item in the list.
    case empty
    /// A `--waves-every` step that is not `year`, `N years`, `month` or `N months` with N ≥ 1.
    case malformedStep(String)
}

/// A period length for ``Wave/every(_:over:)``.
public enum WaveStep: Sendable, Hashable {
    case years(Int)
    case months(Int)

    /// Parses `year`, `years`, `N year(s)`, `month`, `N month(s)` (also `Ny`, `Nm` without a
    /// space is refused: say it in words). N must be 1 … 1200.
    public init(parsing text: String) throws {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        var count = 1
        var unit: Substring
        switch words.count {
        case 1: unit = words[0]
        case 2:
            guard let n = Int(words[0]), (1 ... 1200).contains(n) else { throw WaveParseError.malformedStep(text) }
            count = n
            unit = words[1]
        default: throw WaveParseError.malformedStep(text)
        }
        switch unit {
        case "year", "years", "yearly", "annual": self = .years(count)
        case "month", "months", "monthly": self = .months(count)
        default: throw WaveParseError.malformedStep(text)
        }
    }

    /// Whole months in one step.
    public var months: Int {
        switch self {
        case .years(let n): 12 * n
        case .months(let n): n
        }
    }
}

extension Wave {
    /// Parses one wave: `YYYY-MM-DD`, `YYYY`, `YYYY-MM` or `FROM..TO` (see ``Wave``).
    public static func parse(_ text: String) throws -> Wave {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw WaveParseError.empty }
        if let range = trimmed.range(of: "..") {
            let fromText = trimmed[trimmed.startIndex ..< range.lowerBound].trimmingSpaces
            let toText = trimmed[range.upperBound...].trimmingSpaces
            guard let from = Day(iso: fromText, periodEnd: .first), let to = Day(iso: toText, periodEnd: .last)
            else { throw WaveParseError.malformed(trimmed) }
            guard from <= to else { throw WaveParseError.reversed(trimmed, from: from, to: to) }
            return Wave(label: trimmed, window: .between(from, to))
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).count
        guard let first = Day(iso: trimmed, periodEnd: .first), let last = Day(iso: trimmed, periodEnd: .last)
        else { throw WaveParseError.malformed(trimmed) }
        return Wave(label: trimmed, window: parts == 3 ? .at(first) : .between(first, last))
    }

    /// Parses a comma-separated list of waves (`2016,2017,2018` or `2016-01-01,2019-01-01`).
    public static func parseList(_ text: String) throws -> [Wave] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        var waves: [Wave] = []
        for item in items { waves.append(try parse(String(item))) }
        guard !waves.isEmpty else { throw WaveParseError.empty }
        return waves
    }

    /// Consecutive periods of `step` covering `range`: the first starts on the first day of
    /// `range.lowerBound`'s year (for year steps) or month (for month steps); the last is the
    /// one holding `range.upperBound`. Labels: `2016` for one year, `2016..2017` for several,
    /// `2016-01..2016-06` for months (`2016-03` for one month).
    public static func every(_ step: WaveStep, over range: ClosedRange<Day>) -> [Wave] {
        let low = range.lowerBound.civil, high = range.upperBound.civil
        var year = low.year
        var month: Int
        if case .years = step { month = 1 } else { month = low.month }
        let stepMonths = step.months
        var waves: [Wave] = []
        func pad2(_ m: Int) -> String { m < 10 ? "0\(m)" : "\(m)" }
        func yearText(_ y: Int) -> String { String(Day(year: y, month: 1, day: 1).description.prefix(4)) }
        while (year, month) <= (high.year, high.month) {
            // The period's last month: `stepMonths − 1` months after (year, month).
            let endIndex = year * 12 + (month - 1) + stepMonths - 1
            let endYear = endIndex / 12, endMonth = endIndex % 12 + 1
            let first = Day(year: year, month: month, day: 1)
            let last = Day(year: endYear, month: endMonth, day: Day.daysInMonth(year: endYear, month: endMonth))
            let label: String
            switch step {
            case .years(let n): label = n == 1 ? yearText(year) : "\(yearText(year))..\(yearText(endYear))"
            case .months(let n):
                let start = "\(yearText(year))-\(pad2(month))"
                label = n == 1 ? start : "\(start)..\(yearText(endYear))-\(pad2(endMonth))"
            }
            waves.append(Wave(label: label, window: .between(first, last)))
            let next = endIndex + 1
            year = next / 12
            month = next % 12 + 1
        }
        return waves
    }

    /// What is wrong with the order of `waves`, if anything: a wave that starts before the one
    /// before it (or is the same wave again) is out of order; a wave that starts on or before
    /// the previous one's last day overlaps it (allowed, but worth a note: a record active in
    /// both counts as kept).
    public static func orderProblem(_ waves: [Wave]) -> WaveOrderProblem? {
        var overlap: WaveOrderProblem?
        for i in waves.indices.dropFirst() {
            let previous = waves[i - 1], wave = waves[i]
            if wave.first < previous.first || (wave.first == previous.first && wave.last <= previous.last) {
                return .outOfOrder(index: i)
            }
            if overlap == nil && wave.first <= previous.last { overlap = .overlapping(index: i) }
        }
        return overlap
    }
}

/// A problem with the order of waves (``Wave/orderProblem(_:)``); `index` is the later wave.
public enum WaveOrderProblem: Sendable, Equatable {
    /// Wave `index` starts before wave `index − 1` (or repeats it): an error.
    case outOfOrder(index: Int)
    /// Wave `index` starts on or before the last day of wave `index − 1`: a note.
    case overlapping(index: Int)
}

private extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
