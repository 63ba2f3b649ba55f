/// The original's lists that the UI steps through (DESIGN.md §2), inside ``Limits``.
public enum Steps {
  /// The original's learning rates; the last is ``Limits/maximumLearningRate``.
  public static let learningRates: [Double] = [
    0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  /// The original's regularization rates, from one end of
  /// ``Limits/regularizationRate`` to the other.
  public static let regularizationRates: [Double] = [
    0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  /// Every batch size, one at a time ("all" comes after the last).
  public static let batchSizes: ClosedRange<Int> = Limits.batchSize
  /// Noise in steps of 5 percent.
  public static let noiseLevels: [Double] = Array(
    stride(from: Limits.noise.lowerBound, through: Limits.noise.upperBound, by: 5))
  /// Training ratios in steps of 10 percent.
  public static let trainRatios: [Double] = Array(
    stride(from: Limits.trainRatio.lowerBound, through: Limits.trainRatio.upperBound, by: 10))
  /// The most hidden layers.
  public static let maxHiddenLayers = Limits.hiddenLayerCount.upperBound
  /// The most neurons in a hidden layer.
  public static let maxNeurons = Limits.neuronsPerLayer.upperBound
}
