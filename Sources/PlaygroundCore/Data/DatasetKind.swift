/// The built-in data generators: the original's six, plus `moons`.
public enum DatasetKind: String, CaseIterable, Sendable, Codable {
  case circle, xor, gauss, spiral, moons, plane, multiGauss
  /// Ours, for 3...6 classes: curved arms from the centre (see `pinwheel(_:_:_:_:)`).
  case pinwheel

  /// The problem type this dataset belongs to.
  public var problem: Problem {
    switch self {
    case .plane, .multiGauss: return .regression
    default: return .classification
    }
  }

  /// The original's point counts: 500 for classification, 1200 for regression.
  public var pointCount: Int { problem == .classification ? 500 : 1200 }

  /// The datasets of one problem type with two classes, in the order the UI shows them.
  public static func kinds(for problem: Problem) -> [DatasetKind] {
    allCases.filter { $0.problem == problem && $0 != .pinwheel }
  }

  /// The datasets that can make `classes` classes of `problem`, in the UI's order.
  public static func kinds(for problem: Problem, classes: Int) -> [DatasetKind] {
    problem == .classification && classes > 2 ? multiClass : kinds(for: problem)
  }
}
