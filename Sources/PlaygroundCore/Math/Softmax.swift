/// Softmax over k class scores (logits) and the cross-entropy of a class index, the
/// output of a network with 3...6 classes.
///
/// ```
/// p_c = exp(z_c − m) / Σ_d exp(z_d − m),   m = max_d z_d   (the same p, without overflow)
/// L   = −log p_t = log Σ_d exp(z_d − m) − (z_t − m)
/// ∂L/∂z_c = p_c − [c = t]
/// ```
public enum Softmax {
  /// The probabilities of `logits`, in place: `values[c * stride]` for c in 0..<k.
  @inline(__always)
  static func probabilities(_ values: UnsafeMutablePointer<Double>, stride: Int, count k: Int) {
    var m = values[0]
    for c in 1..<k { m = Swift.max(m, values[c * stride]) }
    var sum = 0.0
    for c in 0..<k {
      let e = LibM.exp(values[c * stride] - m)
      values[c * stride] = e
      sum += e
    }
    for c in 0..<k { values[c * stride] /= sum }
  }

  /// The probabilities of `logits`.
  public static func probabilities(_ logits: [Double]) -> [Double] {
    var p = logits
    p.withUnsafeMutableBufferPointer { probabilities($0.base, stride: 1, count: $0.count) }
    return p
  }

  /// The cross-entropy of class `target` (0...k−1) under `logits`, by log-sum-exp: finite
  /// for every finite logits; NaN when a logit is NaN.
  @inline(__always)
  static func crossEntropy(_ logits: UnsafePointer<Double>, stride: Int, count k: Int, target: Int)
    -> Double
  {
    var m = logits[0]
    for c in 1..<k { m = Swift.max(m, logits[c * stride]) }
    var sum = 0.0
    for c in 0..<k { sum += LibM.exp(logits[c * stride] - m) }
    return LibM.log(sum) - (logits[target * stride] - m)
  }

  /// The cross-entropy of class `target` under `logits`.
  public static func crossEntropy(logits: [Double], target: Int) -> Double {
    logits.withUnsafeBufferPointer {
      crossEntropy($0.base, stride: 1, count: $0.count, target: target)
    }
  }

  /// The class with the largest score (the first on a tie).
  @inline(__always)
  static func argmax(_ values: UnsafePointer<Double>, stride: Int, count k: Int) -> Int {
    var best = 0
    for c in 1..<k where values[c * stride] > values[best * stride] { best = c }
    return best
  }
}
