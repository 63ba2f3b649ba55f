extension String {
  /// The text as a one-line message may quote it: control characters (C0, DEL, C1) shown
  /// as escapes (`\n`, `\t`, `\r`, `\u{1B}`), and at most `limit` characters of it, with
  /// an ellipsis where it was cut.
  ///
  /// Input quoted this way cannot move the cursor, ring a bell, start an escape sequence in a
  /// terminal, or fill a screen.
  public func escapedForMessage(limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in unicodeScalars {
      let piece: String
      switch scalar.value {
      case 0x0a: piece = "\\n"
      case 0x09: piece = "\\t"
      case 0x0d: piece = "\\r"
      case 0x00..<0x20, 0x7f...0x9f:
        piece = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: piece = String(scalar)
      }
      guard count < limit else {
        out += "…"
        return out
      }
      out += piece
      count += 1
    }
    return out
  }
}
