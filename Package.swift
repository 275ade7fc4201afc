// swift-tools-version: 6.0
import PackageDescription

// One pipeline, one direction: SiyuData → SiyuMetrics → SiyuContent → SiyuRender → SiyuSite → siyu.
let package = Package(
    name: "Siyu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "siyu", targets: ["siyu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // The system cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Source locations and diagnostics shared by every stage (the one thing they all need).
        .target(name: "SiyuCore"),
        .target(name: "SiyuData", dependencies: ["SiyuCore", "CSiyuScan"]),
        // Ingest's two hot loops in C: splitting a CSV line at its delimiters sixteen bytes a step (SSE2), and
        // checking UTF-8 32 bytes a step (AVX2).
        .target(name: "CSiyuScan"),
        .target(name: "SiyuMetrics", dependencies: ["SiyuCore", "SiyuData"]),
        .target(
            name: "SiyuContent",
            dependencies: ["SiyuCore", "CCmarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SiyuRender",
            dependencies: [
                "SiyuMetrics", "SiyuContent",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // One C function: the atomic swap of the new site for the old one (renameat2 RENAME_EXCHANGE).
        .target(name: "CSiyuFS"),
        .target(
            name: "SiyuSite",
            dependencies: ["SiyuData", "SiyuMetrics", "SiyuContent", "SiyuRender", "CSiyuFS",
                           .product(name: "Yams", package: "Yams")]
        ),
        // glibc's malloc tuning (mallopt, and mallinfo2 for its test), which Swift's Glibc module does not expose.
        .target(name: "CSiyuMemory"),
        // Deterministic synthetic projects: the bundled sample and `siyu sample --scale S`.
        .target(name: "SiyuSample"),
        .executableTarget(
            name: "siyu",
            dependencies: ["SiyuCore", "SiyuData", "SiyuMetrics", "SiyuRender", "SiyuSite", "SiyuSample", "CSiyuMemory",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Build-time embedding of Templates/ into the binary, so `siyu` works from any directory.
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),

        .testTarget(name: "SiyuDataTests", dependencies: ["SiyuData"]),
        .testTarget(name: "SiyuSampleTests", dependencies: ["SiyuSample", "SiyuData"]),
        .testTarget(name: "SiyuMetricsTests", dependencies: ["SiyuMetrics"], exclude: ["Fixtures"]),
        .testTarget(name: "SiyuContentTests", dependencies: ["SiyuContent"], exclude: ["Fixtures"]),
        .testTarget(name: "SiyuRenderTests", dependencies: ["SiyuRender"], exclude: ["Snapshots"]),
        .testTarget(name: "SiyuSiteTests", dependencies: ["SiyuSite", "SiyuSample", "CSiyuMemory"]),
    ],
    swiftLanguageModes: [.v6]
)
