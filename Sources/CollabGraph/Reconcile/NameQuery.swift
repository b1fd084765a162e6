/// One organisation name to reconcile, with whatever else is known about the organisation.
///
/// Every field but `name` may be empty. `street` holds a street or a whole free-text address
/// ("Western Road, CORK, T12 YN60"): the matcher reads its words and looks for the register's
/// postcode in it, so a free-text address needs no splitting.
public struct NameQuery: Sendable, Equatable {
    public var name: String
    public var shortName: String
    public var country: String
    public var city: String
    public var postcode: String
    public var street: String

    public init(name: String, shortName: String = "", country: String = "", city: String = "",
                postcode: String = "", street: String = "") {
        self.name = name
        self.shortName = shortName
        self.country = country
        self.city = city
        self.postcode = postcode
        self.street = street
    }

    /// The value of one field.
    public subscript(field: NameField) -> String {
        get {
            switch field {
            case .name: name
            case .shortName: shortName
            case .country: country
            case .city: city
            case .postcode: postcode
            case .street: street
            }
        }
        set {
            switch field {
            case .name: name = newValue
            case .shortName: shortName = newValue
            case .country: country = newValue
            case .city: city = newValue
            case .postcode: postcode = newValue
            case .street: street = newValue
            }
        }
    }
}

/// The fields a names file or a register may carry, each with the column headers that hold
/// it by default (compared ignoring case, spaces, `-` and `_`).
public enum NameField: String, CaseIterable, Sendable {
    case name
    case shortName = "short_name"
    case country
    case city
    case postcode
    case street

    /// Headers read as this field when `--columns` does not say otherwise, in preference order.
    public var defaultHeaders: [String] {
        switch self {
        case .name: ["name", "label", "organisation", "organization"]
        case .shortName: ["short_name", "shortname", "acronym"]
        case .country: ["country", "country_code"]
        case .city: ["city", "town", "locality"]
        case .postcode: ["postcode", "post_code", "postal_code", "zip", "zip_code"]
        case .street: ["street", "address"]
        }
    }
}
