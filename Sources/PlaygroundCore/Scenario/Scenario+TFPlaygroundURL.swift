extension Scenario {
  /// The integer seed a `tfSeed` stands for where one is needed (per-epoch shuffles) and
  /// the one a link's seed becomes when it cannot be a `tfSeed`: FNV-1a of its text,
  /// reduced to 0...2^53.
  public static func integerSeed(fromTFSeed text: String) -> UInt64 {
    TFPlaygroundHash.seed(from: text)
  }

  /// Reads a TensorFlow Playground link (`https://playground.tensorflow.org/#activation=…`)
  /// or just its `#…` part (reference/tfplayground.md §4.6).
  ///
  /// Parsing is lenient like the original's: an unknown enum value keeps the default, a
  /// boolean is true unless it is literally `false`, empty values are ignored. Values
  /// outside playground-tui's ranges (noise 80, seven hidden layers, nine neurons) are
  /// errors naming the URL key, e.g. `networkShape: 9 neurons in layer 1 is out of range
  /// 1...8`; their `file` is empty.
  ///
  /// The original's `seed` string becomes `tfSeed`, so the points and initial weights are
  /// the ones the original page makes from it (`TFPlaygroundData`). A link without a seed
  /// (the original then draws a new one on every load) keeps `tfSeed` unset, and a seed
  /// that is not 1–64 printable ASCII characters becomes an integer seed (FNV-1a of its
  /// text, masked to 53 bits); a note says so. A key written without a value (a link cut
  /// short) keeps the original's default, with a note. `initZero=true` becomes explicit
  /// zero parameters.
  /// `<id>_hide=true` hides that control (`view.hide`, `percTrainData` → `trainRatio`,
  /// `numHiddenLayers` → `hiddenLayers`); for a feature it turns the feature off, as the
  /// original removes it from the network.
  ///
  /// - Returns: The scenario and notes (one line each) about what was changed or ignored;
  ///   the notes and errors quote the link's text shortened and with control characters
  ///   escaped (`String.escapedForMessage(limit:)`).
  public static func fromTFPlaygroundURL(
    _ url: String
  ) throws(ScenarioError) -> (scenario: Scenario, notes: [String]) {
    let hash = TFPlaygroundHash(try TFPlaygroundHash.fragment(of: url))
    var notes: [String] = []
    var s = Scenario()

    if let v = hash.value("activation") {
      let known: [String: Activation] = [
        "relu": .relu, "tanh": .tanh, "sigmoid": .sigmoid, "linear": .linear,
      ]
      if let a = known[v] {
        s.activation = a
      } else {
        notes.append(hash.keptDefault("activation", v, "tanh"))
      }
    }
    if let v = hash.value("regularization") {
      let known: [String: Regularization] = ["none": .none, "L1": .l1, "L2": .l2]
      if let reg = known[v] {
        s.regularization = reg
      } else {
        notes.append(hash.keptDefault("regularization", v, "none"))
      }
    }
    if let v = hash.value("problem") {
      if let p = Problem(rawValue: v) {
        s.problem = p
      } else {
        notes.append(hash.keptDefault("problem", v, "classification"))
      }
    }
    if s.problem == .classification {
      s.dataset = .circle
      if let v = hash.value("dataset") {
        let known: [String: DatasetKind] = [
          "circle": .circle, "xor": .xor, "gauss": .gauss, "spiral": .spiral,
        ]
        if let d = known[v] {
          s.dataset = d
        } else {
          notes.append(hash.keptDefault("dataset", v, "circle"))
        }
      }
    } else {
      s.dataset = .plane
      if let v = hash.value("regDataset") {
        let known: [String: DatasetKind] = ["reg-plane": .plane, "reg-gauss": .multiGauss]
        if let d = known[v] {
          s.dataset = d
        } else {
          notes.append(hash.keptDefault("regDataset", v, "reg-plane"))
        }
      }
    }
    if let n = try hash.number("batchSize") {
      guard n.value.rounded(.towardZero) == n.value else {
        throw hash.invalid("batchSize", "\(ScenarioReader.shown(n.text)) is not an integer")
      }
      guard n.value >= Double(Limits.batchSize.lowerBound),
        n.value <= Double(Limits.batchSize.upperBound)
      else {
        throw hash.invalid(
          "batchSize",
          "\(ScenarioReader.shown(n.text)) is out of range \(ScenarioReader.text(Limits.batchSize))"
        )
      }
      s.batchSize = .count(Int(n.value))
    }
    if let n = try hash.number("learningRate") {
      guard Limits.allowsLearningRate(n.value) else {
        throw hash.invalid("learningRate", ScenarioReader.learningRateOutOfRange(n.text))
      }
      s.learningRate = n.value
    }
    s.regularizationRate =
      try hash.number("regularizationRate", in: Limits.regularizationRate) ?? s.regularizationRate
    s.noise = try hash.number("noise", in: Limits.noise) ?? s.noise
    s.trainRatio = try hash.number("percTrainData", in: Limits.trainRatio) ?? s.trainRatio
    if let shape = try hash.networkShape() { s.hiddenLayers = shape }
    if let text = hash.value("seed") {
      let seed = hash.undecoded("seed") ?? text
      if Scenario.isValidTFSeed(seed) {
        s.tfSeed = seed
      } else {
        let number = TFPlaygroundHash.seed(from: text)
        s.seed = number
        notes.append(
          "seed: \(ScenarioReader.quoted(text)) is not 1-64 printable ASCII characters, so it "
            + "becomes seed \(number) and the points and weights are playground-tui's own")
      }
    } else {
      notes.append(
        "seed: the link has none, so the original draws new points on every load; these are "
          + "playground-tui's own")
    }
    s.view.showTestData = hash.bool("showTestData") ?? s.view.showTestData
    s.view.discretize = hash.bool("discretize") ?? s.view.discretize

    var features: [Feature] = []
    for (key, feature) in TFPlaygroundHash.featureKeys {
      guard hash.bool(key) ?? (feature == .x1 || feature == .x2) else { continue }
      if hash.raw(key + "_hide") == "true" {
        notes.append(
          "\(key)_hide: the original removes this feature from the network, so it is off")
      } else {
        features.append(feature)
      }
    }
    guard !features.isEmpty else {
      throw hash.invalid(
        TFPlaygroundHash.featureKeys.map(\.0).joined(separator: ", "),
        "all are off; turn at least one feature on")
    }
    s.features = Feature.canonical(features)

    for key in ["cosX", "cosY"] where hash.bool(key) == true {
      notes.append("\(key): ignored; the original never uses it either")
    }
    if let tutorial = hash.value("tutorial") {
      notes.append(
        "tutorial: \(ScenarioReader.quoted(tutorial)) is ignored; playground-tui has no tutorials")
    }
    if hash.bool("hideText") == true {
      notes.append("hideText: ignored; playground-tui shows no article text")
    }
    if hash.bool("initZero") == true {
      let sizes = s.layerSizes
      s.parameters = Parameters(
        weights: (0..<sizes.count - 1).map { l in
          Array(repeating: Array(repeating: 0, count: sizes[l]), count: sizes[l + 1])
        },
        biases: (0..<sizes.count - 1).map { l in Array(repeating: 0, count: sizes[l + 1]) })
      notes.append("initZero: every weight and bias starts at 0, as in the original")
    }
    var unknownHidden: [String] = []
    for id in hash.hiddenControls {
      if let control = TFPlaygroundHash.hideableControls[id] {
        s.view.hidden.insert(control)
      } else {
        unknownHidden.append(id + "_hide")
      }
    }
    if !unknownHidden.isEmpty {
      notes.append(
        "\(ScenarioReader.shown(unknownHidden.joined(separator: ", "))): not a control the "
          + "original hides; ignored")
    }
    let valueless = hash.keysWithoutValue
    if !valueless.isEmpty {
      notes.append(
        "\(ScenarioReader.shown(valueless.joined(separator: ", "))): no value (is the link cut "
          + "short?); the original's default is kept")
    }
    let unknown = hash.unknownKeys
    if !unknown.isEmpty {
      notes.append("\(ScenarioReader.shown(unknown.joined(separator: ", "))): unknown, ignored")
    }
    return (s, notes)
  }
}
