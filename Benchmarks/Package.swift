// swift-tools-version:6.0
import PackageDescription

// Benchmarks for CollabGraph, in their own package so that benchmark needs never touch the
// library: `collab-bench` times the library against igraph and NetworkX on the same files.
// Run everything with `Benchmarks/run.sh` (see Benchmarks/README.md).
let package = Package(
    name: "CollabGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "CollabGraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "collab-bench",
            dependencies: [.product(name: "CollabGraph", package: "CollabGraph"),
                           .product(name: "CollabAnalysis", package: "CollabGraph"),
                           .product(name: "CollabRender", package: "CollabGraph")]
            // Swift's checks stay on here too (the project builds nothing with -Ounchecked).
        ),
    ]
)
