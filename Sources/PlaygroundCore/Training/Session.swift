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

  /// Builds the session of `scenario` with `seed` (the scenario's own seed, or the one the
  /// caller chose and reported).
  public init(scenario: Scenario, seed: UInt64) {
    var s = scenario
    s.seed = seed
    self.scenario = s
    dataSeed = seed
    weightSeed = seed
    let data = Session.makeData(s, seed: seed)
    trainer = Session.makeTrainer(s, data: data, weightSeed: seed)
    history.append(trainer.lastReport)
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
    var rng = SeededGenerator(seed: seed, stream: .data)
    return s.dataset.split(
      noise: s.noise, trainRatio: s.trainRatio, classes: s.classes, using: &rng)
  }

  /// The network training starts from: drawn from `weightSeed`, then the scenario's
  /// given parameters when they fit the shape.
  static func initialNetwork(_ s: Scenario, weightSeed: UInt64) -> Network {
    var network = Network.initialized(
      layerSizes: s.layerSizes, activation: s.activation,
      outputActivation: TrainingConfig(s).outputActivation, seed: weightSeed)
    if let given = s.parameters, given.fits(layerSizes: s.layerSizes) {
      network.setParameters(given)
    }
    return network
  }

  static func makeTrainer(_ s: Scenario, data: DataSplit, weightSeed: UInt64) -> Trainer {
    Trainer(
      network: initialNetwork(s, weightSeed: weightSeed),
      data: data, features: s.features, config: TrainingConfig(s), shuffleSeed: weightSeed)
  }
}
