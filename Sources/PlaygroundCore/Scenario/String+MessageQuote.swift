extension String {
  /// The text as a one-line message may quote it: control characters shown as escapes
  /// (`\n`, `\t`, `\r`, `\u{1B}`), and at most `limit` characters of the result, with an
  /// ellipsis where it was cut.
  ///
  /// Escaped are C0, DEL and C1, the line and paragraph separators (U+2028, U+2029) and
  /// the bidirectional controls (U+061C, U+200E, U+200F, U+202A...U+202E,
  /// U+2066...U+2069), which could reorder the rest of the line. The limit counts the
  /// characters written, escapes included, so a string of control characters is bounded
  /// too; an escape is never cut in half. Text quoted this way cannot move the cursor,
  /// ring a bell, start an escape sequence in a terminal, or fill a screen.
  public func escapedForMessage(limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in unicodeScalars {
      let piece = Self.messageEscape(scalar)
      let length = piece.unicodeScalars.count
      guard length <= limit - count else {
        out += "…"
        return out
      }
      out += piece
      count += length
    }
    return out
  }

  /// `scalar` itself, or its escape when it is a control character.
  private static func messageEscape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0a: return "\\n"
    case 0x09: return "\\t"
    case 0x0d: return "\\r"
    case 0x00..<0x20, 0x7f...0x9f, 0x61c, 0x200e, 0x200f, 0x2028...0x202e, 0x2066...0x2069:
      return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default: return String(scalar)
    }
  }
}
