import Foundation
import Testing

/// No command writes a control character it was given, or a whole huge value, to the
/// terminal (issue 11, item 9): what it quotes is escaped and cut to about 60
/// characters.
@Suite struct MessageEscapeTests {
  /// Whether `text` holds a character a terminal acts on (other than a line end).
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n") || (0x7f...0x9f).contains($0.value)
    }
  }

  @Test func aCraftedLinkCannotDriveTheTerminal() throws {
    let link = "https://playground.tensorflow.org/#activation=%1b%5d0;X%07&seed=%1b[2J"
    let result = try CLI.run(["import-url", link])
    #expect(result.status == 0)
    #expect(!Self.hasControl(result.stderr), "\(result.stderr.debugDescription)")
    #expect(result.stderr.contains(#"activation: '\u{1B}]0;X\u{7}'"#))
    let bad = try CLI.run(["train", "--tf-url", "#noise=%1b%07"])
    #expect(bad.status == 2)
    #expect(!Self.hasControl(bad.stderr), "\(bad.stderr.debugDescription)")
  }

  @Test func presetDescriptionsAreEscaped() throws {
    let directory = try CLI.temporaryDirectory()
    let presets = directory.appendingPathComponent("Presets")
    try FileManager.default.createDirectory(at: presets, withIntermediateDirectories: true)
    try Data(#"{"version": 1, "description": "clear\u001b[2Jbell\u0007\u009b"}"#.utf8).write(
      to: presets.appendingPathComponent("evil.json"))
    let result = try CLI.run(["presets"], in: directory)
    #expect(result.status == 0)
    #expect(!Self.hasControl(result.stdout), "\(result.stdout.debugDescription)")
    #expect(result.stdout.contains(#"clear\u{1B}[2Jbell\u{7}\u{9B}"#))
  }

  @Test func hugeInputIsNotEchoedWhole() throws {
    let directory = try CLI.temporaryDirectory()
    let key = String(repeating: "k", count: 880_000)
    try Data(#"{"version": 1, "\#(key)": 1}"#.utf8).write(
      to: directory.appendingPathComponent("key.json"))
    let digits = String(repeating: "9", count: 100_000)
    try Data(#"{"version": 1, "noise": \#(digits)}"#.utf8).write(
      to: directory.appendingPathComponent("number.json"))
    let result = try CLI.run(["validate", "key.json", "number.json"], in: directory)
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count < 600 }, "\(result.stderr.prefix(300))")
  }

  @Test func theCommandLineIsEscapedInMessages() throws {
    let directory = try CLI.temporaryDirectory()
    for arguments in [
      ["train", "--format", "\u{1B}]0;X\u{07}"], ["train", "--preset", "a\u{1B}[2J"],
      ["validate", "no\u{07}such.json"], ["train", "--epochs", "1", "--output", "x/\u{1B}/y"],
      ["train", "--format", String(repeating: "f", count: 100_000)],
    ] {
      let result = try CLI.run(arguments, in: directory)
      #expect(result.status != 0)
      #expect(!Self.hasControl(result.stderr), "\(result.stderr.debugDescription)")
      #expect(result.stderr.count < 2000, "\(result.stderr.prefix(300))")
    }
  }
}
