import Foundation

/// The products of the build configuration under test: `swift test` puts its test runner
/// in the same folder as the executables it built (`.build/<triple>/debug` or
/// `.../release`), so `swift test -c release` finds the release binaries.
public enum BuiltProducts {
  /// The folder of the running test bundle: on Linux the runner is the executable
  /// `<bin>/<package>PackageTests.xctest`; on macOS a bundle `<bin>/<package>PackageTests.xctest/`.
  public static let directory: URL? = {
    for path in runnerPaths {
      var url = URL(fileURLWithPath: path).standardizedFileURL
      while url.pathComponents.count > 1 {
        if url.lastPathComponent.hasSuffix(".xctest") { return url.deletingLastPathComponent() }
        url = url.deletingLastPathComponent()
      }
    }
    return nil
  }()

  /// Paths that may name the test bundle: the running executable, then the arguments
  /// (a runner such as `swiftpm-testing-helper` is given the bundle's path).
  private static var runnerPaths: [String] {
    #if os(Linux)
      let executable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    #else
      let executable = Bundle.main.executablePath
    #endif
    return (executable.map { [$0] } ?? []) + CommandLine.arguments
  }

  /// The built executable `name` of this configuration.
  ///
  /// - Throws: `MissingProduct` (saying how to build it) when there is none.
  public static func executable(_ name: String) throws(MissingProduct) -> URL {
    guard let directory else { throw MissingProduct(name: name, directory: nil) }
    let url = directory.appendingPathComponent(name)
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw MissingProduct(name: name, directory: directory)
    }
    return url
  }
}

/// A product the test needs that the build did not make.
public struct MissingProduct: Error, CustomStringConvertible {
  /// The executable's name.
  public var name: String
  /// Where it was looked for, when the test bundle's folder is known.
  public var directory: URL?

  public var description: String {
    guard let directory else {
      return "cannot tell which build folder this test runs from, so no \(name) to test"
    }
    return "no \(name) in \(directory.path): build it in the same configuration first"
      + " (`swift build` before `swift test`, `swift build -c release` before"
      + " `swift test -c release`)"
  }
}
