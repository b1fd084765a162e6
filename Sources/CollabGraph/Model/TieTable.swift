/// The tie records of a graph, stored by column: the ends as two `Int32` columns, the
/// weights as one `Double` column (absent while every weight is 1), relation types as
/// one byte each (four once a graph has more than 255 types), start and end days as
/// `Int32` ordinals (each column absent while no record has that date), and attributes
/// one column of optional strings per attribute name (absent while no record has one).
///
/// A collection of ``Tie`` values, in record order: `for tie in graph.ties`,
/// `graph.ties[i]`, `map`, `filter` read as before; each `Tie` is assembled from the
/// columns when read. Hot loops read the columns themselves (``sources``, ``targets``,
/// ``weight(_:)``, ``relationType(_:)``), which is what views are built from.
///
/// A record takes 4 + 4 + 1 bytes plus 8 for a weight column and 4 per date column:
/// 17–25 bytes where an array of `Tie` takes 40.
///
/// - Complexity: O(1) per element read or appended (amortised); O(r) to add a column
///   when the first record with that value arrives.
public struct TieTable: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Source actor index per record.
    public private(set) var sources: [Int32] = []
    /// Target actor index per record.
    public private(set) var targets: [Int32] = []
    /// Weight per record; empty while every weight is 1.
    public private(set) var weights: [Double] = []
    /// Relation type per record while every index fits a byte; empty while every record
    /// is untyped (index 0).
    private var narrowTypes: [UInt8] = []
    /// Relation types once one is above 255 (then ``narrowTypes`` is empty).
    private var wideTypes: [Int32]?
    /// Start and end day ordinals per record (`Int32.min`: none); empty while no record
    /// has one.
    private var startOrdinals: [Int32] = []
    private var endOrdinals: [Int32] = []
    /// Attribute names in order of first appearance, and one column per name.
    public private(set) var attributeNames: [String] = []
    private var attributeColumns: [[String?]] = []

    public init() {}

    public init(arrayLiteral elements: Tie...) {
        self.init(elements)
    }

    public init<S: Sequence>(_ ties: S) where S.Element == Tie {
        for tie in ties { append(tie) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sources.count }
    public var count: Int { sources.count }
    public var isEmpty: Bool { sources.isEmpty }

    public subscript(position: Int) -> Tie {
        var attributes: [String: String] = [:]
        for (k, column) in attributeColumns.enumerated() {
            if let value = column[position] { attributes[attributeNames[k]] = value }
        }
        return Tie(source: sources[position], target: targets[position], relationType: relationType(position),
                   weight: weight(position), startOrdinal: startOrdinals.isEmpty ? .min : startOrdinals[position],
                   endOrdinal: endOrdinals.isEmpty ? .min : endOrdinals[position], attributes: attributes)
    }

    /// The weight of record `i`.
    @inline(__always)
    public func weight(_ i: Int) -> Double { weights.isEmpty ? 1 : weights[i] }

    /// The relation type index of record `i`.
    @inline(__always)
    public func relationType(_ i: Int) -> Int32 {
        if let wideTypes { return wideTypes[i] }
        return narrowTypes.isEmpty ? 0 : Int32(narrowTypes[i])
    }

    /// The start day ordinal of record `i`, `Int32.min` when it has none.
    @inline(__always)
    public func startOrdinal(_ i: Int) -> Int32 { startOrdinals.isEmpty ? .min : startOrdinals[i] }

    /// The end day ordinal of record `i`, `Int32.min` when it has none.
    @inline(__always)
    public func endOrdinal(_ i: Int) -> Int32 { endOrdinals.isEmpty ? .min : endOrdinals[i] }

    /// Whether some record has a start or an end day.
    public var hasDates: Bool { !startOrdinals.isEmpty || !endOrdinals.isEmpty }

    /// Whether every weight is 1.
    public var isUnweighted: Bool { weights.isEmpty }

    public static func == (a: TieTable, b: TieTable) -> Bool { a.elementsEqual(b) }

    public mutating func reserveCapacity(_ capacity: Int) {
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
        if wideTypes != nil { wideTypes!.reserveCapacity(capacity) } else if !narrowTypes.isEmpty { narrowTypes.reserveCapacity(capacity) }
        if !weights.isEmpty { weights.reserveCapacity(capacity) }
        if !startOrdinals.isEmpty { startOrdinals.reserveCapacity(capacity) }
        if !endOrdinals.isEmpty { endOrdinals.reserveCapacity(capacity) }
    }

    public mutating func append(_ tie: Tie) {
        let i = sources.count
        sources.append(tie.source)
        targets.append(tie.target)
        appendType(tie.relationType)
        TieTable.append(tie.weight, to: &weights, at: i, absent: 1)
        TieTable.append(tie.startOrdinal, to: &startOrdinals, at: i, absent: .min)
        TieTable.append(tie.endOrdinal, to: &endOrdinals, at: i, absent: .min)
        for (name, value) in tie.attributes.sorted(by: { $0.key < $1.key }) where attributeNames.firstIndex(of: name) == nil {
            _ = value
            attributeNames.append(name)
            attributeColumns.append([String?](repeating: nil, count: i))
        }
        for k in attributeNames.indices { attributeColumns[k].append(tie.attributes[attributeNames[k]]) }
    }

    private mutating func appendType(_ type: Int32) {
        precondition(type >= 0, "relation type index out of range")
        let i = sources.count - 1            // the record being appended
        if wideTypes == nil && type > Int32(UInt8.max) {
            wideTypes = narrowTypes.isEmpty ? [Int32](repeating: 0, count: i) : narrowTypes.map { Int32($0) }
            narrowTypes = []
        }
        if wideTypes != nil { wideTypes!.append(type); return }
        TieTable.append(UInt8(type), to: &narrowTypes, at: i, absent: 0)
    }

    /// Appends the value of record `i` to an optional column: a column is present when
    /// it holds a value for every record before `i` (and some record has one), absent
    /// (empty) while every value is `absent`; it is made when the first other value comes.
    private static func append<T: Equatable>(_ value: T, to column: inout [T], at i: Int, absent: T) {
        if i > 0 && column.count == i {
            column.append(value)
        } else if value != absent {
            column = [T](repeating: absent, count: i)
            column.append(value)
        }
    }

    /// Columns written by the fast loader, already checked (ends in range, weights
    /// positive and finite; `weights`, `starts`, `ends` and `narrowTypes` empty when
    /// absent; `wideTypes` only when some index does not fit a byte).
    init(sources: [Int32], targets: [Int32], narrowTypes: [UInt8], wideTypes: [Int32]?, weights: [Double],
         starts: [Int32], ends: [Int32]) {
        self.sources = sources
        self.targets = targets
        self.weights = weights
        if let wideTypes { self.wideTypes = wideTypes } else { self.narrowTypes = narrowTypes }
        startOrdinals = starts
        endOrdinals = ends
    }
}

extension TieTable {
    /// The start day of record `i`, if any.
    public func start(_ i: Int) -> Day? {
        let ordinal = startOrdinal(i)
        return ordinal == .min ? nil : Day(ordinal: ordinal)
    }

    /// The end day of record `i`, if any.
    public func end(_ i: Int) -> Day? {
        let ordinal = endOrdinal(i)
        return ordinal == .min ? nil : Day(ordinal: ordinal)
    }

    /// Whether record `i` passes a view's filters: its relation type flagged in `types`
    /// (nil: every type) and active in `window` (nil: always; undated records always are).
    @inline(__always)
    func isKept(_ i: Int, types: [Bool]?, window: TimeWindow?) -> Bool {
        if let types, !types[Int(relationType(i))] { return false }
        if let window { return window.contains(start: start(i), end: end(i)) }
        return true
    }
}
