/// The grid's forward pass in `Float`, eight points per SIMD register: grids are only
/// drawn (as 31 shades), so single precision is plenty and twice as wide.
enum FloatTanh {
  typealias Vector = SIMD8<Float>

  /// tanh in Float: sign(x)·(e^y − 1)/(e^y + 1) with y = 2·min(|x|, 9), e^y = 2ⁿ·e^r,
  /// |r| ≤ 0.35 and e^r by its [3/3] Padé approximant (truncation ~1e-8), sharing
  /// tanh's division. Measured against Double tanh over [-12, 12]: under 5e-7 absolute
  /// (`FastTanhTests`).
  @inline(__always)
  static func tanh(_ x: Vector) -> Vector {
    let signMask = SIMD8<UInt32>(repeating: 0x8000_0000)
    let xBits = unsafeBitCast(x, to: SIMD8<UInt32>.self)
    let magnitude = unsafeBitCast(xBits & ~signMask, to: Vector.self)
    // min(|x|, 9) = (|x| + 9 − ||x| − 9|)/2, all in registers (a lane-by-lane min costs
    // 2.5x the whole grid); NaN stays NaN.
    // ±∞ → the clamp value first (∞ − ∞ would be NaN); tanh(±∞) = ±1 as in the original.
    let finite = magnitude.replacing(with: 9, where: magnitude .== .infinity)
    let difference = finite - 9
    let distance = unsafeBitCast(
      unsafeBitCast(difference, to: SIMD8<UInt32>.self) & ~signMask, to: Vector.self)
    let y = finite + 9 - distance
    let magic = Vector(repeating: 12_582_912)  // 1.5·2²³
    let shifted = y * 1.442695 + magic
    let n = shifted - magic
    let r = (y - n * 0.693_145_75) - n * 1.428_606_8e-6
    let r2 = r * r
    let even = r2 * (1.0 / 10) + 1  // P(r) = 1 + r/2 + r²/10 + r³/120
    let odd = (r2 * (1.0 / 120) + 0.5) * r
    let bits = unsafeBitCast(shifted, to: SIMD8<UInt32>.self)
      &- unsafeBitCast(magic, to: SIMD8<UInt32>.self)
    let scale = unsafeBitCast((bits &+ 127) &<< 23, to: Vector.self)
    let numerator = scale * (even + odd)
    let denominator = even - odd
    let t = (numerator - denominator) / (numerator + denominator)
    return unsafeBitCast(unsafeBitCast(t, to: SIMD8<UInt32>.self) | (xBits & signMask), to: Vector.self)
  }

  static func scalar(_ x: Float) -> Float { tanh(Vector(repeating: x))[0] }
}

extension Activation {
  @inline(__always)
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
  /// Forward pass in Float for points laid out neuron-major (see `forwardBatch`).
  ///
  /// - Precondition: `stride` is a multiple of 8 and `count ≤ stride`.
  func forwardBatchFloat(acts: UnsafeMutablePointer<Float>, stride: Int, count: Int) {
    precondition(stride % 8 == 0 && count <= stride, "stride must be a multiple of 8")
    let floatWeights = weights.map(Float.init)
    let floatBiases = biases.map(Float.init)
    floatWeights.withUnsafeBufferPointer { wb in
      floatBiases.withUnsafeBufferPointer { bb in
        guard let w = wb.baseAddress, let b = bb.baseAddress else { return }
        forwardBatchFloat(acts: acts, stride: stride, count: count, weights: w, biases: b)
      }
    }
  }

  private func forwardBatchFloat(
    acts: UnsafeMutablePointer<Float>, stride: Int, count: Int,
    weights w: UnsafePointer<Float>, biases b: UnsafePointer<Float>
  ) {
    let padded = (count + 7) & ~7
    let last = transitionCount - 1
    let rowStride = stride * MemoryLayout<Float>.stride
    for l in 0...last {
      let inCount = layerSizes[l]
      let f = l == last ? outputActivation : activation
      let src = UnsafeRawPointer(acts + neuronOffsets[l] * stride)
      for i in 0..<layerSizes[l + 1] {
        let dst = UnsafeMutableRawPointer(acts + (neuronOffsets[l + 1] + i) * stride)
        let bias = SIMD8<Float>(repeating: b[biasOffsets[l] + i])
        let row = w + weightOffsets[l] + i * inCount
        var p = 0
        while p < padded {
          let offset = p * MemoryLayout<Float>.stride
          var z = bias
          for j in 0..<inCount {
            z += row[j] * src.loadUnaligned(fromByteOffset: j * rowStride + offset, as: SIMD8<Float>.self)
          }
          dst.storeBytes(of: f.value(z), toByteOffset: offset, as: SIMD8<Float>.self)
          p += 8
        }
      }
    }
  }
}
