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
