/// The training loss of one point, and its derivative side by side (the original's
/// `Errors.SQUARE {error, der}`).
///
/// `squared` is the original's 0.5·(o − t)² on a tanh (classification) or linear
/// (regression) output. `crossEntropy` is ours, for classification only: the output is a
/// sigmoid, read as the probability p of label +1, and the label t ∈ {-1, 1} becomes
/// y = (t + 1) / 2 ∈ {0, 1}. ``TrainingConfig/outputActivation`` pairs each loss with its
/// output activation.
public enum Loss: String, CaseIterable, Sendable, Codable {
  case squared, crossEntropy

  /// The probability cross-entropy clamps its output to, so that log never sees 0.
  static let probabilityFloor = 1e-15

  /// The loss of one point with output `o` and label `t`.
  ///
  /// ```
  /// squared:      L = 0.5·(o − t)²
  /// crossEntropy: L = −(y·log p + (1 − y)·log(1 − p)),
  ///               y = (t + 1)/2, p = o clamped to [1e-15, 1 − 1e-15]
  /// ```
  ///
  /// NaN in gives NaN out; an infinite squared error gives +∞.
  @inline(__always)
  public func value(output o: Double, target t: Double) -> Double {
    switch self {
    case .squared:
      let e = o - t
      return 0.5 * e * e
    case .crossEntropy:
      let p = Swift.min(Swift.max(o, Self.probabilityFloor), 1 - Self.probabilityFloor)
      let y = (t + 1) / 2
      return -(y * LibM.log(p) + (1 - y) * LibM.log(1 - p))
    }
  }

  /// The derivative backprop starts from: ∂L/∂z of the output neuron, where z is its
  /// weighted sum and o = f(z) its output, f the output `activation`.
  ///
  /// ```
  /// squared:      ∂L/∂z = ∂L/∂o · f'(z) = (o − t)·f'(z)   (f' read from o)
  /// crossEntropy: ∂L/∂z = o − y,  y = (t + 1)/2
  /// ```
  ///
  /// For cross-entropy f is the sigmoid, whose derivative o(1 − o) cancels the
  /// denominator of ∂L/∂o = (o − y)/(o(1 − o)), so `activation` is not read (and the
  /// clamp of ``value(output:target:)`` is not needed).
  @inline(__always)
  public func derivative(output o: Double, target t: Double, activation: Activation) -> Double {
    switch self {
    case .squared: return (o - t) * activation.derivative(fromOutput: o)
    case .crossEntropy: return o - (t + 1) / 2
    }
  }

  /// ``derivative(output:target:activation:)`` for four points at once, for the batched
  /// training kernels: the same formula, lane by lane, with the same operations in the
  /// same order, so every lane equals the scalar result bit for bit.
  @inline(__always)
  func derivative(
    output o: SIMD4<Double>, target t: SIMD4<Double>, activation: Activation
  ) -> SIMD4<Double> {
    switch self {
    case .squared: return (o - t) * activation.derivative(fromOutput: o)
    case .crossEntropy: return o - (t + 1) / 2
    }
  }

  /// Whether output `o` predicts label `t`'s class: the output's side of its midpoint,
  /// 0 for a tanh output, probability 0.5 for cross-entropy's sigmoid.
  @inline(__always)
  func predictsClass(output o: Double, target t: Double) -> Bool {
    switch self {
    case .squared: return (o >= 0) == (t > 0)
    case .crossEntropy: return (o >= 0.5) == (t > 0)
    }
  }
}
