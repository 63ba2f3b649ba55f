/// A change to a running session, as the UI asks for it.
///
/// `Session.apply` decides, as the original does (reference/tfplayground.md §1), whether the change
/// regenerates the data and whether it resets the network.
public enum SessionCommand: Equatable, Sendable {
  /// Train one epoch.
  case step
  /// Back to epoch 0 with the same initial weights.
  case reset
  /// Draw new initial weights (advance the weight seed) and reset.
  case newWeights
  /// New points from a new data seed; the network is kept (the original's Regenerate).
  case regenerate
  case setProblem(Problem)
  case setDataset(DatasetKind)
  case setNoise(Double)
  case setTrainRatio(Double)
  case setBatchSize(BatchSize)
  case setShuffle(Bool)
  /// Applies at once, without a reset.
  case setLearningRate(Double)
  case setActivation(Activation)
  case setRegularization(Regularization)
  case setRegularizationRate(Double)
  case setLoss(Loss)
  case setFeatures([Feature])
  case setHiddenLayers([Int])
  /// Hand-edits one weight (layer l → l+1, neuron `to` ← neuron `from`); no reset.
  case setWeight(layer: Int, to: Int, from: Int, value: Double)
  /// Hand-edits the bias of neuron `neuron` of layer `layer + 1`; no reset.
  case setBias(layer: Int, neuron: Int, value: Double)
  case setView(ViewOptions)
  /// Replaces the points with these, as given (points edited by hand); the network is kept,
  /// as on Regenerate.
  case setPoints(DataSplit)
  /// Starts (2...4 overrides) or ends (none) a comparison; the session itself is kept.
  case setCompare([ScenarioOverrides])
  /// Replaces everything with a new scenario and seed.
  case load(Scenario, seed: UInt64)
}
