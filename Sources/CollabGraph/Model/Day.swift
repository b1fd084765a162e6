/// A calendar day, stored as the number of days since 1970-01-01 (proleptic Gregorian).
///
/// Tie records and memberships carry optional `start` and `end` days. Input accepts
/// `YYYY-MM-DD`, `YYYY-MM` and `YYYY`; a partial date names a period, so a partial `start`
/// means the period's first day and a partial `end` its last day.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    public init(year: Int, month: Int, day: Int) {
        ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// Which end of a partial date's period to take.
    public enum PeriodEnd: Sendable { case first, last }

    /// Parses an ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); nil when malformed or out of range.
    public init?<S: StringProtocol>(iso text: S, periodEnd: PeriodEnd = .first) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1
        else { return nil }
        var month = periodEnd == .first ? 1 : 12
        var day = 1
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        let monthLength = Day.daysInMonth(year: year, month: month)
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...monthLength).contains(d) else { return nil }
            day = d
        } else if periodEnd == .last {
            day = monthLength
        }
        self.init(year: year, month: month, day: day)
    }

    /// Fast path for a complete `YYYY-MM-DD` in `bytes[start ..< end]`; nil for anything
    /// else (the caller then falls back to ``init(iso:periodEnd:)`` for partial dates and
    /// error messages).
    public init?(isoBytes bytes: [UInt8], _ start: Int, _ end: Int) {
        guard let day = bytes.withUnsafeBufferPointer({ Day(isoBytes: $0, start ..< end) }) else { return nil }
        self = day
    }

    /// The same fast path over raw bytes.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let start = range.lowerBound, end = range.upperBound
        guard end - start == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from ..< from + count {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(start, 4), year >= 1, let month = number(start + 5, 2), (1...12).contains(month),
              let day = number(start + 8, 2), day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The civil date (year, month, day) of this day.
    public var civil: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { civil.year }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        func pad(_ value: Int, _ width: Int) -> String {
            let s = String(value)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A time window for views: records active on one day, or overlapping a range of days.
public enum TimeWindow: Sendable, Hashable {
    case at(Day)
    case between(Day, Day)

    /// Whether a record active from `start` to `end` (nil = open) falls in the window.
    @inlinable
    public func contains(start: Day?, end: Day?) -> Bool {
        let (low, high): (Day, Day)
        switch self {
        case .at(let day): (low, high) = (day, day)
        case .between(let a, let b): (low, high) = (a, b)
        }
        if let start, start > high { return false }
        if let end, end < low { return false }
        return true
    }
}
