import PlaygroundCore

// The names the screen gives Core's choices. Core keeps only the raw values that
// scenario files and error messages use; what a person reads belongs to the UI and its
// string tables. Names that are names in every language (ReLU, tanh, L1, X1) are not in
// the tables.

extension Activation {
  /// The activation as the top bar names it.
  func title(in strings: Strings) -> String {
    switch self {
    case .relu: return "ReLU"
    case .tanh: return "Tanh"
    case .sigmoid: return "Sigmoid"
    case .linear: return strings[.linear]
    case .leakyRelu: return "Leaky ReLU"
    case .elu: return "ELU"
    }
  }
}

extension Regularization {
  /// The regularization as the top bar names it.
  func title(in strings: Strings) -> String {
    switch self {
    case .none: return strings[.regularizationNone]
    case .l1: return "L1"
    case .l2: return "L2"
    }
  }
}

extension DatasetKind {
  /// The dataset as the data panel names it.
  var titleKey: TextKey {
    switch self {
    case .circle: return .circle
    case .xor: return .xor
    case .gauss: return .gauss
    case .spiral: return .spiral
    case .moons: return .moons
    case .plane: return .plane
    case .multiGauss: return .multiGauss
    case .pinwheel: return .pinwheel
    }
  }
}

extension Feature {
  /// The feature as the network diagram labels it (ASCII, so it works without UTF-8 too).
  var title: String {
    switch self {
    case .x1: return "X1"
    case .x2: return "X2"
    case .x1Squared: return "X1^2"
    case .x2Squared: return "X2^2"
    case .x1TimesX2: return "X1X2"
    case .sinX1: return "sin(X1)"
    case .sinX2: return "sin(X2)"
    }
  }

  /// At most four cells, for a network diagram too narrow for `title`.
  var shortTitle: String {
    switch self {
    case .sinX1: return "sin1"
    case .sinX2: return "sin2"
    default: return title
    }
  }
}

extension HideableControl {
  /// The control as the user reads it: "Learning rate" (in "… hidden in this lesson").
  var titleKey: TextKey {
    switch self {
    case .showTestData: return .showTestData
    case .discretize: return .discretizeOutput
    case .playButton: return .runPause
    case .stepButton: return .step
    case .resetButton: return .reset
    case .learningRate: return .learningRate
    case .activation: return .activation
    case .regularization: return .regularization
    case .regularizationRate: return .regularizationRate
    case .problem: return .problemType
    case .dataset: return .dataset
    case .trainRatio: return .trainRatioControl
    case .noise: return .noise
    case .batchSize: return .batchSize
    case .hiddenLayers: return .hiddenLayers
    case .features: return .features
    case .speed: return .speed
    }
  }
}
