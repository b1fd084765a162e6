// swift-tools-version:6.0
import PackageDescription

// CollabGraph: a network-analysis engine and CLI for collaboration graphs.
// No package dependencies: the Swift toolchain and one system library, Graphviz.
let releaseFlags: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

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
        .target(name: "CollabGraph", swiftSettings: releaseFlags),
        .target(name: "CollabAnalysis", dependencies: ["CollabGraph"], swiftSettings: releaseFlags),
        .target(name: "CollabOutput", dependencies: ["CollabGraph", "CollabAnalysis"], swiftSettings: releaseFlags),
        .target(name: "CollabRender", dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CGraphviz"], swiftSettings: releaseFlags),
        .target(name: "CollabCLI", dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CollabRender"], swiftSettings: releaseFlags),
        .executableTarget(name: "collab", dependencies: ["CollabCLI"], swiftSettings: releaseFlags),
        .testTarget(
            name: "CollabGraphTests",
            dependencies: ["CollabGraph", "CollabAnalysis", "CollabOutput", "CollabRender", "CollabCLI"]
        ),
    ]
)
