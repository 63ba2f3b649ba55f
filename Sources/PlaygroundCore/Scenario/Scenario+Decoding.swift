#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Scenario {
  /// The scenario file version this build reads and writes.
  public static let fileVersion = 1

  /// The keys of a scenario file, in the order ``encodedJSON()`` writes them (`classes` and
  /// `dataFile`, added later, are written after `problem`).
  public static let fileKeys = [
    "version", "name", "description", "seed", "tfSeed", "problem", "dataset", "noise", "trainRatio",
    "batchSize", "shuffle", "features", "hiddenLayers", "activation", "learningRate",
    "regularization", "regularizationRate", "loss", "view", "compare", "data", "parameters",
    "classes", "dataFile",
  ]

  /// Reads and validates a scenario file (DESIGN.md §3).
  ///
  /// When `data` is present the file may not hold `dataset`, `noise` or `trainRatio`, so
  /// those take their defaults (the problem's default dataset, 0 and 50).
  ///
  /// - Parameters:
  ///   - data: The file's bytes (at most 1 MB of UTF-8 JSON).
  ///   - file: The name messages start with, e.g. `xor.json`; may be empty.
  /// - Returns: The validated scenario.
  /// - Throws: The problem that comes first in the file; ``validateAll(_:file:)`` lists
  ///   all of them.
  public static func decode(from data: Data, file: String) throws(ScenarioError) -> Scenario {
    let (scenario, errors) = read(data, file: file)
    if let first = errors.first { throw first }
    guard let scenario else {
      throw .invalidValue(file: file, path: "", reason: "the scenario could not be read")
    }
    return scenario
  }

  /// Validates an already parsed JSON document as a scenario file.
  public static func decode(from json: JSONValue, file: String) throws(ScenarioError) -> Scenario {
    var reader = ScenarioReader(file: file)
    let scenario = read(json, with: &reader)
    if let first = reader.errors.first { throw first }
    guard let scenario else {
      throw .invalidValue(file: file, path: "", reason: "the scenario could not be read")
    }
    return scenario
  }

  /// Every problem of a scenario file, in the order of the file; empty when it is valid.
  ///
  /// Unreadable JSON, an unknown or missing `version` stop the check at that first error.
  public static func validateAll(_ data: Data, file: String) -> [ScenarioError] {
    read(data, file: file).1
  }

  private static func read(_ data: Data, file: String) -> (Scenario?, [ScenarioError]) {
    let json: JSONValue
    do {
      json = try JSONValue.parse(data, maximumBytes: Limits.maximumFileBytes)
    } catch {
      switch error {
      case .tooLarge(let count, let limit):
        return (nil, [.tooLarge(file: file, byteCount: count, limit: limit)])
      case .syntax(let line, let column, let message):
        return (nil, [.malformedJSON(file: file, line: line, column: column, detail: message)])
      }
    }
    var reader = ScenarioReader(file: file)
    let scenario = read(json, with: &reader)
    return (
      reader.errors.isEmpty ? scenario : nil, ScenarioError.inFileOrder(reader.errors, of: json)
    )
  }

  /// The rules of DESIGN.md §3, key by key; problems go to `reader`.
  private static func read(_ json: JSONValue, with r: inout ScenarioReader) -> Scenario? {
    guard case .object = json else {
      r.mismatch("", expected: "a JSON object", json)
      return nil
    }
    guard let versionValue = json["version"] else {
      r.record(.missingKey(file: r.file, path: "", key: "version"))
      return nil
    }
    // Any integer above ours is a newer file, even one too large for Int64 (`1e26`) or,
    // written with digits only, for a Double.
    if case .number(let n) = versionValue, n.isIntegral || n.isWrittenAsInteger,
      n.value > Double(fileVersion)
    {
      r.record(.unsupportedVersion(file: r.file, found: n.literal, highestSupported: fileVersion))
      return nil
    }
    guard let version = r.integer(versionValue, at: "version", in: Int64.min...Int64.max) else {
      return nil
    }
    if version < fileVersion {
      r.invalid("version", "\(version) is not valid; use \(fileVersion)")
      return nil
    }
    guard let root = r.object(json, at: "", known: fileKeys) else { return nil }

    var s = Scenario()
    if let v = root["name"] { s.name = r.localizedText(v, at: "name") }
    if let v = root["description"], let text = r.localizedText(v, at: "description") {
      s.description = text
    }
    let seeds = Int64(Limits.seed.lowerBound)...Int64(Limits.seed.upperBound)
    if let v = root["seed"], let seed = r.integer(v, at: "seed", in: seeds) {
      s.seed = UInt64(seed)
    }
    if let v = root["tfSeed"], let text = r.string(v, at: "tfSeed") {
      if !isValidTFSeed(text) {
        r.invalid(
          "tfSeed",
          "\(ScenarioReader.quoted(text)) is not valid; use 1-64 printable ASCII characters, "
            + "such as '0.45454'")
      } else if root["seed"] != nil {
        r.invalid("tfSeed", "give 'seed' or 'tfSeed', not both")
      } else {
        s.tfSeed = text
      }
    }
    var problem: Problem? = .classification
    if let v = root["problem"] { problem = r.choice(v, at: "problem", of: Problem.self) }
    s.problem = problem ?? .classification
    s.dataset = s.problem.defaultDataset
    if let v = root["classes"], let k = readClasses(v, problem: problem, with: &r) {
      s.classes = k
      // Softmax classes start from k blobs, with the only loss that fits them.
      if k > 2 { (s.dataset, s.loss) = (.gauss, .crossEntropy) }
    }
    let hasData = root["data"] != nil
    for key in ["dataset", "noise", "trainRatio"] where hasData && root[key] != nil {
      r.invalid(key, "must be left out when 'data' gives the points")
    }
    if let v = root["dataFile"] {
      s.dataFile = readDataFile(v, excluding: root, with: &r)
    }
    if !hasData {
      if let v = root["dataset"], let kind = r.choice(v, at: "dataset", of: DatasetKind.self) {
        if let problem, kind.problem != problem {
          let fitting = ScenarioError.quotedList(DatasetKind.kinds(for: problem).map(\.rawValue))
          r.invalid(
            "dataset",
            "'\(kind.rawValue)' is a \(kind.problem.rawValue) dataset; with problem "
              + "'\(problem.rawValue)' use one of \(fitting)")
        } else if !kind.supports(classes: s.classes) {
          let fitting = ScenarioError.quotedList(
            DatasetKind.kinds(for: .classification, classes: s.classes).map(\.rawValue))
          let made = kind == .pinwheel ? "3...6 classes" : "2 classes"
          r.invalid(
            "dataset",
            "'\(kind.rawValue)' makes \(made); with classes \(s.classes) use one of \(fitting)")
        } else {
          s.dataset = kind
        }
      }
      if let v = root["noise"], let x = r.number(v, at: "noise", in: Limits.noise) { s.noise = x }
      if let v = root["trainRatio"], let x = r.number(v, at: "trainRatio", in: Limits.trainRatio) {
        s.trainRatio = x
      }
    }
    let settings = ScenarioOverrides.read(
      root, at: "", problem: problem, classes: s.classes, with: &r)
    s = settings.applied(to: s)
    // Present but invalid: the shape is unknown, so `parameters` cannot be checked.
    let features = root["features"] == nil ? s.features : settings.features
    let hidden = root["hiddenLayers"] == nil ? s.hiddenLayers : settings.hiddenLayers
    if let v = root["view"], let view = readView(v, with: &r) { s.view = view }
    if let v = root["compare"],
      let variants = ScenarioOverrides.readCompare(
        v, problem: problem, classes: s.classes, with: &r)
    {
      s.compare = variants
    }
    if let v = root["data"] { s.data = readData(v, problem: problem, classes: s.classes, with: &r) }
    if let v = root["parameters"] {
      let outputs = Scenario.outputCount(classes: s.classes, problem: s.problem)
      let sizes = features.flatMap { f in hidden.map { [f.count] + $0 + [outputs] } }
      s.parameters = readParameters(v, layerSizes: sizes, with: &r)
    }
    return s
  }

  /// Whether `text` can be a `tfSeed`: 1...64 printable ASCII characters.
  public static func isValidTFSeed(_ text: String) -> Bool {
    (1...64).contains(text.utf8.count) && text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
  }

  private static func readView(_ v: JSONValue, with r: inout ScenarioReader) -> ViewOptions? {
    guard let view = r.object(v, at: "view", known: ["showTestData", "discretize", "hide"]) else {
      return nil
    }
    var result = ViewOptions()
    if let x = view["showTestData"], let flag = r.bool(x, at: "view.showTestData") {
      result.showTestData = flag
    }
    if let x = view["discretize"], let flag = r.bool(x, at: "view.discretize") {
      result.discretize = flag
    }
    if let x = view["hide"], let hidden = readHidden(x, with: &r) { result.hidden = hidden }
    return result
  }

  /// `view.hide`: distinct names of ``HideableControl``; a name close to a known one gets
  /// "did you mean".
  private static func readHidden(_ v: JSONValue, with r: inout ScenarioReader) -> Set<
    HideableControl
  >? {
    guard let items = r.array(v, at: "view.hide", expected: "an array of control names") else {
      return nil
    }
    var result = Set<HideableControl>()
    var ok = true
    for (i, item) in items.enumerated() {
      let path = ScenarioReader.element("view.hide", i)
      guard let text = r.string(item, at: path) else {
        ok = false
        continue
      }
      guard let control = HideableControl(rawValue: text) else {
        let names = HideableControl.allCases.map(\.rawValue)
        if let close = ScenarioError.suggestion(for: text, among: names) {
          r.invalid(path, "\(ScenarioReader.quoted(text)) is not valid; did you mean '\(close)'?")
        } else {
          r.invalid(
            path,
            "\(ScenarioReader.quoted(text)) is not valid; use one of "
              + ScenarioError.quotedList(names))
        }
        ok = false
        continue
      }
      if result.contains(control) {
        r.invalid(path, "\(ScenarioReader.quoted(text)) is listed twice")
        ok = false
      }
      result.insert(control)
    }
    return ok ? result : nil
  }
}
