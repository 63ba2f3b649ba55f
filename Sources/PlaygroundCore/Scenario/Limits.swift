/// The ranges every setting must lie in (DESIGN.md §3), written once: the scenario
/// decoder, the TensorFlow Playground link import, the UI's steps and sliders and the
/// command line all read them from here.
///
/// Error messages print these bounds, so changing one changes what users read.
public enum Limits {
  /// `noise`, in percent.
  public static let noise: ClosedRange<Double> = 0...50
  /// `trainRatio`: the percentage of points used for training.
  public static let trainRatio: ClosedRange<Double> = 10...90
  /// `batchSize` as a count (a file may also say "all").
  public static let batchSize: ClosedRange<Int> = 1...30
  /// How many hidden layers `hiddenLayers` may list.
  public static let hiddenLayerCount: ClosedRange<Int> = 0...6
  /// Neurons in one hidden layer.
  public static let neuronsPerLayer: ClosedRange<Int> = 1...8
  /// How many distinct names `features` may list: at least one, at most all of them.
  public static let featureCount: ClosedRange<Int> = 1...Feature.allCases.count
  /// The largest `learningRate`; the smallest allowed is any number greater than 0.
  public static let maximumLearningRate = 10.0
  /// `classes` of a classification: 2 (the original's ±1) up to 6 (softmax).
  public static let classes: ClosedRange<Int> = 2...6
  /// `regularizationRate`.
  public static let regularizationRate: ClosedRange<Double> = 0...10
  /// `seed`: up to 2^53, so every seed is exact as a JSON number.
  public static let seed: ClosedRange<UInt64> = 0...(1 << 53)
  /// The seeds drawn for a scenario without one: six digits at most, easy to type back
  /// with `--seed`.
  public static let randomSeed: ClosedRange<UInt64> = 0...999_999
  /// A weight or bias typed in the playground's editor (`=`): wide enough to saturate any
  /// activation, narrow enough that a forward pass stays finite.
  public static let typedParameter: ClosedRange<Double> = -1000...1000
  /// The largest scenario file, in bytes: 1 MB.
  public static let maximumFileBytes = 1_048_576

  /// Whether `rate` is an allowed learning rate: greater than 0 and at most
  /// ``maximumLearningRate`` (false for NaN).
  public static func allowsLearningRate(_ rate: Double) -> Bool {
    rate > 0 && rate <= maximumLearningRate
  }
}
