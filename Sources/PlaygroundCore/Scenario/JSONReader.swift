#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a JSON document could not be read.
public enum JSONReadError: Error, Equatable, Sendable {
  /// The input is longer than the limit; nothing was read.
  case tooLarge(byteCount: Int, limit: Int)
  /// Reading failed at `line`, `column` (both from 1; columns count characters).
  case syntax(line: Int, column: Int, message: String)
}

extension JSONValue {
  /// The largest document ``parse(_:maximumBytes:)`` reads by default: the scenario
  /// file limit, 1 MB.
  public static let defaultMaximumBytes = Limits.maximumFileBytes

  /// Nesting deeper than this is rejected, so hostile input cannot exhaust the stack.
  public static let maximumDepth = 64

  /// Reads one JSON document (a leading UTF-8 byte order mark is skipped).
  ///
  /// - Throws: `.tooLarge` for input over `maximumBytes`; `.syntax` with the line and
  ///   column of the first problem, including duplicate keys in one object.
  public static func parse(
    _ data: Data, maximumBytes: Int = defaultMaximumBytes
  ) throws(JSONReadError) -> JSONValue {
    guard data.count <= maximumBytes else {
      throw .tooLarge(byteCount: data.count, limit: maximumBytes)
    }
    var reader = JSONReader(bytes: [UInt8](data))
    return try reader.document()
  }

  /// Reads one JSON document from text.
  public static func parse(
    _ text: String, maximumBytes: Int = defaultMaximumBytes
  ) throws(JSONReadError) -> JSONValue {
    try parse(Data(text.utf8), maximumBytes: maximumBytes)
  }
}

/// A recursive-descent reader over UTF-8 bytes.
struct JSONReader {
  let bytes: [UInt8]
  var index = 0
  var depth = 0
  /// Where the text starts, after a byte order mark.
  let start: Int

  init(bytes: [UInt8]) {
    self.bytes = bytes
    start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    index = start
  }

  mutating func document() throws(JSONReadError) -> JSONValue {
    skipSpace()
    let value = try self.value()
    skipSpace()
    if index < bytes.count {
      throw failure("unexpected \(found()) after the JSON value")
    }
    return value
  }

  // MARK: Values

  private mutating func value() throws(JSONReadError) -> JSONValue {
    guard index < bytes.count else { throw failure("expected a value, found the end of the file") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default:
      for (word, value) in [
        ("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null),
      ]
      where bytes[index...].starts(with: word.utf8) {
        let end = index + word.utf8.count
        if end == bytes.count || !isWordByte(bytes[end]) {
          index = end
          return value
        }
      }
      throw failure("expected a value, found \(found())")
    }
  }

  private mutating func object() throws(JSONReadError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONValue.Member] = []
    var seen: Set<String> = []
    skipSpace()
    if peek(UInt8(ascii: "}")) {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard peek(UInt8(ascii: "\"")) else {
        throw failure("expected a key in double quotes, found \(found())")
      }
      let keyStart = index
      let key = try string()
      guard seen.insert(key).inserted else {
        index = keyStart
        throw failure("duplicate key \(ScenarioReader.quoted(key))")
      }
      skipSpace()
      guard peek(UInt8(ascii: ":")) else {
        throw failure("expected ':' after the key \(ScenarioReader.quoted(key)), found \(found())")
      }
      index += 1
      skipSpace()
      members.append(JSONValue.Member(key: key, value: try value()))
      skipSpace()
      if peek(UInt8(ascii: ",")) {
        index += 1
      } else if peek(UInt8(ascii: "}")) {
        index += 1
        depth -= 1
        return .object(members)
      } else {
        throw failure("expected ',' or '}' after a value, found \(found())")
      }
    }
  }

  private mutating func array() throws(JSONReadError) -> JSONValue {
    try enter()
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if peek(UInt8(ascii: "]")) {
      index += 1
      depth -= 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      if peek(UInt8(ascii: ",")) {
        index += 1
      } else if peek(UInt8(ascii: "]")) {
        index += 1
        depth -= 1
        return .array(items)
      } else {
        throw failure("expected ',' or ']' after a value, found \(found())")
      }
    }
  }

  private mutating func number() throws(JSONReadError) -> JSONNumber {
    let start = index
    var scanner = NumberScanner(bytes: bytes, index: index)
    let ok = scanner.scan()
    var end = scanner.index
    if !ok {
      while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
        end += 1
      }
      let text = String(decoding: bytes[start..<Swift.max(end, start + 1)], as: UTF8.self)
      throw failure("invalid number \(ScenarioReader.quoted(text))")
    }
    if end < bytes.count, isWordByte(bytes[end]) {
      while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
        end += 1
      }
      let text = String(decoding: bytes[start..<end], as: UTF8.self)
      throw failure("invalid number \(ScenarioReader.quoted(text))")
    }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    guard let number = JSONNumber(literal: text) else {
      throw failure("invalid number \(ScenarioReader.quoted(text))")
    }
    index = end
    return number
  }

  // MARK: Helpers

  mutating func enter() throws(JSONReadError) {
    depth += 1
    if depth > JSONValue.maximumDepth {
      throw failure("nesting is deeper than \(JSONValue.maximumDepth) levels")
    }
  }

  func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  func isWordByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
      || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
      || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
  }

  /// What is at `index`, for messages: `'x'`, `'True'` (a whole word), or the end.
  func found(quoted: Bool = true) -> String {
    guard index < bytes.count else { return "the end of the file" }
    var end = index + 1
    if isWordByte(bytes[index]) {
      while end < bytes.count, end - index < 20, isWordByte(bytes[end]) { end += 1 }
    } else {
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    }
    let text = ScenarioReader.shown(String(decoding: bytes[index..<end], as: UTF8.self))
    return quoted ? "'\(text)'" : text
  }

  /// A syntax error at `index`, with the line and column counted in characters.
  func failure(_ message: String) -> JSONReadError {
    var line = 1
    var column = 1
    for byte in bytes[start..<Swift.max(start, Swift.min(index, bytes.count))] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return .syntax(line: line, column: column, message: message)
  }
}
