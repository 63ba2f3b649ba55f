import Foundation
import Testing

@testable import PlaygroundTUI

/// Whole-screen snapshots of the text and style layers, stored in `Snapshots/<name>.txt`
/// next to the test files.
///
/// `RECORD_SNAPSHOTS=1` re-records them, and that run fails.
enum Snapshot {
  static func check(
    _ buffer: CellBuffer, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent("\(name).txt")
    let actual = BufferDump.snapshot(buffer)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded snapshot \(name); run again without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "No snapshot \(name).txt; run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let details = diff(expected: expected, actual: actual)
    Issue.record(
      Comment(rawValue: "Snapshot \(name) differs:\n\(details)"), sourceLocation: sourceLocation)
  }

  /// The differing lines, numbered, expected first.
  static func diff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out = [String]()
    for index in 0..<Swift.max(e.count, a.count) {
      let left = index < e.count ? String(e[index]) : "<missing>"
      let right = index < a.count ? String(a[index]) : "<missing>"
      if left != right {
        out.append("line \(index + 1):\n  expected: \(left)\n  actual:   \(right)")
      }
      if out.count >= 12 {
        out.append("…")
        break
      }
    }
    return out.joined(separator: "\n")
  }
}
