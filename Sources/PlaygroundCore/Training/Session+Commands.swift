extension Session {
  /// Applies a command with the original's reset rules: data settings regenerate and
  /// reset; network settings reset; the learning rate, view options and hand edits apply
  /// at once.
  ///
  /// The settings change as `Scenario.applying(_:)` says.
  public mutating func apply(_ command: SessionCommand) {
    let before = scenario
    scenario = before.applying(command)
    switch command {
    case .step: step()
    case .reset: rebuild(regenerateData: false)
    case .newWeights:
      weightSeed &+= 1
      if let origin = tfWeights, origin.seed == scenario.tfSeed {
        tfWeights = TFWeightOrigin(seed: origin.seed, builds: origin.builds + 1)
      }
      rebuild(regenerateData: false)
    case .regenerate:
      guard scenario.data == nil else { return }
      dataSeed &+= 1
      if let next = TFPlaygroundData.regeneratedSeed(scenario, origin: tfWeights) {
        scenario.tfSeed = next
      }
      trainer.setData(Session.makeData(scenario, seed: dataSeed))
    case .setProblem(let problem):
      guard problem != before.problem else { return }
      rebuild(regenerateData: true)
    case .setDataset:
      guard scenario != before else { return }
      rebuild(regenerateData: true)
    case .setNoise, .setTrainRatio:
      rebuild(regenerateData: true)
    case .setShuffle(let shuffle):
      trainer.config.shuffle = shuffle
    case .setLearningRate(let rate):
      trainer.config.learningRate = rate
    case .setBatchSize, .setActivation, .setRegularization, .setRegularizationRate:
      rebuild(regenerateData: false)
    case .setLoss, .setFeatures, .setHiddenLayers:
      // Ignored when the settings refused it (see `Scenario.applying`).
      guard scenario != before else { return }
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
    case .setView, .setCompare:
      break
    case .setPoints(let points):
      trainer.setData(points)
    case .load(let newScenario, let seed):
      self = Session(scenario: newScenario, seed: seed)
    }
  }

  /// Rebuilds the trainer at epoch 0 from the current settings, on new data from
  /// `dataSeed` or the data it has.
  private mutating func rebuild(regenerateData: Bool) {
    let data = regenerateData ? Session.makeData(scenario, seed: dataSeed) : trainer.data
    if tfWeights?.seed != scenario.tfSeed {
      tfWeights = scenario.tfSeed.map { TFWeightOrigin(seed: $0) }
    }
    trainer = Session.makeTrainer(
      scenario, data: data, weightSeed: weightSeed, tfWeights: tfWeights)
    history.removeAll()
    history.append(trainer.lastReport)
  }

  private mutating func edit(_ change: (inout Network) -> Void) {
    var network = trainer.network
    change(&network)
    trainer.setNetwork(network)
  }
}
