extension Scenario {
  /// The TensorFlow Playground link that opens this scenario in the original page, with
  /// its keys in the order the page itself writes them (its `State.serialize`), so a link
  /// read with ``fromTFPlaygroundURL(_:)`` comes back key by key.
  ///
  /// What the original cannot express is an error naming the key (`file` empty): `data`,
  /// `compare`, `dataFile`, `classes` other than 2, `dataset` moons and pinwheel, `activation` leakyRelu and elu, `batchSize` "all", `loss`
  /// crossEntropy, `shuffle` true, and `parameters` other than all zeros (which become
  /// `initZero=true`), and a `tfSeed` holding a character a link cannot carry as the
  /// page reads it (`&`, `=`, `#`, `%`, a space…). A scenario without `tfSeed` gets one, the first draw of `seed` (or
  /// of `fallbackSeed`) written with five decimals like the page's own seeds; a note says
  /// that the original's points and weights will then be its own, not this scenario's.
  ///
  /// - Returns: The link and notes (one line each) about what was left out or chosen.
  public func tfPlaygroundURL(fallbackSeed: UInt64) throws(ScenarioError) -> (
    url: String, notes: [String]
  ) {
    func refuse(_ key: String, _ reason: String) -> ScenarioError {
      .invalidValue(file: "", path: key, reason: reason + "; the original cannot express it")
    }
    if data != nil {
      throw refuse("data", "explicit points cannot go into a link (the page generates them)")
    }
    if dataFile != nil || pointTable != nil {
      throw refuse("dataFile", "points from a file cannot go into a link (the page generates them)")
    }
    if !compare.isEmpty {
      throw refuse(
        "compare", "variants side by side are playground-tui's own; a link opens one run")
    }
    if classes != 2 {
      throw refuse(
        "classes", "\(classes) classes (softmax) are playground-tui's own; the page has two")
    }
    if dataset == .moons || dataset == .pinwheel {
      throw refuse("dataset", "'\(dataset.rawValue)' is playground-tui's own dataset")
    }
    if activation == .leakyRelu || activation == .elu {
      throw refuse("activation", "'\(activation.rawValue)' is playground-tui's own activation")
    }
    if batchSize == .all { throw refuse("batchSize", "'all' (full-batch) is playground-tui's own") }
    if loss == .crossEntropy { throw refuse("loss", "'crossEntropy' is playground-tui's own") }
    if shuffle { throw refuse("shuffle", "true (a new order every epoch) is playground-tui's own") }
    var initZero = false
    if let parameters {
      let zero =
        parameters.weights.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0 == 0 } } }
        && parameters.biases.allSatisfy { $0.allSatisfy { $0 == 0 } }
      guard zero else {
        throw refuse(
          "parameters", "given initial weights cannot go into a link (only all zeros: initZero)")
      }
      initZero = true
    }

    var notes: [String] = []
    let seedText: String
    if let tfSeed {
      // The page reads the hash without decoding it, so these cannot be escaped.
      if let bad = tfSeed.first(where: { "&=# %\"<>`{}|\\^".contains($0) }) {
        throw refuse(
          "tfSeed", "'\(tfSeed.escapedForMessage())' holds '\(bad)', which a link cannot carry")
      }
      seedText = tfSeed
    } else {
      var rng = SeededGenerator(seed: seed ?? fallbackSeed)
      seedText = JSNumberText.fixed5(rng.nextUnit())
      notes.append(
        "tfSeed: the scenario has none, so the link uses seed '\(seedText)'; the original will "
          + "draw its own points and weights from it, not this scenario's")
    }

    let names: [Activation: String] = [
      .relu: "relu", .tanh: "tanh", .sigmoid: "sigmoid", .linear: "linear",
    ]
    var pairs: [(String, String)] = [("activation", names[activation] ?? "tanh")]
    switch regularization {
    case .none: break
    case .l1: pairs.append(("regularization", "L1"))
    case .l2: pairs.append(("regularization", "L2"))
    }
    if case .count(let n) = batchSize { pairs.append(("batchSize", String(n))) }
    let classification = problem == .classification
    pairs.append(("dataset", classification ? Self.tfDatasetName(dataset) : "circle"))
    pairs.append(("regDataset", classification ? "reg-plane" : Self.tfDatasetName(dataset)))
    pairs.append(("learningRate", JSNumberText.number(learningRate)))
    pairs.append(("regularizationRate", JSNumberText.number(regularizationRate)))
    pairs.append(("noise", JSNumberText.number(noise)))
    pairs.append(("networkShape", hiddenLayers.map(String.init).joined(separator: ",")))
    pairs.append(("seed", seedText))
    pairs.append(("showTestData", String(view.showTestData)))
    pairs.append(("discretize", String(view.discretize)))
    pairs.append(("percTrainData", JSNumberText.number(trainRatio)))
    let on = Set(features)
    for (key, feature) in [
      ("x", Feature.x1), ("y", .x2), ("xTimesY", .x1TimesX2), ("xSquared", .x1Squared),
      ("ySquared", .x2Squared),
    ] {
      pairs.append((key, String(on.contains(feature))))
    }
    pairs.append(("cosX", "false"))
    pairs.append(("sinX", String(on.contains(.sinX1))))
    pairs.append(("cosY", "false"))
    pairs.append(("sinY", String(on.contains(.sinX2))))
    pairs.append(("collectStats", "false"))
    pairs.append(("problem", problem.rawValue))
    pairs.append(("initZero", String(initZero)))
    pairs.append(("hideText", "false"))

    let originalIDs = Dictionary(
      TFPlaygroundHash.hideableControls.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
    var ownHidden: [String] = []
    for control in view.hidden.sorted() {
      if let id = originalIDs[control] {
        pairs.append((id + "_hide", "true"))
      } else {
        ownHidden.append(control.rawValue)
      }
    }
    if !ownHidden.isEmpty {
      notes.append(
        "view.hide: \(ownHidden.map { "'\($0)'" }.joined(separator: ", ")) cannot be hidden in "
          + "the original; left out")
    }
    let fragment = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    return ("https://playground.tensorflow.org/#" + fragment, notes)
  }

  /// The original's name of a dataset it has.
  private static func tfDatasetName(_ kind: DatasetKind) -> String {
    switch kind {
    case .circle: return "circle"
    case .xor: return "xor"
    case .gauss: return "gauss"
    case .spiral: return "spiral"
    case .moons: return "moons"
    case .pinwheel: return "pinwheel"
    case .plane: return "reg-plane"
    case .multiGauss: return "reg-gauss"
    }
  }
}
