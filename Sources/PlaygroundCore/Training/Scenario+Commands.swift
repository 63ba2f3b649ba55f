extension Scenario {
  /// The settings after `command`, exactly as `Session.apply` sets them, without the data
  /// or the weights that follow from them.
  ///
  /// This is the whole of a command's effect on the settings, written once: the session
  /// applies it before it rebuilds, and the screen uses it to show a command that the
  /// worker has not applied yet (the layer count after `+`, say). A command that the
  /// session ignores (an empty feature set, a regression loss that is not squared, a
  /// layer count out of range) leaves the settings as they are.
  public func applying(_ command: SessionCommand) -> Scenario {
    var next = self
    switch command {
    case .step, .reset, .regenerate, .setWeight, .setBias:
      break
    case .newWeights:
      next.parameters = nil
    case .setProblem(let problem):
      guard problem != self.problem else { break }
      next.problem = problem
      next.dataset = problem.defaultDataset
      // Regression has no classes: back to the two-class form, which the toggle returns to.
      next.classes = 2
      next.dropDataForNewSettings()
    case .setDataset(let kind):
      guard kind != dataset || data != nil || pointTable != nil,
        kind.problem != .classification || kind.supports(classes: classes)
      else { break }
      next.dataset = kind
      next.problem = kind.problem
      next.dropDataForNewSettings()
    case .setNoise(let noise):
      next.noise = noise
      next.dropDataForNewSettings()
    case .setTrainRatio(let ratio):
      next.trainRatio = ratio
      next.dropDataForNewSettings()
    case .setBatchSize(let size): next.batchSize = size
    case .setShuffle(let shuffle): next.shuffle = shuffle
    case .setLearningRate(let rate): next.learningRate = rate
    case .setActivation(let activation): next.activation = activation
    case .setRegularization(let regularization): next.regularization = regularization
    case .setRegularizationRate(let rate): next.regularizationRate = rate
    case .setLoss(let loss):
      // k classes have one loss, softmax cross-entropy.
      guard (loss == .squared || problem == .classification) && classes == 2 else { break }
      next.loss = loss
    case .setFeatures(let features):
      let canonical = Feature.canonical(features)
      guard !canonical.isEmpty else { break }
      next.features = canonical
    case .setHiddenLayers(let layers):
      guard Limits.hiddenLayerCount.contains(layers.count),
        layers.allSatisfy(Limits.neuronsPerLayer.contains)
      else { break }
      next.hiddenLayers = layers
    case .setView(let view): next.view = view
    case .setPoints(let points):
      next.data = points
      (next.dataFile, next.pointTable) = (nil, nil)
    case .setCompare(let variants):
      guard variants.isEmpty || ScenarioOverrides.variantCount.contains(variants.count) else {
        break
      }
      next.compare = variants
    case .load(let scenario, let seed):
      next = scenario
      if scenario.tfSeed == nil { next.seed = seed }
    }
    return next
  }

  /// Data settings changed: custom points (given or from a file) give way to the
  /// generator, and a regression
  /// problem has only the squared loss.
  private mutating func dropDataForNewSettings() {
    data = nil
    (dataFile, pointTable) = (nil, nil)
    if problem == .regression { loss = .squared }
  }
}
