import PlaygroundCore

/// Hostile variations of valid inputs, from a seed: bytes flipped, deleted, duplicated and
/// truncated, documents spliced, and things readers choke on inserted (huge and
/// non-finite numbers, deep nesting, control characters, invalid UTF-8, lone surrogates,
/// long strings).
struct Mutator {
  private(set) var rng: SeededGenerator

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  /// Text that readers of numbers, strings and nesting find hard.
  static let hostileTokens: [String] = [
    "1e26", "1e999", "-1e999", "9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "1" + String(repeating: "0", count: 400),
    "0." + String(repeating: "0", count: 400) + "1",
    "4.9e-324", "2.5", "-0", "0", "1", "2", "-1", "1e-400", "NaN", "Infinity", "null", "true",
    "false", "\"\"", "{}", "[]", "\"all\"", #""\u0000""#, #""\ud800""#, #""\udc00x""#,
    #""\u001b]0;X\u0007""#, "\u{1B}", "\u{07}", "\u{00}", "\u{7F}", "\u{9B}", "\u{202E}",
    String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
    String(repeating: #"{"a":"#, count: 70) + "1" + String(repeating: "}", count: 70),
    "\"" + String(repeating: "x", count: 3000) + "\"", String(repeating: "9", count: 5000),
    #""version": 2"#, #""version": 1e26"#, ",", ":", "\"", "\\", "{", "}", "[", "]", "\n",
    #""data": {"train": [[0, 0, 1]]}"#, #""parameters": {"weights": [], "biases": []}"#,
    #""hiddenLayers": []"#, #""features": []"#,
  ]

  static let invalidUTF8: [[UInt8]] = [
    [0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
  ]

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

  /// `bytes` changed one to four times; `others` supplies text to splice in.
  mutating func mutate(_ bytes: [UInt8], others: [[UInt8]]) -> [UInt8] {
    var result = bytes
    for _ in 0..<int(1...4) { result = mutateOnce(result, others: others) }
    return result
  }

  private mutating func mutateOnce(_ bytes: [UInt8], others: [[UInt8]]) -> [UInt8] {
    var b = bytes
    let at = int(0...b.count)
    switch int(0...8) {
    case 0 where !b.isEmpty:
      b[int(0...b.count - 1)] = UInt8(int(0...255))
    case 1:
      b.insert(contentsOf: Array(pick(Self.hostileTokens).utf8), at: at)
    case 2 where !b.isEmpty:
      let start = int(0...b.count - 1)
      b.removeSubrange(start..<min(b.count, start + int(1...40)))
    case 3 where !b.isEmpty:
      let start = int(0...b.count - 1)
      let piece = Array(b[start..<min(b.count, start + int(1...80))])
      b.insert(contentsOf: piece, at: int(0...b.count))
    case 4:
      b = Array(b.prefix(at))
    case 5 where !others.isEmpty:
      let other = pick(others)
      b = Array(b.prefix(at)) + Array(other.suffix(int(0...other.count)))
    case 6:
      b.insert(contentsOf: pick(Self.invalidUTF8), at: at)
    case 7:
      // A number in the text becomes a hostile one.
      if let digit = b.indices.shuffled(using: &rng).first(where: { (48...57).contains(b[$0]) }) {
        var end = digit
        while end < b.count, (48...57).contains(b[end]) || b[end] == 46 { end += 1 }
        b.replaceSubrange(digit..<end, with: Array(pick(Array(Self.hostileTokens.prefix(14))).utf8))
      }
    default:
      b.insert(UInt8(int(0...0x1F)), at: at)
    }
    return b
  }
}
