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
    // One pass over the UTF-8 bytes (separators, blanks and quotes are ASCII, so token
    // bounds fall on scalar boundaries); a token's text is one slice, not a scalar at a
    // time, so a 200 MB line costs time and memory in proportion to its bytes.
    var isSeparator = [Bool](repeating: false, count: 128)
    for scalar in separators where scalar.isASCII { isSeparator[Int(scalar.value)] = true }
    isSeparator[Int(UInt8(ascii: " "))] = true
    isSeparator[Int(UInt8(ascii: "\t"))] = true
    let quote = UInt8(ascii: "\"")
    var result: [TextToken] = []
    let utf8 = line.utf8
    var column = 0
    var tokenStart: String.Index?
    var startColumn = 0
    var quoteStart: String.Index?
    var quoteColumn = 0
    var i = utf8.startIndex
    while i < utf8.endIndex {
        let byte = utf8[i]
        if byte & 0xC0 != 0x80 { column += 1 }
        if let open = quoteStart {
            if byte == quote {
                result.append(TextToken(text: String(line[open ..< i]), quoted: true, line: number, column: quoteColumn))
                quoteStart = nil
            }
        } else if byte < 128 && isSeparator[Int(byte)] {
            if let start = tokenStart {
                result.append(TextToken(text: String(line[start ..< i]), quoted: false, line: number, column: startColumn))
                tokenStart = nil
            }
        } else if byte == quote && tokenStart == nil {
            quoteStart = utf8.index(after: i)
            quoteColumn = column
        } else if tokenStart == nil {
            tokenStart = i
            startColumn = column
        }
        i = utf8.index(after: i)
    }
    if quoteStart != nil { throw InputError(file: file, line: number, column: quoteColumn, "the quote opened here is not closed on this line") }
    if let start = tokenStart { result.append(TextToken(text: String(line[start ..< utf8.endIndex]), quoted: false, line: number, column: startColumn)) }
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
