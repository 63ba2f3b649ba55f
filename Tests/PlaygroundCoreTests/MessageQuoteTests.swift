import Foundation
import PlaygroundCore
import Testing

/// Input quoted in a message is escaped and bounded (issue 11, item 9): no raw control
/// character reaches a terminal through an error or a note, and no "one-line" message
/// holds a whole 880 KB key.
@Suite struct MessageQuoteTests {
  /// Whether `text` has a character a terminal would act on.
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a\nb\tc\rd", #"a\nb\tc\rd"#),
    ("\u{1B}]0;X\u{07}", #"\u{1B}]0;X\u{7}"#),
    ("del\u{7F} c1\u{9B}", #"del\u{7F} c1\u{9B}"#),
    ("bidi\u{202E}txt\u{2066}", #"bidi\u{202E}txt\u{2066}"#),
    ("line\u{2028}sep", #"line\u{2028}sep"#),
    ("é ✓ 日本", "é ✓ 日本"),
  ])
  func controlCharactersAreEscaped(_ input: String, _ expected: String) {
    #expect(input.escapedForMessage() == expected)
  }

  @Test func longTextIsCutWithAnEllipsis() {
    let exact = String(repeating: "a", count: 60)
    #expect(exact.escapedForMessage() == exact)
    #expect((exact + "b").escapedForMessage() == exact + "…")
    #expect(String(repeating: "7", count: 100_000).escapedForMessage(limit: 10) == "7777777777…")
  }

  /// Escapes count as the characters they are written with, and are never cut in half.
  @Test func escapesCountTowardTheLimit() {
    let bells = String(repeating: "\u{07}", count: 1000)
    let shown = bells.escapedForMessage(limit: 20)
    #expect(shown == String(repeating: #"\u{7}"#, count: 4) + "…")
    #expect(shown.count <= 21)
    #expect("ab\u{1B}".escapedForMessage(limit: 4) == "ab…")
  }

  // MARK: The scenario reader

  static func message(_ json: String) throws -> String {
    let error = try #require(throws: ScenarioError.self) {
      try Scenario.decode(from: Data(json.utf8), file: "x.json")
    }
    return error.description
  }

  @Test func aHugeNumberIsNotEchoedWhole() throws {
    let digits = String(repeating: "9", count: 100_000)
    for json in [
      #"{"version": 1, "noise": \#(digits)}"#, #"{"version": 1, "batchSize": \#(digits).5}"#,
      #"{"version": 1, "seed": -\#(digits)}"#, #"{"version": 1, "learningRate": \#(digits)}"#,
      #"{"version": 1, "noise": \#(digits)x}"#, #"{"version": 1, "noise": 1e\#(digits)}"#,
      #"{"version": 1, "data": {"train": [[0, 0, \#(digits)]]}}"#,
      #"{"version": 1, "name": \#(digits)}"#, #"{"version": \#(digits)}"#,
    ] {
      let text = try Self.message(json)
      #expect(text.count < 200, "\(text.prefix(300))")
      #expect(text.contains("…"), "\(text)")
    }
  }

  @Test func aHugeUnknownKeyIsNotEchoedWhole() throws {
    let key = String(repeating: "k", count: 880_000)
    let text = try Self.message(#"{"version": 1, "\#(key)": 1}"#)
    #expect(text.count < 600, "\(text.prefix(300))")
    #expect(text.hasPrefix("x.json: " + String(repeating: "k", count: 60) + "…: unknown key"))
    let nested = try Self.message(#"{"version": 1, "view": {"\#(key)": 1}}"#)
    #expect(nested.count < 200)
    let duplicate = try Self.message(#"{"version": 1, "\#(key)": 1, "\#(key)": 2}"#)
    #expect(duplicate.count < 200)
  }

  @Test func controlCharactersInInputAreEscaped() throws {
    let esc = #"\u001b]0;X\u0007"#
    for json in [
      #"{"version": 1, "\#(esc)": 1}"#, #"{"version": 1, "activation": "\#(esc)"}"#,
      #"{"version": 1, "batchSize": "\#(esc)"}"#, #"{"version": 1, "view": {"hide": ["\#(esc)"]}}"#,
      #"{"version": 1, "shuffle": "\#(esc)"}"#, #"{"version": 1, "\#(esc)": 1, "\#(esc)": 1}"#,
      "{\"version\": 1, \"noise\": \u{1B}}", "{\"version\": 1}\u{07}",
      "{\"version\": 1, \"noise\": 1\u{1B}}",
    ] {
      let text = try Self.message(json)
      #expect(!Self.hasControl(text), "\(text.debugDescription)")
      #expect(text.contains(#"\u{1B}"#) || text.contains(#"\u{7}"#), "\(text.debugDescription)")
    }
  }

  @Test func aFileNameIsEscapedButNotShortened() {
    let name = String(repeating: "d/", count: 50) + "a\u{1B}b.json"
    let error = ScenarioError.missingKey(file: name, path: "", key: "version")
    #expect(
      error.description
        == String(repeating: "d/", count: 50) + #"a\u{1B}b.json: missing required key 'version'"#)
  }

  /// `version: 1e26` is a newer file, not an Int64 range problem (issue 11, item 12).
  @Test(arguments: [
    "1e26", "9223372036854775808", "2.0e3", "1" + String(repeating: "0", count: 400),
  ])
  func aHugeVersionIsFromANewerPlaygroundTUI(_ literal: String) throws {
    let text = try Self.message(#"{"version": \#(literal)}"#)
    #expect(text.contains("was written by a newer playground-tui"), "\(text)")
    #expect(text.count < 200)
  }

  // MARK: The TensorFlow Playground link

  @Test func linkTextIsEscapedInNotesAndErrors() throws {
    let (_, notes) = try Scenario.fromTFPlaygroundURL(
      "#activation=%1b%5d0;X%07&seed=%1b[2J&tutorial=%07&%1b=1&%c2%9b_hide=true")
    // The seed is kept as written (`%1b[2J`, printable), as the page seeds with it.
    #expect(notes.count == 4, "\(notes)")
    for note in notes { #expect(!Self.hasControl(note), "\(note.debugDescription)") }
    #expect(notes.contains { $0.hasPrefix(#"activation: '\u{1B}]0;X\u{7}' is not one"#) })
    for link in ["#noise=%1b", "#batchSize=%07", "#networkShape=4,%1b", "#learningRate=%1b"] {
      let error = try #require(throws: ScenarioError.self) {
        try Scenario.fromTFPlaygroundURL(link)
      }
      #expect(!Self.hasControl(error.description), "\(error.description.debugDescription)")
    }
  }

  @Test func longLinkTextIsShortened() throws {
    let long = String(repeating: "z", count: 100_000)
    let (_, notes) = try Scenario.fromTFPlaygroundURL(
      "#activation=\(long)&\(long)=1&seed=\(long)")
    for note in notes { #expect(note.count < 300, "\(note.prefix(200))") }
    let error = try #require(throws: ScenarioError.self) {
      try Scenario.fromTFPlaygroundURL("#noise=\(long)")
    }
    #expect(error.description.count < 200)
  }
}
