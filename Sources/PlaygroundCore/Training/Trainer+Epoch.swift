extension Trainer {
  /// One pass over the training set in `order`, with an update after every
  /// `batchSize`-th sample counted from the epoch's first sample.
  ///
  /// The samples between two updates see the same weights, so they run together
  /// (neuron-major, see `Network.forwardBatch`); every sum keeps the original's order
  /// (gradients accumulate sample by sample), so results are bit-identical to a
  /// per-sample loop.
  mutating func trainOneEpoch() {
    let n = data.train.count
    guard n > 0 else { return }
    let batch = config.batchSize.effective(trainingCount: n)
    var workspace = Workspace(neurons: network.neuronCount, stride: Swift.min(batch, n))
    var k = 0
    while k < n {
      let boundary = (k / batch + 1) * batch
      let end = Swift.min(boundary, n)
      trainGroup(k..<end, workspace: &workspace)
      pending += end - k
      if end == boundary { applyUpdate() }
      k = end
    }
  }

  /// Per-neuron rows of `stride` points: activations and deltas.
  struct Workspace {
    var acts: [Double]
    var deltas: [Double]
    var scratch: [Double]
    var targets: [Double]
    let stride: Int

    init(neurons: Int, stride: Int) {
      self.stride = (Swift.max(1, stride) + 3) & ~3
      acts = Array(repeating: 0, count: neurons * self.stride)
      deltas = acts
      scratch = Array(repeating: 0, count: self.stride)
      targets = scratch
    }
  }

  /// Forward and backward for the samples `order[range]`, summing into the gradient
  /// accumulators (the original's `accInputDer` / `accErrorDer`). Dead links get none.
  private mutating func trainGroup(_ range: Range<Int>, workspace: inout Workspace) {
    let count = range.count
    let stride = workspace.stride
    let inCount = features.count
    for (p, k) in range.enumerated() {
      let index = order[k]
      for f in 0..<inCount { workspace.acts[f * stride + p] = trainInputs[index * inCount + f] }
      workspace.targets[p] = data.train[index].label
    }
    workspace.acts.withUnsafeMutableBufferPointer { a in
      network.forwardBatch(acts: a.baseAddress!, stride: stride, count: count)
    }
    let sizes = network.layerSizes
    let outRow = (network.neuronCount - 1) * stride
    let crossEntropy = config.loss == .crossEntropy
    let outputActivation = network.outputActivation
    let activation = network.activation
    for p in 0..<count {
      let o = workspace.acts[outRow + p]
      let t = workspace.targets[p]
      workspace.deltas[outRow + p] =
        crossEntropy ? o - (t + 1) / 2 : (o - t) * outputActivation.derivative(fromOutput: o)
    }
    let neuronOffsets = network.neuronOffsets
    let weightOffsets = network.weightOffsets
    let biasOffsets = network.biasOffsets
    network.weights.withUnsafeBufferPointer { wb in
      network.dead.withUnsafeBufferPointer { deadb in
        gradWeights.withUnsafeMutableBufferPointer { gwb in
          gradBiases.withUnsafeMutableBufferPointer { gbb in
            workspace.acts.withUnsafeMutableBufferPointer { ab in
              workspace.deltas.withUnsafeMutableBufferPointer { db in
                workspace.scratch.withUnsafeMutableBufferPointer { sb in
                  let w = wb.baseAddress!, isDead = deadb.baseAddress!
                  let gw = gwb.baseAddress!, gb = gbb.baseAddress!
                  let acts = ab.baseAddress!, deltas = db.baseAddress!, sum = sb.baseAddress!
                  var layer = sizes.count - 1
                  while layer >= 1 {
                    let l = layer - 1
                    let outCount = sizes[layer], inCount = sizes[l]
                    let dst = neuronOffsets[layer] * stride, src = neuronOffsets[l] * stride
                    for i in 0..<outCount {
                      let delta = deltas + dst + i * stride
                      var accumulated = gb[biasOffsets[l] + i]
                      for p in 0..<count { accumulated += delta[p] }
                      gb[biasOffsets[l] + i] = accumulated
                      let row = weightOffsets[l] + i * inCount
                      for j in 0..<inCount where !isDead[row + j] {
                        let a = acts + src + j * stride
                        var g = gw[row + j]
                        for p in 0..<count { g += delta[p] * a[p] }
                        gw[row + j] = g
                      }
                    }
                    if l >= 1 {
                      for j in 0..<inCount {
                        // The original starts from 0 and adds i = 0, 1, …; starting from
                        // the first term is the same sum.
                        let first = w[weightOffsets[l] + j]
                        let firstDelta = deltas + dst
                        for p in 0..<count { sum[p] = first * firstDelta[p] }
                        for i in 1..<outCount {
                          let weight = w[weightOffsets[l] + i * inCount + j]
                          let delta = deltas + dst + i * stride
                          for p in 0..<count { sum[p] += weight * delta[p] }
                        }
                        let a = acts + src + j * stride
                        let d = deltas + src + j * stride
                        for p in 0..<count { d[p] = sum[p] * activation.derivative(fromOutput: a[p]) }
                      }
                    }
                    layer -= 1
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// The original's `updateWeights`: mean gradient step, then the regularization step
  /// taken at the pre-update weight; an L1 step that crosses zero kills the link.
  mutating func applyUpdate() {
    guard pending > 0 else { return }
    let lr = config.learningRate
    let count = Double(pending)
    let regStep = lr * config.regularizationRate
    let reg = config.regularization
    let scale = lr / count
    network.biases.withUnsafeMutableBufferPointer { biases in
      gradBiases.withUnsafeMutableBufferPointer { grads in
        for k in biases.indices {
          biases[k] -= lr * grads[k] / count
          grads[k] = 0
        }
      }
    }
    network.weights.withUnsafeMutableBufferPointer { weights in
      network.dead.withUnsafeMutableBufferPointer { dead in
        gradWeights.withUnsafeMutableBufferPointer { grads in
          for k in weights.indices where !dead[k] {
            let old = weights[k]
            let mid = old - scale * grads[k]
            let new = mid - regStep * reg.derivative(old)
            if reg == .l1 && mid * new < 0 {
              weights[k] = 0
              dead[k] = true
            } else {
              weights[k] = new
            }
            grads[k] = 0
          }
        }
      }
    }
    pending = 0
  }
}
