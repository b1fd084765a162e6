import CGraphviz
import Foundation

/// Placeholder for the Graphviz rendering layer (see issue: maps).
enum GraphvizLibrary {
    static var version: String { "graphviz" }
}
