import Foundation
import TestSupport
import Testing

/// `presets` (and the picker, which reads the same list) gives the presets in the order of
/// the lecture: the order of `Presets/lessons.txt`, then the presets it does not list, by
/// name.
@Suite struct LessonOrderTests {
  /// The names the output of `presets` starts its lines with.
  static func ids(_ stdout: String) -> [String] {
    stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  @Test func theShippedPresetsAreListedInLessonOrder() throws {
    let result = try CLI.run(["presets"])
    #expect(result.status == 0)
    let text = try String(
      contentsOf: RepositoryFiles.presets.appendingPathComponent("lessons.txt"), encoding: .utf8)
    let order = text.split(separator: "\n").map { $0.prefix { $0 != "#" } }
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(Self.ids(result.stdout) == order)
  }

  @Test func unlistedPresetsComeAfterByName() throws {
    let directory = try CLI.temporaryDirectory()
    let presets = directory.appendingPathComponent("Presets")
    try FileManager.default.createDirectory(at: presets, withIntermediateDirectories: true)
    for name in ["alpha", "beta", "zeta"] {
      try Data(#"{"version": 1, "description": "lesson \#(name)"}"#.utf8).write(
        to: presets.appendingPathComponent("\(name).json"))
    }
    try Data("# my lecture\nzeta\n\nalpha  # then this\nmissing\n".utf8).write(
      to: presets.appendingPathComponent("lessons.txt"))
    let result = try CLI.run(["presets"], in: directory)
    #expect(result.status == 0)
    let ids = Self.ids(result.stdout)
    // This folder's lessons, the source tree's (its `default` first), then the rest.
    #expect(Array(ids.prefix(3)) == ["zeta", "alpha", "default"], "\(ids)")
    #expect(ids.last == "beta", "\(ids)")
    #expect(!ids.contains("missing"))
  }
}
