extension BatchShape {
  /// Forward and backward for `count` samples (inputs at `inputs`, targets in
  /// `scratch.targets`), adding their gradients to the accumulators (the original's
  /// `accInputDer` / `accErrorDer`).
  ///
  /// Dead links get none.
  func trainGroup(
    inputs: UnsafePointer<Double>, inputStride: Int, count: Int, loss: Loss,
    scratch: Scratch, parameters: Pointers
  ) {
    let padded = (count + 3) & ~3
    let stride = scratch.stride
    forward(
      inputs: inputs, inputStride: inputStride, rows: scratch.rows, stride: stride,
      padded: padded, weights: parameters.weights, biases: parameters.biases)
    if outputCount > 1 {
      softmaxDeltas(count: count, padded: padded, scratch: scratch)
    } else {
      outputDeltas(count: count, padded: padded, loss: loss, scratch: scratch)
    }
    backward(
      inputs: inputs, inputStride: inputStride, count: count, padded: padded,
      scratch: scratch, parameters: parameters)
  }

  /// The single output's deltas from `loss`, four points at a time.
  @inline(__always)
  func outputDeltas(count: Int, padded: Int, loss: Loss, scratch: Scratch) {
    let stride = scratch.stride
    let output = scratch.rows + outputRow * stride
    let outputDelta = scratch.deltas + outputRow * stride
    let outputs = UnsafeRawPointer(output)
    let targets = UnsafeRawPointer(scratch.targets)
    let deltas = UnsafeMutableRawPointer(outputDelta)
    for offset in Swift.stride(from: 0, to: padded * 8, by: 32) {
      let o = outputs.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
      let t = targets.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
      let delta = loss.derivative(output: o, target: t, activation: outputActivation)
      deltas.storeBytes(of: delta, toByteOffset: offset, as: SIMD4<Double>.self)
    }
    // Lanes past the samples are computed but never summed; keep them tame.
    for p in count..<padded { outputDelta[p] = 0 }
  }

  /// The k class outputs' deltas: softmax of the scores minus the one-hot target, four
  /// points at a time (`Softmax.deltas`).
  @inline(__always)
  func softmaxDeltas(count: Int, padded: Int, scratch: Scratch) {
    let stride = scratch.stride
    Softmax.deltas(
      scores: scratch.rows + firstOutputRow * stride,
      deltas: scratch.deltas + firstOutputRow * stride, targets: scratch.targets,
      stride: stride, classes: outputCount, padded: padded)
    for c in 0..<outputCount {
      for p in count..<padded { scratch.deltas[(firstOutputRow + c) * stride + p] = 0 }
    }
  }

  /// Backprop from the output deltas down to the first layer's gradients.
  @inline(__always)
  func backward(
    inputs: UnsafePointer<Double>, inputStride: Int, count: Int, padded: Int,
    scratch: Scratch, parameters: Pointers
  ) {
    let stride = scratch.stride
    var l = transitionCount - 1
    while l >= 0 {
      let values = l == 0 ? inputs : UnsafePointer(scratch.rows + rowOffsets[l] * stride)
      let nextDeltas = UnsafePointer(scratch.deltas + rowOffsets[l + 1] * stride)
      DenseKernels.accumulateGradients(
        deltas: nextDeltas, deltaStride: stride, acts: values,
        actStride: l == 0 ? inputStride : stride, inCount: sizes[l], outCount: sizes[l + 1],
        count: count, gradWeights: parameters.gradWeights + weightOffsets[l],
        gradBiases: parameters.gradBiases + biasOffsets[l], dead: parameters.dead + weightOffsets[l]
      )
      if l >= 1 {
        DenseKernels.propagate(
          nextDeltas: nextDeltas, nextStride: stride, acts: values,
          deltas: scratch.deltas + rowOffsets[l] * stride, stride: stride, inCount: sizes[l],
          outCount: sizes[l + 1], weights: parameters.weights + weightOffsets[l],
          activation: activation, padded: padded)
      }
      l -= 1
    }
  }
}

/// The original's `updateWeights`: mean gradient step, then the regularization step
/// taken at the pre-update weight; an L1 step that crosses zero kills the link.
///
/// Accumulators are cleared.
struct UpdateStep {
  let learningRate: Double
  let regularizationRate: Double
  let regularization: Regularization

  init(config: TrainingConfig) {
    learningRate = config.learningRate
    regularizationRate = config.regularizationRate
    regularization = config.regularization
  }

  func apply(to p: Pointers, pending: Int) {
    let lr = learningRate
    let count = Double(pending)
    let regStep = lr * regularizationRate
    let scale = lr / count
    for k in 0..<p.biasCount {
      p.biases[k] -= lr * p.gradBiases[k] / count
      p.gradBiases[k] = 0
    }
    // The loop for each regularization takes the general step's exact arithmetic.
    switch regularization {
    case .none where regStep.isFinite && regStep.sign == .plus:
      // R' = 0, and mid − regStep·0 is mid, bit for bit (a −0 step would turn −0 into +0).
      for k in 0..<p.weightCount where !p.dead[k] {
        p.weights[k] -= scale * p.gradWeights[k]
        p.gradWeights[k] = 0
      }
    case .l2:
      // Only an L1 step kills links.
      for k in 0..<p.weightCount where !p.dead[k] {
        let old = p.weights[k]
        let mid = old - scale * p.gradWeights[k]
        p.weights[k] = mid - regStep * Regularization.l2.derivative(old)
        p.gradWeights[k] = 0
      }
    default:
      for k in 0..<p.weightCount where !p.dead[k] {
        let old = p.weights[k]
        let mid = old - scale * p.gradWeights[k]
        let new = mid - regStep * regularization.derivative(old)
        if regularization == .l1 && mid * new < 0 {
          p.weights[k] = 0
          p.dead[k] = true
        } else {
          p.weights[k] = new
        }
        p.gradWeights[k] = 0
      }
    }
  }
}
