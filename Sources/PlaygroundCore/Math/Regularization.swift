/// The penalty added at update time (DESIGN.md §2).
public enum Regularization: String, CaseIterable, Sendable, Codable {
  case none, l1, l2

  /// R'(w): sign(w) with sign(0) = 0 for L1, w for L2.
  @inline(__always)
  public func derivative(_ w: Double) -> Double {
    switch self {
    case .none: return 0
    case .l1: return w < 0 ? -1 : (w > 0 ? 1 : 0)
    case .l2: return w
    }
  }

  /// The label the UI shows.
  public var title: String {
    switch self {
    case .none: return "None"
    case .l1: return "L1"
    case .l2: return "L2"
    }
  }
}
