extension Network {
  /// Forward pass for one sample, in the original's summation order:
  /// `z_i = b_i + Σ_j w_ij·a_j` (j ascending), `a_i = f(z_i)`.
  ///
  /// `acts` and `totals` hold one value per neuron (`neuronOffsets` layout).
  @inline(__always)
  func forward(
    input: UnsafePointer<Double>, acts: UnsafeMutablePointer<Double>,
    totals: UnsafeMutablePointer<Double>
  ) {
    weights.withUnsafeBufferPointer { wb in
      biases.withUnsafeBufferPointer { bb in
        let w = wb.base
        let b = bb.base
        for j in 0..<layerSizes[0] { acts[j] = input[j] }
        let last = transitionCount - 1
        for l in 0...last {
          let inCount = layerSizes[l]
          let outCount = layerSizes[l + 1]
          let src = acts + neuronOffsets[l]
          let dst = acts + neuronOffsets[l + 1]
          let z = totals + neuronOffsets[l + 1]
          let f = l == last ? outputActivation : activation
          var row = w + weightOffsets[l]
          let bias = b + biasOffsets[l]
          for i in 0..<outCount {
            var sum = bias[i]
            for j in 0..<inCount { sum += row[j] * src[j] }
            z[i] = sum
            dst[i] = f.value(sum)
            row += inCount
          }
        }
      }
    }
  }
}
