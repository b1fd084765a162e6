import Foundation

/// Which column of a CSV file holds which ``NameField`` (and, in a register, the id).
///
/// By default a field is read from the first header among ``NameField/defaultHeaders``;
/// `--columns name=partner,postcode=zip` names others. `street` also reads an `address`
/// column: when a file has both, their texts are joined.
public struct NameColumns: Sendable, Equatable {
    /// Explicit header for a field (compared ignoring case, spaces, `-` and `_`).
    public var headers: [NameField: String]
    /// Explicit header for the register's id column (default `id`).
    public var idHeader: String?

    public init(headers: [NameField: String] = [:], idHeader: String? = nil) {
        self.headers = headers
        self.idHeader = idHeader
    }

    /// Parses `field=header,field=header` (fields: `id`, `name`, `short_name`, `country`,
    /// `city`, `postcode`, `street`, `address`); throws ``SpecificationError`` on anything else.
    public static func parse(_ text: String) throws(SpecificationError) -> NameColumns {
        var columns = NameColumns()
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw SpecificationError("'\(pair)' is not field=header (e.g. name=partner,postcode=zip)")
            }
            let key = NameColumns.comparable(parts[0])
            if key == "id" { columns.idHeader = parts[1]; continue }
            if key == "address" { columns.headers[.street] = parts[1]; continue }
            guard let field = NameField.allCases.first(where: { NameColumns.comparable($0.rawValue) == key }) else {
                let known = (["id"] + NameField.allCases.map(\.rawValue) + ["address"]).joined(separator: ", ")
                throw SpecificationError("unknown field '\(parts[0])' in --columns; fields: \(known)")
            }
            columns.headers[field] = parts[1]
        }
        return columns
    }

    /// A `--columns` text that is not `field=header,…`; `message` is the sentence to show.
    public struct SpecificationError: Error, Equatable, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    /// A header as compared: lowercased, without spaces, `-` and `_`.
    static func comparable(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" })
    }
}
