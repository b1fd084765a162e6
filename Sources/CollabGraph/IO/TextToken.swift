/// A token of a line-oriented text format (Pajek, UCINET DL): its text (quotes removed)
/// and its 1-based line and column (in Unicode scalars).
struct TextToken: Equatable {
    var text: String
    var quoted: Bool
    var line: Int
    var column: Int
}

/// The lines of a text file, with their 1-based numbers; CR LF and CR line ends accepted.
func numberedLines(_ text: String) -> [(number: Int, text: Substring)] {
    var result: [(Int, Substring)] = []
    var number = 1
    // Split on scalars: "\r\n" is one Character, so a Character split would miss it.
    var start = text.startIndex
    var index = text.startIndex
    let scalars = text.unicodeScalars
    while index < text.endIndex {
        let scalar = scalars[index]
        if scalar == "\n" || scalar == "\r" {
            result.append((number, text[start ..< index]))
            number += 1
            var next = scalars.index(after: index)
            if scalar == "\r", next < text.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
            start = next
            index = next
        } else {
            index = scalars.index(after: index)
        }
    }
    if start < text.endIndex { result.append((number, text[start ..< text.endIndex])) }
    return result
}

/// Splits a line into tokens at whitespace and the given extra separators; a token in
/// double quotes may hold spaces and separators (no escapes inside: Pajek and DL have
/// none). An unclosed quote is an error at its position.
func tokens(of line: Substring, number: Int, separators: Set<Unicode.Scalar> = [], file: String) throws -> [TextToken] {
    var result: [TextToken] = []
    var current = ""
    var start = 0
    var column = 0
    var inQuote = false
    var quoteColumn = 0
    var hasToken = false
    for scalar in line.unicodeScalars {
        column += 1
        if inQuote {
            if scalar == "\"" {
                inQuote = false
                result.append(TextToken(text: current, quoted: true, line: number, column: quoteColumn))
                current = ""
                hasToken = false
            } else {
                current.unicodeScalars.append(scalar)
            }
            continue
        }
        if scalar == " " || scalar == "\t" || separators.contains(scalar) {
            if hasToken { result.append(TextToken(text: current, quoted: false, line: number, column: start)) }
            current = ""
            hasToken = false
            continue
        }
        if scalar == "\"" && !hasToken {
            inQuote = true
            quoteColumn = column
            continue
        }
        if !hasToken { start = column; hasToken = true }
        current.unicodeScalars.append(scalar)
    }
    if inQuote { throw InputError(file: file, line: number, column: quoteColumn, "the quote opened here is not closed on this line") }
    if hasToken { result.append(TextToken(text: current, quoted: false, line: number, column: start)) }
    return result
}

extension CollaborationGraph {
    /// Sets attribute column orders: names in `declared` order first, then the others by
    /// name (dictionary order is not stable between runs), keeping only names in use.
    mutating func orderAttributeNames(actors declaredActors: [String] = [], ties declaredTies: [String] = []) {
        func order(_ current: [String], _ declared: [String], _ inUse: (String) -> Bool) -> [String] {
            var names = declared
            for name in current.sorted() where !names.contains(name) { names.append(name) }
            return names.filter(inUse)
        }
        actorAttributeNames = order(actorAttributeNames, declaredActors) { name in actors.contains { $0.attributes[name] != nil } }
        tieAttributeNames = order(tieAttributeNames, declaredTies) { name in ties.contains { $0.attributes[name] != nil } }
        membershipAttributeNames = order(membershipAttributeNames, declaredTies) { name in memberships.contains { $0.attributes[name] != nil } }
    }
}
