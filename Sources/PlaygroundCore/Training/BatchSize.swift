/// Samples per gradient update: a count, or the whole training set (full-batch GD).
public enum BatchSize: Equatable, Hashable, Sendable {
  case count(Int)
  case all

  /// The effective size for a training set of `trainingCount` samples; a size larger
  /// than the set acts as the set's size.
  public func effective(trainingCount: Int) -> Int {
    switch self {
    case .all: return Swift.max(1, trainingCount)
    case .count(let n): return Swift.max(1, Swift.min(n, Swift.max(1, trainingCount)))
    }
  }
}
