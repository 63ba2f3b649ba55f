/// One playground run: the current settings, its data, network, trainer and loss history.
///
/// A value: the background queue owns the live one and publishes copies (cheap, the arrays
/// are copy-on-write) as snapshots for the screen.
public struct Session: Sendable {
  /// The current settings.
  ///
  /// `seed` is always set.
  public internal(set) var scenario: Scenario
  /// The seed the data is generated from (advanced by `regenerate`).
  public internal(set) var dataSeed: UInt64
  /// The seed the initial weights come from (advanced by `newWeights`).
  public internal(set) var weightSeed: UInt64
  public internal(set) var trainer: Trainer
  public internal(set) var history = LossHistory()
  /// Under a `tfSeed`: where the current network's initial weights were drawn.
  public internal(set) var tfWeights: TFWeightOrigin?

  /// Builds the session of `scenario` with `seed` (the scenario's own seed, or the one the
  /// caller chose and reported).
  public init(scenario: Scenario, seed: UInt64) {
    var s = scenario
    // A tfSeed scenario has no integer seed; `seed` then only orders per-epoch shuffles.
    if s.tfSeed == nil { s.seed = seed }
    self.scenario = s
    dataSeed = seed
    weightSeed = seed
    tfWeights = s.tfSeed.map { TFWeightOrigin(seed: $0) }
    let data = Session.makeData(s, seed: seed)
    trainer = Session.makeTrainer(s, data: data, weightSeed: seed, tfWeights: tfWeights)
    history.append(trainer.lastReport)
  }

  /// Trains up to `epochs` epochs, fewer once it diverges, and returns the report of
  /// every epoch trained.
  @discardableResult
  public mutating func train(epochs: Int) -> [EpochReport] {
    var reports: [EpochReport] = []
    for _ in 0..<Swift.max(0, epochs) {
      guard !isDiverged else { break }
      step()
      reports.append(report)
    }
    return reports
  }

  public var network: Network { trainer.network }
  public var data: DataSplit { trainer.data }
  public var epoch: Int { trainer.epoch }
  public var report: EpochReport { trainer.lastReport }
  public var isDiverged: Bool { trainer.diverged }
  public var seed: UInt64 { scenario.seed ?? dataSeed }

  /// Trains one epoch (nothing once diverged).
  public mutating func step() {
    guard !trainer.diverged else { return }
    trainer.step()
    history.append(trainer.lastReport)
  }

  static func makeData(_ s: Scenario, seed: UInt64) -> DataSplit {
    if let data = s.data { return data }
    if let table = s.pointTable { return table.split(trainRatio: s.trainRatio, seed: seed) }
    if let tfSeed = s.tfSeed, s.classes == 2 {
      return TFPlaygroundData.split(
        s.dataset, noise: s.noise, trainRatio: s.trainRatio, seed: tfSeed
      ).data
    }
    var rng = SeededGenerator(seed: seed, stream: .data)
    return s.dataset.split(
      noise: s.noise, trainRatio: s.trainRatio, classes: s.classes, using: &rng)
  }

  /// The network training starts from: drawn from `weightSeed` (or, under a `tfSeed`, as
  /// the original page draws it from `tfWeights`), then the scenario's given parameters
  /// when they fit the shape.
  static func initialNetwork(
    _ s: Scenario, weightSeed: UInt64, tfWeights: TFWeightOrigin? = nil
  ) -> Network {
    var network: Network
    if s.tfSeed != nil, let origin = tfWeights {
      network = Network(
        layerSizes: s.layerSizes, activation: s.activation,
        outputActivation: TrainingConfig(s).outputActivation)
      network.weights = TFPlaygroundData.initialWeights(s, origin: origin)
    } else {
      network = Network.initialized(
        layerSizes: s.layerSizes, activation: s.activation,
        outputActivation: TrainingConfig(s).outputActivation, seed: weightSeed)
    }
    if let given = s.parameters, given.fits(layerSizes: s.layerSizes) {
      network.setParameters(given)
    }
    return network
  }

  static func makeTrainer(
    _ s: Scenario, data: DataSplit, weightSeed: UInt64, tfWeights: TFWeightOrigin? = nil
  ) -> Trainer {
    Trainer(
      network: initialNetwork(s, weightSeed: weightSeed, tfWeights: tfWeights),
      data: data, features: s.features, config: TrainingConfig(s), shuffleSeed: weightSeed)
  }
}
