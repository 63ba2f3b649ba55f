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
  /// Forward pass for `count` points at once, laid out neuron-major: the value of neuron n
  /// for point p is `acts[n * stride + p]`; the inputs must already be in place.
  ///
  /// Each point sees exactly the per-sample order of operations
  /// (`z = b + w₀a₀ + w₁a₁ + …`), so results are bit-identical to `forward`, while the
  /// inner loops run over contiguous points and vectorize.
  func forwardBatch(acts: UnsafeMutablePointer<Double>, stride: Int, count: Int) {
    weights.withUnsafeBufferPointer { wb in
      biases.withUnsafeBufferPointer { bb in
        guard let w = wb.baseAddress, let b = bb.baseAddress else { return }
        let last = transitionCount - 1
        for l in 0...last {
          let inCount = layerSizes[l]
          let f = l == last ? outputActivation : activation
          let src = acts + neuronOffsets[l] * stride
          for i in 0..<layerSizes[l + 1] {
            let dst = acts + (neuronOffsets[l + 1] + i) * stride
            let bias = b[biasOffsets[l] + i]
            for p in 0..<count { dst[p] = bias }
            let row = w + weightOffsets[l] + i * inCount
            for j in 0..<inCount {
              let weight = row[j]
              let a = src + j * stride
              for p in 0..<count { dst[p] += weight * a[p] }
            }
            applyActivation(f, dst, count)
          }
        }
      }
    }
  }

  @inline(__always)
  private func applyActivation(_ f: Activation, _ x: UnsafeMutablePointer<Double>, _ count: Int) {
    switch f {
    case .linear: return
    case .relu: for p in 0..<count { x[p] = Swift.max(0, x[p]) }
    case .tanh: FastTanh.apply(x, count: count)
    default: for p in 0..<count { x[p] = f.value(x[p]) }
    }
  }
}
