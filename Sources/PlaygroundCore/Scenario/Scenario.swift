/// A validated scenario (DESIGN.md §3): everything needed to rebuild a playground run.
///
/// Glossary, shared by JSON keys, Swift properties and UI labels: `learningRate`,
/// `batchSize`, `activation`, `regularization`, `regularizationRate`, `noise` (percent,
/// 0...50), `trainRatio` (percent of points used for training, 10...90), `hiddenLayers`
/// (neurons per hidden layer), `features` (inputs, canonical order), `dataset`,
/// `problem`, `seed`.
public struct Scenario: Equatable, Sendable {
  /// The scenario's name; `nil` means "the file name".
  public var name: LocalizedText?
  /// The lesson, one line a teacher reads out; empty when there is none.
  public var description: LocalizedText
  /// The seed of every random draw; `nil` means "choose one and report it".
  public var seed: UInt64?
  /// The original page's seed string (`0.45454`): generated points and initial weights
  /// not given come from it exactly as the page makes them on load (issue 16,
  /// `TFPlaygroundData`); excludes `seed`.
  public var tfSeed: String? = nil
  public var problem: Problem
  public var dataset: DatasetKind
  public var noise: Double
  public var trainRatio: Double
  public var batchSize: BatchSize
  public var shuffle: Bool
  /// Distinct, in canonical order.
  public var features: [Feature]
  public var hiddenLayers: [Int]
  public var activation: Activation
  public var learningRate: Double
  public var regularization: Regularization
  public var regularizationRate: Double
  public var loss: Loss
  /// Explicit points; when present, `dataset`, `noise` and `trainRatio` are not used.
  public var data: DataSplit?
  /// Explicit initial parameters; when absent they come from the seed.
  public var parameters: Parameters?
  public var view: ViewOptions
  /// Classes of a classification (2...6, ``Limits/classes``): 2 is the original's ±1
  /// labels and tanh output; 3 or more means one output per class, softmax and
  /// cross-entropy, labels 0...k−1.
  public var classes: Int = 2
  /// `dataFile` as the scenario file gives it: a CSV path relative to that file.
  public var dataFile: String?
  /// The points of `dataFile` (or `--data`), read by whoever reads files; when present,
  /// `dataset` and `noise` are not used, and `trainRatio` only when the table has no
  /// `split` column.
  public var pointTable: PointTable?
  /// The variants of a comparison (2...4), each overriding some settings.
  ///
  /// Empty when the scenario is a single run. See ``variant(_:)``.
  public var compare: [ScenarioOverrides]

  /// The original TensorFlow Playground's defaults.
  public init(
    name: LocalizedText? = nil, description: LocalizedText = "", seed: UInt64? = nil,
    problem: Problem = .classification, dataset: DatasetKind? = nil, noise: Double = 0,
    trainRatio: Double = 50, batchSize: BatchSize = .count(10), shuffle: Bool = false,
    features: [Feature] = [.x1, .x2], hiddenLayers: [Int] = [4, 2],
    activation: Activation = .tanh, learningRate: Double = 0.03,
    regularization: Regularization = .none, regularizationRate: Double = 0,
    loss: Loss = .squared, data: DataSplit? = nil, parameters: Parameters? = nil,
    view: ViewOptions = ViewOptions(), compare: [ScenarioOverrides] = []
  ) {
    self.name = name
    self.description = description
    self.seed = seed
    self.problem = problem
    self.dataset = dataset ?? problem.defaultDataset
    self.noise = noise
    self.trainRatio = trainRatio
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.features = Feature.canonical(features)
    self.hiddenLayers = hiddenLayers
    self.activation = activation
    self.learningRate = learningRate
    self.regularization = regularization
    self.regularizationRate = regularizationRate
    self.loss = loss
    self.data = data
    self.parameters = parameters
    self.view = view
    self.compare = compare
  }

  /// The default scenario.
  public static let `default` = Scenario()

  /// Layer sizes from input to output: `[features, hidden..., 1]`.
  public var layerSizes: [Int] { [features.count] + hiddenLayers + [outputCount] }

  /// Output neurons: 1 (a ±1 class or a value), or one per class when there are 3 or more.
  public var outputCount: Int { Scenario.outputCount(classes: classes, problem: problem) }

  /// Output neurons for `classes` classes of `problem`.
  public static func outputCount(classes: Int, problem: Problem) -> Int {
    problem == .classification && classes > 2 ? classes : 1
  }
}

/// Weights and biases in the scenario layout: `weights[l][i][j]` is the weight from neuron
/// j of layer l to neuron i of layer l+1 (layer 0 = the active features in canonical
/// order); `biases[l][i]` belongs to neuron i of layer l+1.
public struct Parameters: Equatable, Sendable {
  public var weights: [[[Double]]]
  public var biases: [[Double]]

  public init(weights: [[[Double]]], biases: [[Double]]) {
    self.weights = weights
    self.biases = biases
  }

  /// Whether the shapes fit a network of `layerSizes` (input first, output last).
  public func fits(layerSizes: [Int]) -> Bool {
    guard weights.count == layerSizes.count - 1, biases.count == layerSizes.count - 1 else {
      return false
    }
    for l in 0..<weights.count {
      guard weights[l].count == layerSizes[l + 1], biases[l].count == layerSizes[l + 1] else {
        return false
      }
      if weights[l].contains(where: { $0.count != layerSizes[l] }) { return false }
    }
    return true
  }
}
