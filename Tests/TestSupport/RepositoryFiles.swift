import Foundation

/// Files of this repository, found through `#filePath`, so no test reads outside it.
public enum RepositoryFiles {
  /// The repository's root folder (the one holding `Package.swift`).
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `relativePath` under the root: `Presets/default.json`.
  public static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  /// The folder of the shipped scenario files.
  public static let presets = url("Presets")

  /// The names of the shipped scenario files (`default.json`...), sorted.
  public static var presetFileNames: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: presets.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.sorted()
  }
}

/// The recorded runs of the original engine, `Tests/PlaygroundCoreTests/Fixtures/*.json`,
/// shared by the engine's parity tests and the command line's.
public enum Fixtures {
  /// The folder holding them.
  public static let directory = RepositoryFiles.url("Tests/PlaygroundCoreTests/Fixtures")

  /// The fixture file names, sorted.
  public static var parityNames: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.sorted()
  }

  /// The file of fixture `name`.
  public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  /// The bytes of fixture `name`.
  public static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }
}
