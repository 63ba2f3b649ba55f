import PlaygroundCore

/// Random valid JSON texts (RFC 8259) from a seed, for differential tests of the reader:
/// nested objects and arrays, strings with every kind of escape and raw UTF-8, numbers of
/// every shape, `true`, `false`, `null`, and whitespace between tokens.
///
/// What the documents avoid, on purpose: duplicate keys (the reader rejects them; keys end
/// in `#index`), nesting deeper than 6 (the reader's limit is 64), lone surrogates, and
/// numbers outside `Double`'s range (Foundation rejects `1e400`, the reader reads ∞).
/// `covered` records which shapes were produced, so a test can require all of them.
struct RandomJSON {
  enum Shape: String, CaseIterable, Sendable {
    case emptyObject, emptyArray, deepNesting, whitespace, keyWithEscapes
    case simpleEscape, controlEscape, unicodeEscape, surrogatePairEscape
    case rawTwoByte, rawThreeByte, rawFourByte, combiningMark, delete
    case negativeZero, integer, bigInteger, fraction, exponent, underflow, longMantissa
    case boolean, null
  }

  private var rng: SeededGenerator
  private(set) var covered: Set<Shape> = []

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  /// One document, possibly a bare scalar.
  mutating func document() -> String {
    space() + value(depth: 0) + space()
  }

  // MARK: Values

  private mutating func value(depth: Int) -> String {
    if depth >= 4 { covered.insert(.deepNesting) }
    // Containers get rarer with depth, so documents stay small.
    let containers = depth >= 6 ? 0 : depth == 0 ? 0.7 : 0.5 / Double(depth + 1)
    let roll = rng.nextUnit()
    if roll < containers { return chance(0.5) ? object(depth: depth) : array(depth: depth) }
    switch int(0...9) {
    case 0...3: return number()
    case 4...7: return string()
    case 8:
      covered.insert(.boolean)
      return chance(0.5) ? "true" : "false"
    default:
      covered.insert(.null)
      return "null"
    }
  }

  private mutating func object(depth: Int) -> String {
    let count = int(0...5)
    if count == 0 {
      covered.insert(.emptyObject)
      return "{" + space() + "}"
    }
    let members = (0..<count).map { index -> String in
      // The `#index` suffix keeps keys distinct, also under canonical equivalence.
      let key = "\"" + stringBody(isKey: true) + "#\(index)\""
      return space() + key + space() + ":" + space() + value(depth: depth + 1) + space()
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  private mutating func array(depth: Int) -> String {
    let count = int(0...5)
    if count == 0 {
      covered.insert(.emptyArray)
      return "[" + space() + "]"
    }
    let items = (0..<count).map { _ in space() + value(depth: depth + 1) + space() }
    return "[" + items.joined(separator: ",") + "]"
  }

  private mutating func space() -> String {
    guard chance(0.3) else { return "" }
    covered.insert(.whitespace)
    return String((0..<int(1...3)).map { _ in [" ", "\t", "\n", "\r"][int(0...3)] as Character })
  }

  // MARK: Strings

  private mutating func string() -> String { "\"" + stringBody(isKey: false) + "\"" }

  private mutating func stringBody(isKey: Bool) -> String {
    var body = ""
    for _ in 0..<int(0...8) {
      switch int(0...9) {
      case 0...2: body += plainRun()
      case 3: body += simpleEscape()
      case 4: body += controlEscape()
      case 5: body += unicodeEscape()
      case 6: body += surrogatePairEscape()
      default: body += rawScalar()
      }
    }
    if isKey && body.contains("\\") { covered.insert(.keyWithEscapes) }
    return body
  }

  /// Printable ASCII other than `"` and `\`, and DEL, which JSON leaves unescaped.
  private mutating func plainRun() -> String {
    String(
      (0..<int(1...6)).map { _ -> Character in
        var byte = UInt8(int(0x20...0x7F))
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { byte = UInt8(ascii: "a") }
        if byte == 0x7F { covered.insert(.delete) }
        return Character(Unicode.Scalar(byte))
      })
  }

  private mutating func simpleEscape() -> String {
    covered.insert(.simpleEscape)
    return ["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"][int(0...7)]
  }

  private mutating func controlEscape() -> String {
    covered.insert(.controlEscape)
    return "\\u" + hex(UInt32(int(0x00...0x1F)))
  }

  private mutating func unicodeEscape() -> String {
    covered.insert(.unicodeEscape)
    var unit = UInt32(int(0x20...0xFFFF))
    if (0xD800...0xDFFF).contains(unit) { unit -= 0x1000 }
    return "\\u" + hex(unit)
  }

  private mutating func surrogatePairEscape() -> String {
    covered.insert(.surrogatePairEscape)
    let scalar = UInt32(int(0x10000...0x10FFFF)) - 0x10000
    return "\\u" + hex(0xD800 + (scalar >> 10)) + "\\u" + hex(0xDC00 + (scalar & 0x3FF))
  }

  /// One scalar written as raw UTF-8: two, three or four bytes, sometimes a combining
  /// mark (which Swift's `String ==` would equate with a precomposed letter).
  private mutating func rawScalar() -> String {
    let value: UInt32
    switch int(0...3) {
    case 0:
      covered.insert(.rawTwoByte)
      value = UInt32(int(0x80...0x7FF))
    case 1:
      covered.insert(.rawThreeByte)
      let unit = UInt32(int(0x800...0xFFFF))
      value = (0xD800...0xDFFF).contains(unit) ? unit - 0x1000 : unit
    case 2:
      covered.insert(.rawFourByte)
      value = UInt32(int(0x10000...0x10FFFF))
    default:
      covered.insert(.combiningMark)
      value = UInt32(int(0x300...0x36F))
    }
    return Unicode.Scalar(value).map { String(Character($0)) } ?? "?"
  }

  /// Four hex digits, each in a random case.
  private mutating func hex(_ unit: UInt32) -> String {
    let digits = String(unit, radix: 16)
    return String(repeating: "0", count: 4 - digits.count)
      + String(digits.map { chance(0.5) ? Character($0.uppercased()) : $0 })
  }

  // MARK: Numbers

  private mutating func number() -> String {
    let sign = chance(0.4) ? "-" : ""
    switch int(0...5) {
    case 0:
      if sign == "-" { covered.insert(.negativeZero) }
      return sign + ["0", "0.0", "0e0", "0.000E+3", "0E-7"][int(0...4)]
    case 1:
      covered.insert(.integer)
      return sign + integerPart(maxDigits: 18)
    case 2:
      covered.insert(.bigInteger)
      return sign + integerPart(minDigits: 19, maxDigits: 30)
    case 3:
      covered.insert(.fraction)
      return sign + integerPart(maxDigits: 8) + "." + digits(int(1...8))
    case 4:
      // At most 17 significant digits and 10^-340...10^290: finite, down into
      // subnormals and underflow to zero.
      covered.insert(.exponent)
      var mantissa = integerPart(maxDigits: 9)
      if chance(0.5) { mantissa += "." + digits(int(1...8)) }
      let exponent = int(-340...290)
      if exponent < -300 { covered.insert(.underflow) }
      let written = String(abs(exponent))
      let padded = String(repeating: "0", count: int(0...2)) + written
      let expSign = exponent < 0 ? "-" : (chance(0.5) ? "+" : "")
      return sign + mantissa + (chance(0.5) ? "e" : "E") + expSign + padded
    default:
      covered.insert(.longMantissa)
      var text = integerPart(minDigits: 1, maxDigits: 12) + "." + digits(int(12...18))
      if chance(0.5) { text += "e" + String(int(-20...20)) }
      return sign + text
    }
  }

  /// `0`, or up to `maxDigits` digits without a leading zero.
  private mutating func integerPart(minDigits: Int = 1, maxDigits: Int) -> String {
    let count = int(minDigits...maxDigits)
    if count == 1 && chance(0.3) { return "0" }
    return String(int(1...9)) + digits(count - 1)
  }

  private mutating func digits(_ count: Int) -> String {
    String((0..<count).map { _ in Character(String(int(0...9))) })
  }

  // MARK: Draws

  private mutating func chance(_ p: Double) -> Bool { rng.nextUnit() < p }
  private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
}
