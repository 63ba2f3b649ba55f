/// The settings one variant of a comparison changes (DESIGN.md §3 `compare`, issue 13):
/// every key is optional, and a missing one keeps the base scenario's value.
///
/// This is the one list of what a variant may override: the scenario decoder reads the
/// top-level keys and each `compare[i]` object through it (same checks, same messages),
/// the encoder writes it back, `train --variant` parses its text into it, and
/// ``Scenario/variant(_:)`` applies it. A new overridable key is added here and in
/// `ScenarioOverrides+Decoding.swift`.
public struct ScenarioOverrides: Equatable, Sendable {
  public var batchSize: BatchSize?
  public var shuffle: Bool?
  /// Distinct, in canonical order.
  public var features: [Feature]?
  public var hiddenLayers: [Int]?
  public var activation: Activation?
  public var learningRate: Double?
  public var regularization: Regularization?
  public var regularizationRate: Double?
  public var loss: Loss?

  public init(
    batchSize: BatchSize? = nil, shuffle: Bool? = nil, features: [Feature]? = nil,
    hiddenLayers: [Int]? = nil, activation: Activation? = nil, learningRate: Double? = nil,
    regularization: Regularization? = nil, regularizationRate: Double? = nil, loss: Loss? = nil
  ) {
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.features = features.map(Feature.canonical)
    self.hiddenLayers = hiddenLayers
    self.activation = activation
    self.learningRate = learningRate
    self.regularization = regularization
    self.regularizationRate = regularizationRate
    self.loss = loss
  }

  /// The keys a variant may override, in the order of the scenario file.
  public static let keys = [
    "batchSize", "shuffle", "features", "hiddenLayers", "activation", "learningRate",
    "regularization", "regularizationRate", "loss",
  ]

  /// How many variants a comparison has.
  public static let variantCount: ClosedRange<Int> = 2...4

  /// True when nothing is overridden.
  public var isEmpty: Bool { entries.isEmpty }

  /// The overridden keys with their values as a scenario file writes them, in file order:
  /// `("activation", "\"relu\"")`, `("hiddenLayers", "[8, 4]")`.
  public var entries: [(key: String, json: String)] {
    var result: [(key: String, json: String)] = []
    func add(_ key: String, _ json: String?) {
      if let json { result.append((key, json)) }
    }
    add("batchSize", batchSize.map(ScenarioOverrides.json))
    add("shuffle", shuffle.map { String($0) })
    add(
      "features",
      features.map { "[" + $0.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]" })
    add(
      "hiddenLayers", hiddenLayers.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" })
    add("activation", activation.map { JSONText.string($0.rawValue) })
    add("learningRate", learningRate.map(JSONText.number))
    add("regularization", regularization.map { JSONText.string($0.rawValue) })
    add("regularizationRate", regularizationRate.map(JSONText.number))
    add("loss", loss.map { JSONText.string($0.rawValue) })
    return result
  }

  /// The overrides as `train --variant` takes them: `activation=relu;hiddenLayers=[8,4]`,
  /// strings without quotes, no spaces.
  public var text: String {
    entries.map { entry in
      let value = entry.json.replacing(", ", with: ",").replacing("\"", with: "")
      return "\(entry.key)=\(value)"
    }.joined(separator: ";")
  }

  /// One JSON object, on one line: `{"activation": "relu"}`.
  public var encodedJSON: String {
    "{" + entries.map { "\(JSONText.string($0.key)): \($0.json)" }.joined(separator: ", ") + "}"
  }

  /// One JSON object without spaces: `{"activation":"relu","hiddenLayers":[8,4]}`.
  public var compactJSON: String {
    "{"
      + entries.map { "\(JSONText.string($0.key)):\($0.json.replacing(", ", with: ","))" }
      .joined(separator: ",") + "}"
  }

  static func json(_ batch: BatchSize) -> String {
    switch batch {
    case .all: return JSONText.string("all")
    case .count(let n): return String(n)
    }
  }

  /// `base` with these settings in place of its own.
  public func applied(to base: Scenario) -> Scenario {
    var s = base
    if let batchSize { s.batchSize = batchSize }
    if let shuffle { s.shuffle = shuffle }
    if let features { s.features = features }
    if let hiddenLayers { s.hiddenLayers = hiddenLayers }
    if let activation { s.activation = activation }
    if let learningRate { s.learningRate = learningRate }
    if let regularization { s.regularization = regularization }
    if let regularizationRate { s.regularizationRate = regularizationRate }
    if let loss { s.loss = loss }
    return s
  }
}

extension Scenario {
  /// The scenario one variant of the comparison trains: these settings with `overrides`
  /// in place, and no `compare` of its own.
  ///
  /// It keeps the seed, so every variant has the same data and, where the network's shape
  /// is the base's, the same initial weights (they are a function of the seed and the
  /// shape); given `parameters` that no longer fit the shape are dropped, so a variant
  /// with other layers starts from the seed's weights for its shape.
  public func variant(_ overrides: ScenarioOverrides) -> Scenario {
    var s = overrides.applied(to: self)
    s.compare = []
    if let given = s.parameters, !given.fits(layerSizes: s.layerSizes) { s.parameters = nil }
    if s.problem == .regression { s.loss = .squared }
    return s
  }

  /// The scenario of every variant of `compare`, in order; empty when there is none.
  public var variants: [Scenario] { compare.map(variant) }
}
