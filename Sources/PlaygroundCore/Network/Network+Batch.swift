extension Activation {
  /// f'(z) computed from a = f(z), which the forward pass already has. Equal to
  /// `derivative(z)` bit for bit for relu, leakyRelu, tanh (1 − a², as the original
  /// recomputes it), sigmoid (a(1 − a)) and linear; for elu it is a + 1 below zero,
  /// within an ulp of eᶻ.
  @inline(__always)
  func derivative(fromOutput a: Double) -> Double {
    switch self {
    case .relu: return a > 0 ? 1 : 0
    case .tanh: return 1 - a * a
    case .sigmoid: return a * (1 - a)
    case .linear: return 1
    case .leakyRelu: return a > 0 ? 1 : 0.01
    case .elu: return a > 0 ? 1 : a + 1
    }
  }
}

extension Network {
  /// Forward pass for points laid out neuron-major: the value of neuron n for point p is
  /// `acts[n * stride + p]`; the inputs must already be in place.
  ///
  /// Points go four at a time through SIMD registers, each accumulating
  /// `z = b + w₀a₀ + w₁a₁ + …` in the per-sample order, so results match `forward` (up to
  /// the documented tanh approximation). `count` is rounded up to a multiple of 4: the
  /// extra lanes compute garbage that callers ignore.
  ///
  /// - Precondition: `stride` is a multiple of 4 and `count ≤ stride`.
  func forwardBatch(acts: UnsafeMutablePointer<Double>, stride: Int, count: Int) {
    precondition(stride % 4 == 0 && count <= stride, "stride must be a multiple of 4")
    let padded = (count + 3) & ~3
    weights.withUnsafeBufferPointer { wb in
      biases.withUnsafeBufferPointer { bb in
        guard let w = wb.baseAddress, let b = bb.baseAddress else { return }
        let last = transitionCount - 1
        for l in 0...last {
          let inCount = layerSizes[l]
          let f = l == last ? outputActivation : activation
          let src = UnsafeRawPointer(acts + neuronOffsets[l] * stride)
          let rowStride = stride * MemoryLayout<Double>.stride
          for i in 0..<layerSizes[l + 1] {
            let dst = UnsafeMutableRawPointer(acts + (neuronOffsets[l + 1] + i) * stride)
            let bias = Vector4(repeating: b[biasOffsets[l] + i])
            let row = w + weightOffsets[l] + i * inCount
            var p = 0
            while p < padded {
              let offset = p * MemoryLayout<Double>.stride
              var z = bias
              for j in 0..<inCount {
                z += row[j] * src.loadUnaligned(fromByteOffset: j * rowStride + offset, as: Vector4.self)
              }
              dst.storeBytes(of: f.value(z), toByteOffset: offset, as: Vector4.self)
              p += 4
            }
          }
        }
      }
    }
  }
}

typealias Vector4 = SIMD4<Double>

extension Activation {
  /// f applied to four values; tanh uses `FastTanh`.
  @inline(__always)
  func value(_ z: Vector4) -> Vector4 {
    switch self {
    case .tanh: return FastTanh.tanh(z)
    case .linear: return z
    case .relu:
      return Vector4(
        Swift.max(0, z[0]), Swift.max(0, z[1]), Swift.max(0, z[2]), Swift.max(0, z[3]))
    default: return Vector4(value(z[0]), value(z[1]), value(z[2]), value(z[3]))
    }
  }
}
