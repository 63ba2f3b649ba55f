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
    .target(name: "PlaygroundCore"),
    .target(name: "PlaygroundTUI", dependencies: ["PlaygroundCore"]),
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
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
    .testTarget(
      name: "PlaygroundCoreTests",
      dependencies: ["PlaygroundCore"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "PlaygroundTUITests",
      dependencies: ["PlaygroundTUI", "PlaygroundCore"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
