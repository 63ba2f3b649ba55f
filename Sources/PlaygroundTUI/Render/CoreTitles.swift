import PlaygroundCore

// The names the screen gives Core's choices. Core keeps only the raw values that
// scenario files and error messages use; what a person reads belongs to the UI.

extension Activation {
  /// The activation as the top bar names it.
  var title: String {
    switch self {
    case .relu: return "ReLU"
    case .tanh: return "Tanh"
    case .sigmoid: return "Sigmoid"
    case .linear: return "Linear"
    case .leakyRelu: return "Leaky ReLU"
    case .elu: return "ELU"
    }
  }
}

extension Regularization {
  /// The regularization as the top bar names it.
  var title: String {
    switch self {
    case .none: return "None"
    case .l1: return "L1"
    case .l2: return "L2"
    }
  }
}

extension DatasetKind {
  /// The dataset as the data panel names it.
  var title: String {
    switch self {
    case .circle: return "Circle"
    case .xor: return "Exclusive or"
    case .gauss: return "Gaussian"
    case .spiral: return "Spiral"
    case .moons: return "Moons"
    case .plane: return "Plane"
    case .multiGauss: return "Multi gaussian"
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
  var title: String {
    switch self {
    case .showTestData: return "Show test data"
    case .discretize: return "Discretize output"
    case .playButton: return "Run / pause"
    case .stepButton: return "Step"
    case .resetButton: return "Reset"
    case .learningRate: return "Learning rate"
    case .activation: return "Activation"
    case .regularization: return "Regularization"
    case .regularizationRate: return "Regularization rate"
    case .problem: return "Problem type"
    case .dataset: return "Dataset"
    case .trainRatio: return "Ratio of training data"
    case .noise: return "Noise"
    case .batchSize: return "Batch size"
    case .hiddenLayers: return "Hidden layers"
    case .features: return "Features"
    case .speed: return "Speed"
    }
  }
}
