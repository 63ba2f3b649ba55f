import Foundation
import Testing

/// Runs `Tests/e2e/tmux-e2e.sh` against the debug binary of this checkout: start, train,
/// resize, and quit by q, Ctrl-C, SIGTERM, SIGHUP and a crash, each restoring the
/// terminal. `.ci/run` builds the binary before `swift test`; without it this test fails
/// and says how to build it rather than passing silently.
@Suite struct EndToEndTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test(.timeLimit(.minutes(2))) func realBinaryInTmuxRestoresTheTerminal() throws {
    let binary = Self.root.appendingPathComponent(".build/debug/playground-tui").path
    let script = Self.root.appendingPathComponent("Tests/e2e/tmux-e2e.sh").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record(
        "No binary at \(binary): run `swift build` before `swift test` (.ci/run does).")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script, binary]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains(" passed, 0 failed"), "\(text)")
  }
}
