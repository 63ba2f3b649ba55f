/// JSON text for single values, written so that reading them back gives the same value.
public enum JSONText {
  /// The shortest text that reads back as exactly `value`.
  ///
  /// Integers are written without `.0` (`10`, `-0`), others in Swift's shortest
  /// round-trip form (`0.03`, `1e-05`).
  /// Non-finite values, which JSON cannot hold, are written as `null`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    if value.rounded(.towardZero) == value, abs(value) < 9_007_199_254_740_992 * 2 {
      return String(Int64(value))
    }
    return value.description
  }

  /// `text` in double quotes with JSON escapes.
  public static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// `[a, b, c]` on one line.
  static func numbers(_ values: [Double]) -> String {
    "[" + values.map(number).joined(separator: ", ") + "]"
  }

  /// Items one per line inside brackets, indented by `indent` spaces; `[]` when empty.
  static func lines(_ items: [String], indent: Int) -> String {
    guard !items.isEmpty else { return "[]" }
    let inner = String(repeating: " ", count: indent + 2)
    let outer = String(repeating: " ", count: indent)
    return "[\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer + "]"
  }
}
