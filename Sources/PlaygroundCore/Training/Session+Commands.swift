extension Session {
  /// Applies a command with the original's reset rules: data settings regenerate and
  /// reset; network settings reset; the learning rate, view options and hand edits apply
  /// at once.
  public mutating func apply(_ command: SessionCommand) {
    switch command {
    case .step: step()
    case .reset: rebuild(regenerateData: false)
    case .newWeights:
      weightSeed &+= 1
      rebuild(regenerateData: false, keepGivenParameters: false)
    case .regenerate:
      guard scenario.data == nil else { return }
      dataSeed &+= 1
      trainer.setData(Session.makeData(scenario, seed: dataSeed))
    case .setProblem(let problem):
      guard problem != scenario.problem else { return }
      scenario.problem = problem
      scenario.dataset = problem.defaultDataset
      if problem == .regression { scenario.loss = .squared }
      changeData()
    case .setDataset(let kind):
      guard kind != scenario.dataset || scenario.data != nil else { return }
      scenario.dataset = kind
      scenario.problem = kind.problem
      if kind.problem == .regression { scenario.loss = .squared }
      changeData()
    case .setNoise(let noise):
      scenario.noise = noise
      changeData()
    case .setTrainRatio(let ratio):
      scenario.trainRatio = ratio
      changeData()
    case .setBatchSize(let size):
      scenario.batchSize = size
      rebuild(regenerateData: false)
    case .setShuffle(let shuffle):
      scenario.shuffle = shuffle
      trainer.config.shuffle = shuffle
    case .setLearningRate(let rate):
      scenario.learningRate = rate
      trainer.config.learningRate = rate
    case .setActivation(let activation):
      scenario.activation = activation
      rebuild(regenerateData: false)
    case .setRegularization(let regularization):
      scenario.regularization = regularization
      rebuild(regenerateData: false)
    case .setRegularizationRate(let rate):
      scenario.regularizationRate = rate
      rebuild(regenerateData: false)
    case .setLoss(let loss):
      guard loss == .squared || scenario.problem == .classification else { return }
      scenario.loss = loss
      rebuild(regenerateData: false)
    case .setFeatures(let features):
      let canonical = Feature.canonical(features)
      guard !canonical.isEmpty else { return }
      scenario.features = canonical
      rebuild(regenerateData: false)
    case .setHiddenLayers(let layers):
      guard Limits.hiddenLayerCount.contains(layers.count),
        layers.allSatisfy(Limits.neuronsPerLayer.contains)
      else { return }
      scenario.hiddenLayers = layers
      rebuild(regenerateData: false)
    case .setWeight(let layer, let to, let from, let value):
      edit { network in
        guard layer < network.transitionCount, to < network.layerSizes[layer + 1],
          from < network.layerSizes[layer]
        else { return }
        network.weights[network.weightIndex(layer: layer, to: to, from: from)] = value
      }
    case .setBias(let layer, let neuron, let value):
      edit { network in
        guard layer < network.transitionCount, neuron < network.layerSizes[layer + 1] else {
          return
        }
        network.biases[network.biasOffsets[layer] + neuron] = value
      }
    case .setView(let view):
      scenario.view = view
    case .load(let newScenario, let seed):
      self = Session(scenario: newScenario, seed: seed)
    }
  }

  /// Data settings changed: custom points give way to the generator; regenerate; reset.
  private mutating func changeData() {
    scenario.data = nil
    rebuild(regenerateData: true)
  }

  /// Rebuilds the trainer at epoch 0 from the current settings. Given parameters are
  /// reused while they fit the shape and `newWeights` has not been asked for.
  private mutating func rebuild(regenerateData: Bool, keepGivenParameters: Bool = true) {
    if !keepGivenParameters { scenario.parameters = nil }
    let data = regenerateData ? Session.makeData(scenario, seed: dataSeed) : trainer.data
    trainer = Session.makeTrainer(
      scenario, data: data, weightSeed: weightSeed, useGivenParameters: true)
    history.removeAll()
    history.append(trainer.lastReport)
  }

  private mutating func edit(_ change: (inout Network) -> Void) {
    var network = trainer.network
    change(&network)
    trainer.setNetwork(network)
  }
}
