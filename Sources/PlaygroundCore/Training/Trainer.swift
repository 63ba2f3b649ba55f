/// Trains a network on a data split with the original playground's exact semantics
/// (DESIGN.md §2): per-sample backprop, mean gradient every `batchSize`-th sample of the
/// epoch, leftovers carried into the next epoch, regularization at update time.
public struct Trainer: Sendable {
  public internal(set) var network: Network
  public internal(set) var data: DataSplit
  public let features: [Feature]
  public var config: TrainingConfig
  /// Completed epochs.
  public internal(set) var epoch: Int = 0
  /// Set when a loss or parameter stops being finite; training then refuses to step.
  public internal(set) var diverged = false
  /// The last metrics computed (epoch 0 before training).
  public internal(set) var lastReport: EpochReport

  var trainColumns: FeatureColumns
  var testColumns: FeatureColumns
  /// Scratch rows for the training passes, kept from epoch to epoch.
  var workspace = Workspace()
  var gradWeights: [Double]
  var gradBiases: [Double]
  /// Samples accumulated since the last update (carried across epochs).
  var pending = 0
  var order: [Int]
  var shuffleRNG: SeededGenerator

  /// - Precondition: `network.inputCount == features.count`.
  public init(
    network: Network, data: DataSplit, features: [Feature], config: TrainingConfig,
    shuffleSeed: UInt64 = 0
  ) {
    precondition(network.inputCount == features.count, "network inputs ≠ features")
    self.network = network
    self.data = data
    self.features = features
    self.config = config
    trainColumns = FeatureColumns(points: data.train, features: features)
    testColumns = FeatureColumns(points: data.test, features: features)
    gradWeights = Array(repeating: 0, count: network.weights.count)
    gradBiases = Array(repeating: 0, count: network.biases.count)
    order = Array(data.train.indices)
    shuffleRNG = SeededGenerator(seed: shuffleSeed, stream: .shuffle)
    lastReport = EpochReport(
      epoch: 0, train: Metrics(loss: 0, accuracy: nil), test: Metrics(loss: 0, accuracy: nil),
      diverged: false)
    lastReport = evaluate()
    // A start that is already non-finite (huge given weights) is diverged at epoch 0.
    diverged = lastReport.diverged
  }

  /// Metrics of the current network on both sets, labelled with the current epoch.
  public func evaluate() -> EpochReport {
    let train = metrics(columns: trainColumns)
    let test = metrics(columns: testColumns)
    let bad = !train.loss.isFinite || !(test.loss.isFinite || data.test.isEmpty)
    return EpochReport(
      epoch: epoch, train: train, test: test, diverged: bad || !network.isFinite)
  }

  /// Runs one epoch and returns its report.
  ///
  /// Does nothing once diverged.
  @discardableResult
  public mutating func step() -> EpochReport {
    guard !diverged else { return lastReport }
    if config.shuffle { order.fisherYatesShuffle(using: &shuffleRNG) }
    trainOneEpoch()
    epoch += 1
    lastReport = evaluate()
    diverged = lastReport.diverged
    return lastReport
  }

  /// Replaces the network's parameters (a hand-edited weight, say); keeps the epoch.
  public mutating func setNetwork(_ newNetwork: Network) {
    precondition(newNetwork.layerSizes == network.layerSizes, "shape changed")
    network = newNetwork
    diverged = false
    lastReport = evaluate()
    diverged = lastReport.diverged
  }

  /// Replaces the data (regenerate) without touching the network, as the original does.
  public mutating func setData(_ newData: DataSplit) {
    data = newData
    trainColumns = FeatureColumns(points: data.train, features: features)
    testColumns = FeatureColumns(points: data.test, features: features)
    order = Array(data.train.indices)
    lastReport = evaluate()
  }
}
