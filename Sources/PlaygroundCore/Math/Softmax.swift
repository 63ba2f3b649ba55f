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

  /// One point's probabilities and cross-entropy, exactly as the training path has them.
  ///
  /// The same running max, `FastExp`, sum in class order and division as `deltas` and
  /// `lossAndHits`, so `p − onehot(target)` is the trainer's δ bit for bit and the loss is
  /// the per-point cross-entropy its metrics average. A target outside 0..<k has NaN loss.
  static func trained(scores: [Double], target: Int) -> (probabilities: [Double], loss: Double) {
    var m = scores[0]
    for z in scores.dropFirst() where z > m { m = z }
    var sum = 0.0
    var exps = scores
    for c in scores.indices {
      exps[c] = FastExp.scalar(scores[c] - m)
      sum += exps[c]
    }
    let p = exps.map { $0 / sum }
    guard scores.indices.contains(target) else { return (p, .nan) }
    return (p, LibM.log(sum) - (scores[target] - m))
  }

  /// The class with the largest score (the first on a tie).
  @inline(__always)
  static func argmax(_ values: UnsafePointer<Double>, stride: Int, count k: Int) -> Int {
    var best = 0
    for c in 1..<k where values[c * stride] > values[best * stride] { best = c }
    return best
  }

  /// `deltas[c][p] = p_c − [c = t_p]` for `padded` points (a multiple of 4), rows `stride`
  /// apart, with `FastExp`: the training path's ∂L/∂z.
  @inline(__always)
  static func deltas(
    scores: UnsafePointer<Double>, deltas: UnsafeMutablePointer<Double>,
    targets: UnsafePointer<Double>, stride: Int, classes k: Int, padded: Int
  ) {
    typealias Vector = SIMD4<Double>
    let input = UnsafeRawPointer(scores)
    let output = UnsafeMutableRawPointer(deltas)
    let labels = UnsafeRawPointer(targets)
    let rowBytes = stride * 8
    for offset in Swift.stride(from: 0, to: padded * 8, by: 32) {
      var m = input.loadUnaligned(fromByteOffset: offset, as: Vector.self)
      for c in 1..<k {
        let z = input.loadUnaligned(fromByteOffset: offset + c * rowBytes, as: Vector.self)
        m = m.replacing(with: z, where: z .> m)
      }
      var sum = Vector(repeating: 0)
      for c in 0..<k {
        let z = input.loadUnaligned(fromByteOffset: offset + c * rowBytes, as: Vector.self)
        let e = FastExp.exp(z - m)
        output.storeBytes(of: e, toByteOffset: offset + c * rowBytes, as: Vector.self)
        sum += e
      }
      let t = labels.loadUnaligned(fromByteOffset: offset, as: Vector.self)
      for c in 0..<k {
        let e = output.loadUnaligned(fromByteOffset: offset + c * rowBytes, as: Vector.self)
        let hit = Vector(repeating: 0).replacing(with: 1, where: t .== Vector(repeating: Double(c)))
        output.storeBytes(of: e / sum - hit, toByteOffset: offset + c * rowBytes, as: Vector.self)
      }
    }
  }

  /// For four points: the cross-entropy of each one's class and whether its largest score
  /// is that class, with `FastExp`.
  @inline(__always)
  static func lossAndHits(
    scores: UnsafePointer<Double>, stride: Int, classes k: Int, targets: SIMD4<Double>
  ) -> (loss: SIMD4<Double>, hit: SIMDMask<SIMD4<Int64>>) {
    typealias Vector = SIMD4<Double>
    let input = UnsafeRawPointer(scores)
    let rowBytes = stride * 8
    var m = input.loadUnaligned(as: Vector.self)
    for c in 1..<k {
      let z = input.loadUnaligned(fromByteOffset: c * rowBytes, as: Vector.self)
      m = m.replacing(with: z, where: z .> m)
    }
    var sum = Vector(repeating: 0)
    var own = Vector(repeating: 0)
    // The first class scoring the maximum: ties go to the lowest index, as `argmax`.
    var best = Vector(repeating: -1)
    for c in 0..<k {
      let z = input.loadUnaligned(fromByteOffset: c * rowBytes, as: Vector.self)
      sum += FastExp.exp(z - m)
      let mine = targets .== Vector(repeating: Double(c))
      own.replace(with: z, where: mine)
      best.replace(with: Double(c), where: (z .== m) .& (best .< 0))
    }
    let logs = Vector(LibM.log(sum[0]), LibM.log(sum[1]), LibM.log(sum[2]), LibM.log(sum[3]))
    return (logs - (own - m), best .== targets)
  }
}
