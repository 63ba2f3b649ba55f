/// The grid's forward pass in `Float`, eight points per SIMD register: grids are only
/// drawn (as 31 shades), so single precision is plenty and twice as wide.
enum FloatTanh {
  typealias Vector = SIMD8<Float>

  /// tanh in Float, as `FastTanh` does it in Double: (e^y − 1)/(e^y + 1) with y = 2x,
  /// t = y/ln 2 clamped to its value at x = ±9 (1 − tanh(9) ≈ 3e-8; NaN stays NaN),
  /// e^y = 2ⁿ·e^{f·ln 2} with n = round(t), f = t − n, and e^{f·ln 2} by its [3/3] Padé
  /// approximant (truncation ~1e-8, ln 2 folded into the coefficients), sharing tanh's
  /// division.
  ///
  /// t's own rounding (|t| ≤ 26) costs at most ~3e-8 where it matters. Measured over [-12, 12]:
  /// about 1.5e-7 absolute against Double tanh, 1.2e-7 (an ulp near 1) against tanh rounded to
  /// Float; `FastTanhTests` asserts under 1e-6.
  @inline(always)
  static func tanh(_ x: Vector) -> Vector {
    let limit: Float = 25.968_51  // 9 · 2/ln 2
    let scaled = x * 2.885_39
    let high = scaled.replacing(with: limit, where: scaled .> limit)
    let t = high.replacing(with: -limit, where: high .< -limit)
    let magic = Vector(repeating: 12_582_912)  // 1.5·2²³
    let shifted = t + magic
    let f = t - (shifted - magic)
    let f2 = f * f
    // P(r) = 1 + r/2 + r²/10 + r³/120 at r = f·ln 2.
    let even = f2 * 0.048_045_3 + 1
    let odd = (f2 * 0.002_775_205_5 + 0.346_573_59) * f
    // 2ⁿ·N by adding n to N's exponent field: the low bits of `shifted` hold n in two's
    // complement (the magic's high bits shift out); N is near 1 and |n| ≤ 26.
    let bits = unsafeBitCast(shifted, to: SIMD8<UInt32>.self)
    let numerator = unsafeBitCast(
      unsafeBitCast(even + odd, to: SIMD8<UInt32>.self) &+ (bits &<< 23), to: Vector.self)
    let denominator = even - odd
    return (numerator - denominator) / (numerator + denominator)
  }

  static func scalar(_ x: Float) -> Float { tanh(Vector(repeating: x))[0] }
}

extension Activation {
  @inline(always)
  func value(_ z: SIMD8<Float>) -> SIMD8<Float> {
    switch self {
    case .tanh: return FloatTanh.tanh(z)
    case .linear: return z
    default:
      var result = z
      for k in 0..<8 { result[k] = Float(value(Double(z[k]))) }
      return result
    }
  }
}

extension Network {
  /// Forward pass in Float for points laid out neuron-major (see `DenseKernels`); rows
  /// are `stride` floats apart, and the points, rounded up to 8, must fit in a row.
  func forwardBatchFloat(acts: UnsafeMutablePointer<Float>, stride: Int, count: Int) {
    precondition((count + 7) & ~7 <= stride, "rows must hold the points rounded up to 8")
    let floatWeights = weights.map(Float.init)
    let floatBiases = biases.map(Float.init)
    floatWeights.withUnsafeBufferPointer { wb in
      floatBiases.withUnsafeBufferPointer { bb in
        guard let w = wb.baseAddress, let b = bb.baseAddress else { return }
        forwardBatchFloat(acts: acts, stride: stride, count: count, weights: w, biases: b)
      }
    }
  }

  /// Like `DenseKernels.forward`: four neurons share each load of an input row.
  private func forwardBatchFloat(
    acts: UnsafeMutablePointer<Float>, stride: Int, count: Int,
    weights w: UnsafePointer<Float>, biases b: UnsafePointer<Float>
  ) {
    typealias Vector = SIMD8<Float>
    let end = ((count + 7) & ~7) * MemoryLayout<Float>.stride
    let last = transitionCount - 1
    let rowBytes = stride * MemoryLayout<Float>.stride
    for l in 0...last {
      let inCount = layerSizes[l]
      let outCount = layerSizes[l + 1]
      let f = l == last ? outputActivation : activation
      let src = UnsafeRawPointer(acts + neuronOffsets[l] * stride)
      let dst = UnsafeMutableRawPointer(acts + neuronOffsets[l + 1] * stride)
      let row = w + weightOffsets[l]
      let bias = b + biasOffsets[l]
      var i = 0
      while i < outCount {
        let block = Swift.min(4, outCount - i)
        // A block of fewer than 4 repeats its last neuron; the extra results are dropped.
        let r0 = row + i * inCount
        let r1 = row + Swift.min(i + 1, i + block - 1) * inCount
        let r2 = row + Swift.min(i + 2, i + block - 1) * inCount
        let r3 = row + Swift.min(i + 3, i + block - 1) * inCount
        let b0 = bias[i]
        let b1 = bias[i + Swift.min(1, block - 1)]
        let b2 = bias[i + Swift.min(2, block - 1)]
        let b3 = bias[i + block - 1]
        var offset = 0
        while offset < end {
          var z0 = Vector(repeating: b0)
          var z1 = Vector(repeating: b1)
          var z2 = Vector(repeating: b2)
          var z3 = Vector(repeating: b3)
          var at = offset
          for j in 0..<inCount {
            let a = src.loadUnaligned(fromByteOffset: at, as: Vector.self)
            z0 += r0[j] * a
            z1 += r1[j] * a
            z2 += r2[j] * a
            z3 += r3[j] * a
            at &+= rowBytes
          }
          let base = i * rowBytes + offset
          dst.storeBytes(of: f.value(z0), toByteOffset: base, as: Vector.self)
          if block > 1 {
            dst.storeBytes(of: f.value(z1), toByteOffset: base + rowBytes, as: Vector.self)
          }
          if block > 2 {
            dst.storeBytes(of: f.value(z2), toByteOffset: base + 2 * rowBytes, as: Vector.self)
          }
          if block > 3 {
            dst.storeBytes(of: f.value(z3), toByteOffset: base + 3 * rowBytes, as: Vector.self)
          }
          offset &+= 32
        }
        i += block
      }
    }
  }
}
