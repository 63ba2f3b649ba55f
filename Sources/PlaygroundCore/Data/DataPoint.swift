/// One sample: a point of the plane and its label (-1 or +1 for classification, any
/// finite number for regression).
public struct DataPoint: Equatable, Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var label: Double

  public init(x: Double, y: Double, label: Double) {
    self.x = x
    self.y = y
    self.label = label
  }
}

/// The training and test sets, each used in the given order.
public struct DataSplit: Equatable, Sendable {
  public var train: [DataPoint]
  public var test: [DataPoint]

  public init(train: [DataPoint], test: [DataPoint]) {
    self.train = train
    self.test = test
  }

  /// Shuffles `points` once (Fisher–Yates) and splits them at ⌊n·trainRatio/100⌋, as the
  /// original does.
  public static func shuffledSplit(
    _ points: [DataPoint], trainRatio: Double, using rng: inout SeededGenerator
  ) -> DataSplit {
    var all = points
    all.fisherYatesShuffle(using: &rng)
    let cut = Int((Double(all.count) * trainRatio / 100).rounded(.down))
    return DataSplit(train: Array(all[..<cut]), test: Array(all[cut...]))
  }
}
