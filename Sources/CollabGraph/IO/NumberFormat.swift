import Foundation

/// Number formatting for tables and JSON.
public enum NumberFormat {
    /// The shortest text that parses back to the same double (`1`, `0.25`, `1e-05`);
    /// integral values print without a fraction. Empty for NaN and infinity.
    public static func shortest(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return "\(value)"
    }
}

extension NumberFormat {
    /// Fixed-point text with `digits` decimals, for human-readable output only.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }
}
