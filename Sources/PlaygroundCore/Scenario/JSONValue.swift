#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A JSON document as written: objects keep their keys in file order, numbers keep the
/// text they were written with (so "2" and "2.0" and "9007199254740993" stay distinct).
///
/// Read one with ``JSONValue/parse(_:maximumBytes:)``. The reader is strict RFC 8259:
/// no comments, no trailing commas, no duplicate keys.
public enum JSONValue: Equatable, Sendable {
  /// `{...}`, members in file order, keys distinct.
  case object([Member])
  /// `[...]`.
  case array([JSONValue])
  /// A number with the text it was written as.
  case number(JSONNumber)
  /// A string, escapes resolved.
  case string(String)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null

  /// One `"key": value` pair of an object.
  public struct Member: Equatable, Sendable {
    /// The key, escapes resolved.
    public var key: String
    /// The value.
    public var value: JSONValue

    /// A member `key: value`.
    public init(key: String, value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// The value of `key` when this is an object holding it.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A short phrase for messages: `an object`, `an array`, `the string 'abc'`, `2.5`,
  /// `true`, `null`; a long string or number is cut with an ellipsis, and control
  /// characters are escaped.
  public var summary: String {
    switch self {
    case .object: return "an object"
    case .array: return "an array"
    case .number(let n): return n.literal.escapedForMessage()
    case .string(let s): return "the string '\(s.escapedForMessage(limit: 40))'"
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    }
  }
}

/// A JSON number and the exact text it was written with.
public struct JSONNumber: Equatable, Sendable {
  /// The text as written: `-0.5`, `10`, `1e-05`.
  public var literal: String
  /// The nearest `Double`; infinite when the literal is too large for a `Double`.
  public var value: Double

  /// Creates a number from JSON number text; `nil` when `literal` is not a JSON number.
  public init?(literal: String) {
    guard JSONNumber.isValidLiteral(literal.utf8), let value = Double(literal) else {
      return nil
    }
    self.literal = literal
    self.value = value
  }

  /// Whether it was written without a fraction or exponent (`12`, `-3`).
  public var isWrittenAsInteger: Bool {
    !literal.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// The exact integer when it was written as one and fits in `Int64`.
  public var exactInteger: Int64? { isWrittenAsInteger ? Int64(literal) : nil }

  /// Whether `value` is finite and has no fractional part (`2`, `2.0`, `1e3`).
  public var isIntegral: Bool { value.isFinite && value.rounded(.towardZero) == value }

  /// Whether `bytes` match `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
  static func isValidLiteral(_ bytes: some Collection<UInt8>) -> Bool {
    var scanner = NumberScanner(bytes: Array(bytes), index: 0)
    return scanner.scan() && scanner.index == scanner.bytes.count
  }
}

/// Scans the JSON number grammar over bytes; shared by the reader and `JSONNumber`.
struct NumberScanner {
  var bytes: [UInt8]
  var index: Int

  private func isDigit(_ i: Int) -> Bool {
    i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
  }

  private mutating func digits() -> Bool {
    guard isDigit(index) else { return false }
    while isDigit(index) { index += 1 }
    return true
  }

  /// Advances over one number; `false` (with `index` at the offending byte) if malformed.
  mutating func scan() -> Bool {
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard isDigit(index) else { return false }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) { return false }
    } else {
      _ = digits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() else { return false }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() else { return false }
    }
    return true
  }
}
