// swift-tools-version: 6.0
import PackageDescription

// libFuzzer harnesses for Siyu's parsers of untrusted input. The library targets are the main package's own
// sources (symbolic links under Sources/ to ../Sources/<Target>): the APIs under test are `package`-level, which
// Swift only lets code of the same package see, so the harnesses compile them into this package instead of
// depending on library products the main package does not (and should not) export. See README.md.
let package = Package(
    name: "SiyuFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm"),
        .target(name: "SiyuCore"),
        .target(name: "CSiyuScan"),
        .target(name: "SiyuData", dependencies: ["SiyuCore", "CSiyuScan"]),
        .target(name: "SiyuContent", dependencies: ["SiyuCore", "CCmarkGFM", .product(name: "Yams", package: "Yams")]),
        .target(name: "FuzzDriver", path: "Harnesses/FuzzDriver"),
        .executableTarget(name: "FuzzCSV", dependencies: ["SiyuData", "SiyuCore", "FuzzDriver"], path: "Harnesses/FuzzCSV"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["SiyuContent", "SiyuCore", "FuzzDriver"],
                          path: "Harnesses/FuzzFrontMatter"),
        .executableTarget(name: "FuzzPlaybook", dependencies: ["SiyuContent", "SiyuCore", "FuzzDriver"],
                          path: "Harnesses/FuzzPlaybook"),
    ],
    swiftLanguageModes: [.v6]
)
