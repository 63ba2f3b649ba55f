extension Trainer {
  /// One pass over the training set in `order`: forward, backprop, and an update after
  /// every `batchSize`-th sample counted from the epoch's first sample.
  mutating func trainOneEpoch() {
    let n = data.train.count
    guard n > 0 else { return }
    let batch = config.batchSize.effective(trainingCount: n)
    let inCount = features.count
    let neuronCount = network.neuronCount
    var acts = [Double](repeating: 0, count: neuronCount)
    var totals = acts
    var deltas = acts
    let labels = data.train.map(\.label)
    for k in 0..<n {
      let index = order[k]
      trainInputs.withUnsafeBufferPointer { inputs in
        acts.withUnsafeMutableBufferPointer { a in
          totals.withUnsafeMutableBufferPointer { z in
            deltas.withUnsafeMutableBufferPointer { d in
              network.forward(
                input: inputs.baseAddress! + index * inCount, acts: a.baseAddress!,
                totals: z.baseAddress!)
              accumulateGradients(
                target: labels[index], acts: a.baseAddress!, totals: z.baseAddress!,
                deltas: d.baseAddress!)
            }
          }
        }
      }
      pending += 1
      if (k + 1) % batch == 0 { applyUpdate() }
    }
  }

  /// Backprop for one sample, summing into the gradient accumulators (the original's
  /// `accInputDer` / `accErrorDer`). Dead links get no gradient.
  private mutating func accumulateGradients(
    target: Double, acts: UnsafeMutablePointer<Double>, totals: UnsafeMutablePointer<Double>,
    deltas: UnsafeMutablePointer<Double>
  ) {
    let sizes = network.layerSizes
    let last = network.transitionCount
    let outIndex = network.neuronCount - 1
    let output = acts[outIndex]
    if config.loss == .crossEntropy {
      deltas[outIndex] = output - (target + 1) / 2  // dE/dz for sigmoid + cross-entropy
    } else {
      deltas[outIndex] = (output - target) * network.outputActivation.derivative(totals[outIndex])
    }
    let activation = network.activation
    network.weights.withUnsafeBufferPointer { wb in
      network.dead.withUnsafeBufferPointer { deadb in
        gradWeights.withUnsafeMutableBufferPointer { gwb in
          gradBiases.withUnsafeMutableBufferPointer { gbb in
            let w = wb.baseAddress!
            let isDead = deadb.baseAddress!
            let gw = gwb.baseAddress!
            let gb = gbb.baseAddress!
            var layer = last
            while layer >= 1 {
              let l = layer - 1  // transition into `layer`
              let outCount = sizes[layer]
              let inCount = sizes[l]
              let dst = network.neuronOffsets[layer]
              let src = network.neuronOffsets[l]
              let wOff = network.weightOffsets[l]
              let bOff = network.biasOffsets[l]
              for i in 0..<outCount {
                let delta = deltas[dst + i]
                gb[bOff + i] += delta
                let row = wOff + i * inCount
                for j in 0..<inCount where !isDead[row + j] {
                  gw[row + j] += delta * acts[src + j]
                }
              }
              if l >= 1 {
                for j in 0..<inCount {
                  var outputDer = 0.0
                  for i in 0..<outCount { outputDer += w[wOff + i * inCount + j] * deltas[dst + i] }
                  deltas[src + j] = outputDer * activation.derivative(totals[src + j])
                }
              }
              layer -= 1
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
    for k in network.biases.indices {
      network.biases[k] -= lr * gradBiases[k] / count
      gradBiases[k] = 0
    }
    let scale = lr / count
    for k in network.weights.indices where !network.dead[k] {
      let old = network.weights[k]
      let regulDer = reg.derivative(old)
      let mid = old - scale * gradWeights[k]
      let new = mid - regStep * regulDer
      if reg == .l1 && mid * new < 0 {
        network.weights[k] = 0
        network.dead[k] = true
      } else {
        network.weights[k] = new
      }
      gradWeights[k] = 0
    }
    pending = 0
  }

  /// Mean loss (and accuracy for classification) over `points`, by fresh forward passes.
  func metrics(inputs: [Double], points: [DataPoint]) -> Metrics {
    let n = points.count
    guard n > 0 else {
      return Metrics(loss: 0, accuracy: config.problem == .classification ? 0 : nil)
    }
    let inCount = features.count
    var acts = [Double](repeating: 0, count: network.neuronCount)
    var totals = acts
    var loss = 0.0
    var correct = 0
    let crossEntropy = config.loss == .crossEntropy
    let outIndex = network.neuronCount - 1
    inputs.withUnsafeBufferPointer { inp in
      acts.withUnsafeMutableBufferPointer { a in
        totals.withUnsafeMutableBufferPointer { z in
          for k in 0..<n {
            network.forward(
              input: inp.baseAddress! + k * inCount, acts: a.baseAddress!, totals: z.baseAddress!)
            let o = a[outIndex]
            let t = points[k].label
            if crossEntropy {
              let p = Swift.min(Swift.max(o, 1e-15), 1 - 1e-15)
              let y = (t + 1) / 2
              loss += -(y * LibM.log(p) + (1 - y) * LibM.log(1 - p))
              if (o >= 0.5) == (t > 0) { correct += 1 }
            } else {
              let e = o - t
              loss += 0.5 * e * e
              if (o >= 0) == (t > 0) { correct += 1 }
            }
          }
        }
      }
    }
    let accuracy = config.problem == .classification ? Double(correct) / Double(n) : nil
    return Metrics(loss: loss / Double(n), accuracy: accuracy)
  }
}
