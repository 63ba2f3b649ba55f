/// Strings and their escapes, read as RFC 8259 says.
extension JSONReader {
  /// Reads a string; `index` is at its opening quote.
  mutating func string() throws(JSONReadError) -> String {
    let start = index
    index += 1
    var buffer: [UInt8] = []
    while true {
      guard index < bytes.count else {
        index = start
        throw failure("this string is never closed with '\"'")
      }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: buffer, as: UTF8.self) else {
          index = start
          throw failure("this string is not valid UTF-8")
        }
        return text
      case UInt8(ascii: "\\"):
        try escape(into: &buffer)
      case 0..<0x20:
        throw failure("a control character in a string must be written as an escape such as \\n")
      default:
        buffer.append(byte)
        index += 1
      }
    }
  }

  private mutating func escape(into buffer: inout [UInt8]) throws(JSONReadError) {
    index += 1
    guard index < bytes.count else { throw failure("the file ends inside an escape") }
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let byte = simple[bytes[index]] {
      buffer.append(byte)
      index += 1
      return
    }
    guard bytes[index] == UInt8(ascii: "u") else {
      let escaped = found(quoted: false)
      index -= 1
      throw failure("invalid escape '\\\(escaped)'")
    }
    let escapeStart = index - 1
    var unit = try hex4()
    if (0xD800...0xDBFF).contains(unit) {
      guard bytes[index...].starts(with: "\\u".utf8) else {
        index = escapeStart
        throw failure("a \\u escape of a high surrogate must be followed by a low surrogate")
      }
      index += 1
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        index = escapeStart
        throw failure("a \\u escape of a high surrogate must be followed by a low surrogate")
      }
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(unit) {
      index = escapeStart
      throw failure("a \\u escape of a low surrogate must follow a high surrogate")
    }
    guard let scalar = Unicode.Scalar(unit) else {
      index = escapeStart
      throw failure("invalid \\u escape")
    }
    buffer.append(contentsOf: String(Character(scalar)).utf8)
  }

  /// Reads `uXXXX` (index at the `u`) and returns the code unit.
  private mutating func hex4() throws(JSONReadError) -> UInt32 {
    index += 1
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
        throw failure("a \\u escape needs four hexadecimal digits")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
