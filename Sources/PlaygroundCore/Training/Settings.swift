/// Classification (labels -1 and +1, tanh output) or regression (any label, linear output).
public enum Problem: String, CaseIterable, Sendable, Codable {
  case classification, regression

  /// The dataset a problem starts with.
  public var defaultDataset: DatasetKind { self == .classification ? .circle : .plane }
}

/// The penalty added at update time (DESIGN.md §2).
public enum Regularization: String, CaseIterable, Sendable, Codable {
  case none, l1, l2

  /// R'(w): sign(w) with sign(0) = 0 for L1, w for L2.
  @inline(__always)
  public func derivative(_ w: Double) -> Double {
    switch self {
    case .none: return 0
    case .l1: return w < 0 ? -1 : (w > 0 ? 1 : 0)
    case .l2: return w
    }
  }

  /// The label the UI shows.
  public var title: String {
    switch self {
    case .none: return "None"
    case .l1: return "L1"
    case .l2: return "L2"
    }
  }
}

/// The training loss. `squared` is the original's 0.5·(o − t)²; `crossEntropy` uses a
/// sigmoid output and is for classification only.
public enum Loss: String, CaseIterable, Sendable, Codable {
  case squared, crossEntropy
}

/// Samples per gradient update: a count, or the whole training set (full-batch GD).
public enum BatchSize: Equatable, Hashable, Sendable {
  case count(Int)
  case all

  /// The effective size for a training set of `trainingCount` samples; a size larger
  /// than the set acts as the set's size.
  public func effective(trainingCount: Int) -> Int {
    switch self {
    case .all: return Swift.max(1, trainingCount)
    case .count(let n): return Swift.max(1, Swift.min(n, Swift.max(1, trainingCount)))
    }
  }
}

/// The options the original keeps beside the network: which points to draw, whether to
/// threshold the heatmap, and which controls the lesson hides.
public struct ViewOptions: Equatable, Sendable {
  /// Draw the test points on the output heatmap.
  public var showTestData: Bool
  /// Threshold the heatmaps at 0.
  public var discretize: Bool
  /// Controls not drawn and not usable (scenario key `view.hide`); empty shows all.
  public var hidden: Set<HideableControl>

  /// The options with nothing hidden unless `hidden` says so.
  public init(
    showTestData: Bool = false, discretize: Bool = false, hidden: Set<HideableControl> = []
  ) {
    self.showTestData = showTestData
    self.discretize = discretize
    self.hidden = hidden
  }

  /// Whether `control` is hidden in this lesson.
  public func hides(_ control: HideableControl) -> Bool { hidden.contains(control) }
}

/// The original's lists that the UI steps through (DESIGN.md §2).
public enum Steps {
  public static let learningRates: [Double] = [
    0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  public static let regularizationRates: [Double] = [
    0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  public static let batchSizes: ClosedRange<Int> = 1...30
  public static let noiseLevels: [Double] = stride(from: 0, through: 50, by: 5).map(Double.init)
  public static let trainRatios: [Double] = stride(from: 10, through: 90, by: 10).map(Double.init)
  public static let maxHiddenLayers = 6
  public static let maxNeurons = 8
}
