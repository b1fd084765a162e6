/// A bounded quotation of untrusted text for messages: an error quotes at most
/// ``limit`` characters of the offending value (a 100 MB header is not echoed back), with
/// control characters shown as `\u{…}` escapes so a message stays one readable line.
public enum Excerpt {
    /// The largest number of characters quoted.
    public static let limit = 60

    /// `text` itself when short and printable; otherwise its first characters, escaped,
    /// followed by `… (N characters)`.
    public static func of<S: StringProtocol>(_ text: S, limit: Int = Excerpt.limit) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                let total = text.count
                return out + "… (\(total) characters)"
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80 ..< 0xA0).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// A list of names, each an excerpt, at most `count` of them (`…and N more`).
    public static func list(_ names: [String], count: Int = 12) -> String {
        var shown = names.prefix(count).map { of($0) }.joined(separator: ", ")
        if names.count > count { shown += ", …and \(names.count - count) more" }
        return shown
    }
}
