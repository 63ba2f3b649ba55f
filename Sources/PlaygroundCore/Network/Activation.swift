/// A neuron's non-linearity.
///
/// `relu`, `tanh`, `sigmoid` and `linear` are the original playground's; `leakyRelu` (slope 0.01
/// below 0) and `elu` (α = 1) are ours.
public enum Activation: String, CaseIterable, Sendable, Codable {
  case relu, tanh, sigmoid, linear, leakyRelu, elu

  /// f(z).
  @inline(__always)
  public func value(_ z: Double) -> Double {
    switch self {
    case .relu: return Swift.max(0, z)
    case .tanh: return LibM.tanh(z)
    case .sigmoid: return 1 / (1 + LibM.exp(-z))
    case .linear: return z
    case .leakyRelu: return z > 0 ? z : 0.01 * z
    case .elu: return z > 0 ? z : LibM.exp(z) - 1
    }
  }

  /// f'(z), as the original implements it (relu's derivative is 0 at 0).
  @inline(__always)
  public func derivative(_ z: Double) -> Double {
    switch self {
    case .relu: return z <= 0 ? 0 : 1
    case .tanh:
      let t = LibM.tanh(z)
      return 1 - t * t
    case .sigmoid:
      let s = 1 / (1 + LibM.exp(-z))
      return s * (1 - s)
    case .linear: return 1
    case .leakyRelu: return z <= 0 ? 0.01 : 1
    case .elu: return z > 0 ? 1 : LibM.exp(z)
    }
  }
}
