import PlaygroundCore

extension Intent {
  /// The scenario control this intent operates (`view.hide`), or nil when no lesson can
  /// hide it (layer selection, neurons per layer, focus, overlays, quitting).
  public var control: HideableControl? {
    switch self {
    case .togglePlay: return .playButton
    case .step: return .stepButton
    case .reset, .newWeights: return .resetButton
    case .toggleProblem: return .problem
    case .toggleFeature: return .features
    case .addLayer, .removeLayer: return .hiddenLayers
    case .toggleTestData: return .showTestData
    case .toggleDiscretize: return .discretize
    // Points by hand change the data: a lesson that fixes the dataset fixes them too.
    case .editPoints: return .dataset
    case .change(let setting, _):
      switch setting {
      case .dataset: return .dataset
      case .learningRate: return .learningRate
      case .activation: return .activation
      case .regularization: return .regularization
      case .regularizationRate: return .regularizationRate
      case .batchSize: return .batchSize
      case .noise: return .noise
      case .trainRatio: return .trainRatio
      case .speed: return .speed
      }
    case .regenerate, .selectLayer, .addNeuron, .removeNeuron, .focus, .editValue,
      .presentation, .presets, .save, .help, .escape, .quit, .toggleLogScale, .lesson,
      .shareLink, .inspector, .activationPanel, .chainRule, .compare, .toggleTrainLoss,
      .toggleUpdateAxis:
      return nil
    }
  }
}

extension ClickAction {
  /// The scenario control a click operates, or nil.
  var control: HideableControl? {
    switch self {
    case .intent(let intent): return intent.control
    case .setDataset: return .dataset
    case .showMap, .pickPoint, .placePoint: return nil
    }
  }
}

extension HelpEntry {
  /// Whether every key of this line operates a control hidden in `view` (the `?` help
  /// marks such lines).
  func isHidden(in view: ViewOptions) -> Bool {
    let controls = bindings.map { KeyMap.intent(for: $0)?.control }
    return !controls.isEmpty && controls.allSatisfy { $0.map(view.hides) ?? false }
  }
}
