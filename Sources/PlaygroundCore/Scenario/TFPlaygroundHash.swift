/// The `key=value&…` settings of a TensorFlow Playground URL, read as the original's
/// `State.deserializeState` does (reference/tfplayground.md §4.6).
struct TFPlaygroundHash {
  /// The original's `PROPS`, in its order.
  static let knownKeys: Set<String> = [
    "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate",
    "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize",
    "percTrainData", "x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY",
    "sinY", "collectStats", "tutorial", "problem", "initZero", "hideText",
  ]

  /// The original's feature ids and ours, in the canonical order.
  static let featureKeys: [(String, Feature)] = [
    ("x", .x1), ("y", .x2), ("xSquared", .x1Squared), ("ySquared", .x2Squared),
    ("xTimesY", .x1TimesX2), ("sinX", .sinX1), ("sinY", .sinX2),
  ]

  /// The original's `HIDABLE_CONTROLS` ids and ours (reference/tfplayground.md §1.7).
  static let hideableControls: [String: HideableControl] = [
    "showTestData": .showTestData, "discretize": .discretize, "playButton": .playButton,
    "stepButton": .stepButton, "resetButton": .resetButton, "learningRate": .learningRate,
    "activation": .activation, "regularization": .regularization,
    "regularizationRate": .regularizationRate, "problem": .problem, "dataset": .dataset,
    "percTrainData": .trainRatio, "noise": .noise, "batchSize": .batchSize,
    "numHiddenLayers": .hiddenLayers,
  ]

  /// Value per key (`nil` for a key written without `=`); the last occurrence wins.
  private var map: [String: String?] = [:]
  /// The values as written, before percent-decoding (the page reads the seed this way).
  private var undecodedValues: [String: String] = [:]
  private var order: [String] = []

  /// Reads `name=value` pairs as the page does: split at `&`, then at every `=`, the
  /// value being the text between the first `=` and the next one.
  init(_ fragment: Substring) {
    for pair in fragment.split(separator: "&") {
      let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
      let name = Self.percentDecoded(parts[0])
      if map[name] == nil { order.append(name) }
      map[name] = parts.count > 1 ? Self.percentDecoded(parts[1]) : String?.none
      undecodedValues[name] = parts.count > 1 ? String(parts[1]) : nil
    }
  }

  /// The value of `key` before percent-decoding, when it has one.
  func undecoded(_ key: String) -> String? { undecodedValues[key] }

  /// Keys of the original written without `=` or with nothing after it (a link cut
  /// short), in URL order; `networkShape=` is not one of them, it means no hidden layer.
  var keysWithoutValue: [String] {
    order.filter { key in
      guard key != "networkShape" || raw(key) == nil else { return false }
      guard Self.knownKeys.contains(key) || key.hasSuffix("_hide") else { return false }
      return value(key) == nil
    }
  }

  /// The part after `#`; a string without `#` counts as the fragment itself unless it
  /// looks like a full URL.
  static func fragment(of url: String) throws(ScenarioError) -> Substring {
    let trimmed = url.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
    if let hashIndex = trimmed.firstIndex(of: "#") {
      return trimmed[trimmed.index(after: hashIndex)...]
    }
    if trimmed.contains("://") {
      throw .invalidValue(file: "", path: "", reason: "the URL has no '#' part with settings")
    }
    return trimmed
  }

  /// The value as written, even when empty.
  func raw(_ key: String) -> String? { map[key] ?? nil }

  /// The value when it is present and not blank (the original's `hasKey`).
  func value(_ key: String) -> String? {
    guard let v = raw(key), !v.allSatisfy(\.isWhitespace) else { return nil }
    return v
  }

  /// The original's boolean: true for anything but the literal `false`.
  func bool(_ key: String) -> Bool? { value(key).map { $0 != "false" } }

  func invalid(_ key: String, _ reason: String) -> ScenarioError {
    .invalidValue(file: "", path: key, reason: reason)
  }

  func keptDefault(_ key: String, _ value: String, _ fallback: String) -> String {
    "\(key): \(ScenarioReader.quoted(value)) is not one of the original's values; kept '\(fallback)'"
  }

  /// A finite number, with the text it was written as.
  func number(_ key: String) throws(ScenarioError) -> (value: Double, text: String)? {
    guard let text = value(key) else { return nil }
    let trimmed = text.trimmingSpaces
    guard let n = Double(trimmed), n.isFinite else {
      throw invalid(key, "\(ScenarioReader.quoted(text)) is not a number")
    }
    return (n, trimmed)
  }

  func number(_ key: String, in range: ClosedRange<Double>) throws(ScenarioError) -> Double? {
    guard let n = try number(key) else { return nil }
    guard range.contains(n.value) else {
      throw invalid(
        key, "\(ScenarioReader.shown(n.text)) is out of range \(ScenarioReader.text(range))")
    }
    return n.value
  }

  /// `networkShape`: comma-separated neuron counts; present but empty means no layers.
  func networkShape() throws(ScenarioError) -> [Int]? {
    // Without `=` the page would fail; the note of `keysWithoutValue` covers it.
    guard let text = raw("networkShape") else { return nil }
    if text.allSatisfy(\.isWhitespace) { return [] }
    let items = text.split(separator: ",", omittingEmptySubsequences: false)
    guard Limits.hiddenLayerCount.contains(items.count) else {
      throw invalid(
        "networkShape",
        "\(items.count) layers is out of range \(ScenarioReader.text(Limits.hiddenLayerCount))")
    }
    var shape: [Int] = []
    for (i, item) in items.enumerated() {
      let trimmed = String(item).trimmingSpaces
      // JavaScript's Number("") is 0, so "4,,2" asks for an empty layer.
      guard let n = trimmed.isEmpty ? 0 : Double(trimmed), n.isFinite else {
        throw invalid(
          "networkShape", "\(ScenarioReader.quoted(String(item))) in layer \(i + 1) is not a number"
        )
      }
      guard n.rounded(.towardZero) == n else {
        throw invalid(
          "networkShape",
          "\(ScenarioReader.shown(trimmed)) neurons in layer \(i + 1) is not an integer")
      }
      let neurons = Limits.neuronsPerLayer
      guard n >= Double(neurons.lowerBound), n <= Double(neurons.upperBound) else {
        throw invalid(
          "networkShape",
          "\(trimmed.isEmpty ? "0" : ScenarioReader.shown(trimmed)) neurons in layer \(i + 1) "
            + "is out of range "
            + ScenarioReader.text(neurons))
      }
      shape.append(Int(n))
    }
    return shape
  }

  /// Controls hidden with `<id>_hide=true` that are not features, in URL order.
  var hiddenControls: [String] {
    let features = Set(Self.featureKeys.map(\.0))
    return order.compactMap { key in
      guard key.hasSuffix("_hide"), raw(key) == "true" else { return nil }
      let id = String(key.dropLast(5))
      return features.contains(id) ? nil : id
    }
  }

  /// Keys the original does not know, in URL order.
  var unknownKeys: [String] {
    order.filter { !$0.isEmpty && !$0.hasSuffix("_hide") && !Self.knownKeys.contains($0) }
  }

  /// The seed string's FNV-1a 64-bit hash, reduced to a valid file seed: its low 53 bits
  /// (modulo `Limits.seed.upperBound`, 2^53).
  static func seed(from text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash % Limits.seed.upperBound
  }

  /// `%XX` escapes decoded as UTF-8 (and `+` kept, as the original does); a malformed
  /// escape is kept as written.
  static func percentDecoded(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var i = 0
    while i < utf8.count {
      if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
        let high = hexValue(utf8[i + 1]), let low = hexValue(utf8[i + 2])
      {
        bytes.append(high << 4 | low)
        i += 3
      } else {
        bytes.append(utf8[i])
        i += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}

extension String {
  /// Without leading and trailing spaces, tabs and newlines.
  fileprivate var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}
