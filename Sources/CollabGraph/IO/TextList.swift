/// Long lists in text output: the first few items and "… and K more", so a category list of
/// 42 sectors or 3,000 unreached actors stays one readable line. Every text writer folds its
/// lists here, so they all read the same.
public enum TextList {
    /// `items` joined by `separator`, the first `limit` of them and "… and K more" after.
    public static func folded(_ items: [String], limit: Int, separator: String = ", ") -> String {
        let shown = items.prefix(limit).joined(separator: separator)
        return items.count > limit ? shown + separator + "… and \(items.count - limit) more" : shown
    }
}
