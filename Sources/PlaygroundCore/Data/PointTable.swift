/// Points read from a table (a CSV file, DESIGN.md §3 `dataFile`): in the file's order,
/// with the split each line named when the file has a `split` column.
public struct PointTable: Equatable, Sendable {
  /// The points, labels already in the engine's form: -1/+1 for two classes, 0...k−1 for
  /// k classes, any finite number for regression.
  public var points: [DataPoint]
  /// Per point, true for a training point; `nil` when the file has no `split` column (the
  /// scenario's `trainRatio` splits the points with its seed).
  public var isTrain: [Bool]?

  /// The most points a table may hold.
  public static let maximumCount = 10_000

  public init(points: [DataPoint], isTrain: [Bool]?) {
    self.points = points
    self.isTrain = isTrain
  }

  /// The train and test sets: as the file splits them, in file order; else shuffled with
  /// `seed`'s data stream and cut at `trainRatio`, as the generated datasets are.
  public func split(trainRatio: Double, seed: UInt64) -> DataSplit {
    if let isTrain {
      var train: [DataPoint] = []
      var test: [DataPoint] = []
      for (point, inTrain) in zip(points, isTrain) {
        if inTrain { train.append(point) } else { test.append(point) }
      }
      return DataSplit(train: train, test: test)
    }
    var rng = SeededGenerator(seed: seed, stream: .data)
    return DataSplit.shuffledSplit(points, trainRatio: trainRatio, using: &rng)
  }
}

/// Why a table of points could not be read: the file as the user typed it, the line
/// (from 1) when one is to blame, and what was expected.
///
/// `description` is one line: `points.csv: line 3: y: expected a number, found 'abc'`.
public struct PointFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    let place = line.map { "line \($0): " } ?? ""
    let prefix = file.isEmpty ? "" : "\(file.escapedForMessage(limit: .max)): "
    return prefix + place + message
  }
}
