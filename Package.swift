// swift-tools-version:6.3
import PackageDescription

let package = Package(
  name: "playground-tui",
  products: [
    .executable(name: "playground-tui", targets: ["playground-tui"]),
    .executable(name: "playground-bench", targets: ["playground-bench"]),
    .library(name: "PlaygroundCore", targets: ["PlaygroundCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The engine is optimized in debug builds too: its numeric loops run 20-50x slower
    // unoptimized, which would make the preset lesson tests (thousands of epochs of a
    // 6x8 network) take most of `swift test`'s time. Same code, same results.
    .target(
      name: "PlaygroundCore",
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    .target(name: "PlaygroundTUI", dependencies: ["PlaygroundCore"]),
    // No pkgConfig: SwiftPM drops its -D flags with a "prohibited flag(s)" warning
    // (terminal.md §2.1); shim.h defines them and module.modulemap links ncursesw.
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]),
    .executableTarget(
      name: "playground-tui",
      dependencies: [
        "PlaygroundCore", "PlaygroundTUI", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "playground-bench",
      dependencies: ["PlaygroundCore", "PlaygroundTUI"]),
    // What every test target shares: `need`, approximate comparison, the repository's
    // files and fixtures, and the built products of the configuration under test.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "PlaygroundCoreTests",
      dependencies: ["PlaygroundCore", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(name: "CommandLineTests", dependencies: ["PlaygroundCore", "TestSupport"]),
    .testTarget(
      name: "PlaygroundTUITests",
      dependencies: ["PlaygroundTUI", "PlaygroundCore", "TestSupport"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
