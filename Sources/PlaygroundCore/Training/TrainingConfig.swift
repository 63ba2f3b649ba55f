/// The hyper-parameters a training run reads at every update.
///
/// Changing any of them never touches the network (the UI decides when to reset, as the original
/// does).
public struct TrainingConfig: Equatable, Sendable {
  public var problem: Problem
  public var learningRate: Double
  public var regularization: Regularization
  public var regularizationRate: Double
  public var batchSize: BatchSize
  public var shuffle: Bool
  public var loss: Loss

  public init(
    problem: Problem = .classification, learningRate: Double = 0.03,
    regularization: Regularization = .none, regularizationRate: Double = 0,
    batchSize: BatchSize = .count(10), shuffle: Bool = false, loss: Loss = .squared
  ) {
    self.problem = problem
    self.learningRate = learningRate
    self.regularization = regularization
    self.regularizationRate = regularizationRate
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.loss = loss
  }

  /// The settings of a scenario.
  public init(_ scenario: Scenario) {
    self.init(
      problem: scenario.problem, learningRate: scenario.learningRate,
      regularization: scenario.regularization,
      regularizationRate: scenario.regularizationRate, batchSize: scenario.batchSize,
      shuffle: scenario.shuffle, loss: scenario.loss)
  }

  /// The output activation these settings imply: sigmoid for cross-entropy, tanh for
  /// classification, linear for regression.
  public var outputActivation: Activation {
    if loss == .crossEntropy { return .sigmoid }
    return problem == .classification ? .tanh : .linear
  }
}

/// What one evaluation of a set gives.
public struct Metrics: Equatable, Sendable {
  /// Mean loss over the set, without the regularization term.
  public var loss: Double
  /// Fraction (0...1) of points whose predicted sign matches the label; nil for
  /// regression.
  public var accuracy: Double?

  public init(loss: Double, accuracy: Double?) {
    self.loss = loss
    self.accuracy = accuracy
  }
}

/// Train and test metrics after an epoch (or before training, at epoch 0).
public struct EpochReport: Equatable, Sendable {
  public var epoch: Int
  public var train: Metrics
  public var test: Metrics
  /// True once a loss or a parameter is no longer finite.
  public var diverged: Bool

  public init(epoch: Int, train: Metrics, test: Metrics, diverged: Bool) {
    self.epoch = epoch
    self.train = train
    self.test = test
    self.diverged = diverged
  }
}
