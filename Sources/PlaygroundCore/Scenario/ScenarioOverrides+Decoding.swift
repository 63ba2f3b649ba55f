extension ScenarioOverrides {
  /// Reads the overridable keys of an object whose keys were already checked, `prefix`
  /// being its path (`""` for the file's root, `compare[1]` for a variant), with the rules
  /// and messages of DESIGN.md §3; problems go to `r`.
  ///
  /// A key that is present but invalid stays `nil` (and its error is recorded).
  static func read(
    _ object: [String: JSONValue], at prefix: String, problem: Problem?, classes: Int = 2,
    with r: inout ScenarioReader
  ) -> ScenarioOverrides {
    func path(_ key: String) -> String { ScenarioReader.child(prefix, key) }
    var o = ScenarioOverrides()
    if let v = object["batchSize"] {
      o.batchSize = readBatchSize(v, at: path("batchSize"), with: &r)
    }
    if let v = object["shuffle"] { o.shuffle = r.bool(v, at: path("shuffle")) }
    if let v = object["features"] { o.features = readFeatures(v, at: path("features"), with: &r) }
    if let v = object["hiddenLayers"] {
      o.hiddenLayers = readHiddenLayers(v, at: path("hiddenLayers"), with: &r)
    }
    if let v = object["activation"] {
      o.activation = r.choice(v, at: path("activation"), of: Activation.self)
    }
    if let v = object["learningRate"], let n = r.number(v, at: path("learningRate")) {
      if Limits.allowsLearningRate(n.value) {
        o.learningRate = n.value
      } else {
        r.invalid(path("learningRate"), ScenarioReader.learningRateOutOfRange(n.literal))
      }
    }
    if let v = object["regularization"] {
      o.regularization = r.choice(v, at: path("regularization"), of: Regularization.self)
    }
    if let v = object["regularizationRate"] {
      o.regularizationRate = r.number(
        v, at: path("regularizationRate"), in: Limits.regularizationRate)
    }
    if let v = object["loss"], let loss = r.choice(v, at: path("loss"), of: Loss.self) {
      if loss == .squared && classes > 2 {
        r.invalid(
          path("loss"),
          "'squared' is for 2 classes; with classes \(classes) the loss is 'crossEntropy'")
      } else if loss == .crossEntropy && problem == .regression {
        r.invalid(
          path("loss"),
          "'crossEntropy' is for classification only; use 'squared' with problem 'regression'")
      } else {
        o.loss = loss
      }
    }
    return o
  }

  /// `compare`: 2...4 objects of overrides.
  static func readCompare(
    _ v: JSONValue, problem: Problem?, classes: Int = 2, with r: inout ScenarioReader
  ) -> [ScenarioOverrides]? {
    guard let items = r.array(v, at: "compare", expected: "an array of objects of overrides")
    else { return nil }
    guard variantCount.contains(items.count) else {
      r.invalid(
        "compare",
        "\(items.count) variants is out of range \(ScenarioReader.text(variantCount))")
      return nil
    }
    var result: [ScenarioOverrides] = []
    for (i, item) in items.enumerated() {
      let path = ScenarioReader.element("compare", i)
      let before = r.errors.count
      guard let object = r.object(item, at: path, known: keys) else { continue }
      let overrides = read(object, at: path, problem: problem, classes: classes, with: &r)
      if r.errors.count == before { result.append(overrides) }
    }
    return result.count == items.count ? result : nil
  }

  /// Reads `train --variant` text, `key=value[;key=value]` with values as a scenario file
  /// writes them; strings may drop their quotes (`activation=relu`, `features=[x1,x2]`,
  /// `batchSize=all`).
  ///
  /// - Parameters:
  ///   - text: The text as typed.
  ///   - source: What messages start with, e.g. `--variant 2`.
  ///   - problem: The base scenario's problem (a regression has only the squared loss).
  ///   - classes: The base scenario's classes (3-6 have only the cross-entropy loss).
  /// - Returns: The overrides.
  /// - Throws: The first problem, naming `source` and the key.
  public static func parse(
    _ text: String, source: String, problem: Problem, classes: Int = 2
  ) throws(ScenarioError) -> ScenarioOverrides {
    var members: [JSONValue.Member] = []
    let pieces = text.split(separator: ";", omittingEmptySubsequences: true)
    guard !pieces.isEmpty else {
      throw .invalidValue(
        file: source, path: "", reason: "nothing to override; write key=value[;key=value]")
    }
    for piece in pieces {
      guard let equals = piece.firstIndex(of: "=") else {
        throw .invalidValue(
          file: source, path: "",
          reason: "\(ScenarioReader.quoted(String(piece))) is not key=value")
      }
      let key = String(piece[..<equals]).trimmingSpaces
      let value = String(piece[piece.index(after: equals)...]).trimmingSpaces
      if members.contains(where: { $0.key == key }) {
        throw .invalidValue(file: source, path: key, reason: "is given twice")
      }
      members.append(JSONValue.Member(key: key, value: looseJSON(value)))
    }
    var r = ScenarioReader(file: source)
    if let object = r.object(.object(members), at: "", known: keys) {
      let overrides = read(object, at: "", problem: problem, classes: classes, with: &r)
      if r.errors.isEmpty { return overrides }
    }
    throw ScenarioError.inFileOrder(r.errors, of: .object(members))[0]
  }

  /// A value as JSON when it is JSON, else a string; `[a,b]` that is not JSON is an array
  /// of such values.
  static func looseJSON(_ text: String) -> JSONValue {
    if let json = try? JSONValue.parse(text) { return json }
    if text.hasPrefix("["), text.hasSuffix("]") {
      let inner = text.dropFirst().dropLast()
      guard !inner.allSatisfy(\.isWhitespace) else { return .array([]) }
      return .array(
        inner.split(separator: ",", omittingEmptySubsequences: false).map {
          looseJSON(String($0).trimmingSpaces)
        })
    }
    return .string(text)
  }

  /// "an integer 1...30 or 'all'".
  private static var batchSizeChoices: String {
    "an integer \(ScenarioReader.text(Limits.batchSize)) or 'all'"
  }

  private static func readBatchSize(_ v: JSONValue, at path: String, with r: inout ScenarioReader)
    -> BatchSize?
  {
    switch v {
    case .string("all"): return .all
    case .string(let text):
      r.invalid(path, "\(ScenarioReader.quoted(text)) is not valid; use \(batchSizeChoices)")
      return nil
    case .number:
      return r.integer(v, at: path, in: Limits.batchSize).map { .count($0) }
    default:
      r.mismatch(path, expected: batchSizeChoices, v)
      return nil
    }
  }

  private static func readFeatures(_ v: JSONValue, at path: String, with r: inout ScenarioReader)
    -> [Feature]?
  {
    guard let items = r.array(v, at: path, expected: "an array of feature names") else {
      return nil
    }
    guard Limits.featureCount.contains(items.count) else {
      r.invalid(
        path, "\(items.count) names is out of range \(ScenarioReader.text(Limits.featureCount))")
      return nil
    }
    var result: [Feature] = []
    var ok = true
    for (i, item) in items.enumerated() {
      let itemPath = ScenarioReader.element(path, i)
      guard let feature = r.choice(item, at: itemPath, of: Feature.self) else {
        ok = false
        continue
      }
      if result.contains(feature) {
        r.invalid(itemPath, "'\(feature.rawValue)' is listed twice")
        ok = false
      }
      result.append(feature)
    }
    return ok ? Feature.canonical(result) : nil
  }

  private static func readHiddenLayers(
    _ v: JSONValue, at path: String, with r: inout ScenarioReader
  ) -> [Int]? {
    guard let items = r.array(v, at: path, expected: "an array of integers") else { return nil }
    guard Limits.hiddenLayerCount.contains(items.count) else {
      r.invalid(
        path,
        "\(items.count) layers is out of range \(ScenarioReader.text(Limits.hiddenLayerCount))")
      return nil
    }
    var result: [Int] = []
    for (i, item) in items.enumerated() {
      if let n = r.integer(item, at: ScenarioReader.element(path, i), in: Limits.neuronsPerLayer) {
        result.append(n)
      }
    }
    return result.count == items.count ? result : nil
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
    while let last = s.last, last == " " || last == "\t" { s.removeLast() }
    return String(s)
  }
}
