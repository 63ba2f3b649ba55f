/// The penalty on the weights, applied at update time (DESIGN.md §2), with its
/// derivative side by side (the original's `RegularizationFunction.L1/L2 {output, der}`).
public enum Regularization: String, CaseIterable, Sendable, Codable {
  case none, l1, l2

  /// R(w), the penalty of one weight: 0, |w| for L1, 0.5·w² for L2.
  ///
  /// Training never adds it to the reported loss (DESIGN.md §2); the objective it
  /// descends is mean loss + rate·Σ R(w) over the weights (biases are not regularized).
  @inline(__always)
  public func penalty(_ w: Double) -> Double {
    switch self {
    case .none: return 0
    case .l1: return Swift.abs(w)
    case .l2: return 0.5 * w * w
    }
  }

  /// R'(w): 0, sign(w) with sign(0) = 0 for L1, w for L2.
  @inline(__always)
  public func derivative(_ w: Double) -> Double {
    switch self {
    case .none: return 0
    case .l1: return w < 0 ? -1 : (w > 0 ? 1 : 0)
    case .l2: return w
    }
  }
}
