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
  /// Classes of a classification: 2 is the ±1 path; 3...6 means k outputs, softmax and
  /// cross-entropy on class indices (`loss` is then not read).
  public var classes: Int

  public init(
    problem: Problem = .classification, learningRate: Double = 0.03,
    regularization: Regularization = .none, regularizationRate: Double = 0,
    batchSize: BatchSize = .count(10), shuffle: Bool = false, loss: Loss = .squared,
    classes: Int = 2
  ) {
    self.problem = problem
    self.learningRate = learningRate
    self.regularization = regularization
    self.regularizationRate = regularizationRate
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.loss = loss
    self.classes = classes
  }

  /// The settings of a scenario.
  public init(_ scenario: Scenario) {
    self.init(
      problem: scenario.problem, learningRate: scenario.learningRate,
      regularization: scenario.regularization,
      regularizationRate: scenario.regularizationRate, batchSize: scenario.batchSize,
      shuffle: scenario.shuffle, loss: scenario.loss, classes: scenario.classes)
  }

  /// The output activation these settings imply: sigmoid for cross-entropy, tanh for
  /// classification, linear for regression.
  public var outputActivation: Activation {
    // k class scores; softmax belongs to the loss.
    if isMultiClass { return .linear }
    if loss == .crossEntropy { return .sigmoid }
    return problem == .classification ? .tanh : .linear
  }
}

extension TrainingConfig {
  /// Whether the output is k ≥ 3 softmax classes.
  public var isMultiClass: Bool { problem == .classification && classes > 2 }
}

/// What one evaluation of a set gives.
public struct Metrics: Equatable, Sendable {
  /// Mean loss over the set, without the regularization term.
  public var loss: Double
  /// Fraction (0...1) of points whose predicted sign matches the label; nil for
  /// regression.
  public var accuracy: Double?
  /// For 3...6 classes, per class c the fraction of its points predicted as c (NaN when
  /// the set has none); nil otherwise.
  public var classAccuracy: [Double]?

  public init(loss: Double, accuracy: Double?, classAccuracy: [Double]? = nil) {
    self.loss = loss
    self.accuracy = accuracy
    self.classAccuracy = classAccuracy
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
