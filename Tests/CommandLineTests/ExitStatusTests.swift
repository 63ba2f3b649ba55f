import Foundation
import Testing

/// One meaning per exit status across every command (DESIGN.md §4): 0 ok, 1 a runtime
/// failure, 2 a bad scenario or data file (or link) or no terminal for the playground, 64 a
/// usage error.
@Suite struct ExitStatusTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var testDescription: String { "\(arguments.joined(separator: " ")) → \(status)" }
  }

  static let badLink = "https://playground.tensorflow.org/#networkShape=9"

  static let cases: [Case] = [
    Case(arguments: ["validate", "good.json"], status: 0),
    Case(arguments: ["validate", "good.json", "bad.json"], status: 2),
    Case(arguments: ["validate", "missing.json"], status: 2),
    Case(arguments: ["validate"], status: 64),
    Case(arguments: ["train", "--preset", "good.json", "--epochs", "1", "--seed", "1"], status: 0),
    Case(arguments: ["train", "--preset", "bad.json"], status: 2),
    Case(arguments: ["train", "--tf-url", badLink], status: 2),
    Case(
      arguments: ["train", "--epochs", "1", "--seed", "1", "--output", "no/dir/x.csv"], status: 1),
    Case(arguments: ["train", "--format", "xml"], status: 64),
    Case(arguments: ["train", "--preset", "good.json", "--tf-url", badLink], status: 64),
    Case(arguments: ["import-url", badLink], status: 2),
    Case(arguments: ["presets"], status: 0),
    Case(arguments: ["--preset", "bad.json"], status: 2),
    Case(arguments: ["--color", "purple"], status: 64),
    Case(arguments: ["--lang", "de"], status: 64),
    Case(arguments: ["--help"], status: 0),
  ]

  @Test(arguments: cases) func everyCommandUsesTheSameStatuses(_ test: Case) throws {
    let directory = try CLI.temporaryDirectory()
    try Data(#"{"version": 1}"#.utf8).write(to: directory.appendingPathComponent("good.json"))
    try Data(#"{"version": 1, "noise": 99}"#.utf8).write(
      to: directory.appendingPathComponent("bad.json"))
    let result = try CLI.run(test.arguments, in: directory)
    #expect(result.status == test.status, "\(result.stderr)")
    if test.status == 2 || test.status == 1 {
      #expect(!result.stderr.isEmpty && !result.stderr.contains("Error:"), "\(result.stderr)")
    }
  }

  /// The playground without a terminal is bad input (exit 2): it says what is missing in
  /// one line and writes nothing else (the tmux end-to-end tests cover a pipe, `TERM=dumb`,
  /// an unset and an unknown TERM on a real terminal).
  @Test func withoutATerminalThePlaygroundIsBadInput() throws {
    let process = Process()
    process.executableURL = try CLI.binary
    process.environment = ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let written = out.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(written.isEmpty)
    #expect(
      message == "playground-tui: the playground needs a terminal, but standard input and "
        + "standard output are not terminals (to train without a screen, use "
        + "'playground-tui train')\n")
  }
}
