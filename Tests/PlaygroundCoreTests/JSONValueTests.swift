import Foundation
import PlaygroundCore
import Testing

/// The project's own JSON reader: strict, ordered, exact about numbers, precise about
/// where it failed.
@Suite struct JSONValueTests {
  @Test func objectKeepsKeysInFileOrder() throws {
    let value = try JSONValue.parse(#"{"b": 1, "a": [true, false, null], "c": "x"}"#)
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "c"])
    #expect(value["a"] == .array([.bool(true), .bool(false), .null]))
    #expect(value["c"] == .string("x"))
  }

  @Test(arguments: [
    ("10", true, 10.0), ("-0", true, -0.0), ("2.0", false, 2.0), ("1e3", false, 1000.0),
    ("-1.5E-2", false, -0.015), ("0.1", false, 0.1),
  ])
  func numbersKeepHowTheyWereWritten(text: String, integer: Bool, value: Double) throws {
    guard case .number(let n) = try JSONValue.parse(text) else {
      Issue.record("not a number")
      return
    }
    #expect(n.literal == text)
    #expect(n.isWrittenAsInteger == integer)
    #expect(n.value == value)
  }

  @Test func largeIntegersStayExact() throws {
    guard case .number(let n) = try JSONValue.parse("9007199254740993") else {
      Issue.record("not a number")
      return
    }
    #expect(n.exactInteger == 9_007_199_254_740_993)
    #expect(n.value == 9_007_199_254_740_992)
  }

  @Test func stringEscapesAndUnicode() throws {
    let value = try JSONValue.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00✓""#)
    #expect(value == .string("a\"b\\c/d\n\té😀✓"))
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("[1]".utf8)
    #expect(try JSONValue.parse(data) == .array([.number(try #require(JSONNumber(literal: "1")))]))
  }

  static let syntaxCases: [(String, Int, Int, String)] = [
    ("{\"name\": \"é\", x}", 1, 15, "expected a key in double quotes, found 'x'"),
    ("[1, 2,]", 1, 7, "expected a value, found ']'"),
    ("[1 2]", 1, 4, "expected ',' or ']' after a value, found '2'"),
    ("{\"a\" 1}", 1, 6, "expected ':' after the key 'a', found '1'"),
    ("{\"a\": 1\n\n  \"b\": 2}", 3, 3, "expected ',' or '}' after a value, found '\"'"),
    ("[-]", 1, 2, "invalid number '-'"),
    ("[1.]", 1, 2, "invalid number '1.'"),
    ("[1e]", 1, 2, "invalid number '1e'"),
    ("[True]", 1, 2, "expected a value, found 'True'"),
    (
      "[\"a\tb\"]", 1, 4, "a control character in a string must be written as an escape such as \\n"
    ),
    ("[\"\\x\"]", 1, 3, "invalid escape '\\x'"),
    ("[\"\\u12\"]", 1, 7, "a \\u escape needs four hexadecimal digits"),
    ("[\"\\udc00\"]", 1, 3, "a \\u escape of a low surrogate must follow a high surrogate"),
    ("// comment\n{}", 1, 1, "expected a value, found '/'"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'"),
  ]

  @Test(arguments: syntaxCases)
  func syntaxErrorsSayWhere(text: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: JSONReadError.self) { try JSONValue.parse(text) }
    #expect(error == .syntax(line: line, column: column, message: message))
  }

  @Test func deepNestingIsRejectedNotOverflowed() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let error = #expect(throws: JSONReadError.self) { try JSONValue.parse(text) }
    #expect(error == .syntax(line: 1, column: 65, message: "nesting is deeper than 64 levels"))
  }

  @Test func invalidUTF8InAStringIsAnError() {
    let data = Data([0x5B, 0x22, 0xFF, 0x22, 0x5D])
    let error = #expect(throws: JSONReadError.self) { try JSONValue.parse(data) }
    #expect(error == .syntax(line: 1, column: 2, message: "this string is not valid UTF-8"))
  }

  @Test func sizeLimitIsChecked() {
    let error = #expect(throws: JSONReadError.self) {
      try JSONValue.parse("[1, 2]", maximumBytes: 5)
    }
    #expect(error == .tooLarge(byteCount: 6, limit: 5))
  }
}
