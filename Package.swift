// swift-tools-version:6.0
import PackageDescription

// CollabGraph: a network-analysis engine and CLI for collaboration graphs.
// No package dependencies: the Swift toolchain and one system library, Graphviz.
//
// Release builds keep Swift's checks (bounds, overflow, exclusivity) in every target: the
// readers parse untrusted files, so an out-of-range index must trap, never corrupt memory.
// The hot kernels (Brandes' searches, the bit-parallel searches, PageRank, the CSR searches)
// skip the checks only where they read rows and buffers through pointers, bounds checked
// once outside the loop (`withUnsafeBufferPointer`, `SharedBuffer` in Core/Parallel.swift).

let package = Package(
    name: "CollabGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CollabGraph", targets: ["CollabGraph"]),
        .library(name: "CollabAnalysis", targets: ["CollabAnalysis"]),
        .library(name: "CollabOutput", targets: ["CollabOutput"]),
        .library(name: "CollabRender", targets: ["CollabRender"]),
        .executable(name: "collab", targets: ["collab"]),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "CollabGraph"),
        .target(name: "CollabAnalysis", dependencies: ["CollabGraph"]),
        .target(name: "CollabOutput", dependencies: ["CollabGraph", "CollabAnalysis"]),
        .target(name: "CollabRender", dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CGraphviz"]),
        .target(name: "CollabCLI", dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CollabRender"]),
        .executableTarget(name: "collab", dependencies: ["CollabCLI"]),
        .testTarget(
            name: "CollabGraphTests",
            dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CollabRender", "CollabCLI"]
        ),
    ]
)
