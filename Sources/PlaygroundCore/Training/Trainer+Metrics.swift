extension Trainer {
  /// Mean loss (and accuracy for classification) over `points`, by fresh forward passes
  /// in chunks of points; the sum runs in point order, as the original's does. NaN for an
  /// empty set.
  func metrics(inputs: [Double], points: [DataPoint]) -> Metrics {
    let n = points.count
    // An empty set (explicit data without test points) has no loss: NaN, shown as
    // nan/null/"-", never a misleading 0.
    guard n > 0 else { return Metrics(loss: .nan, accuracy: nil) }
    let inCount = features.count
    let chunk = (Swift.min(n, 256) + 3) & ~3
    // Every cell read is written first, so the buffer need not be zeroed.
    var acts = [Double](unsafeUninitializedCapacity: network.neuronCount * chunk) { _, count in
      count = network.neuronCount * chunk
    }
    let outRow = (network.neuronCount - 1) * chunk
    let crossEntropy = config.loss == .crossEntropy
    var loss = 0.0
    var correct = 0
    var start = 0
    while start < n {
      let count = Swift.min(chunk, n - start)
      for p in 0..<count {
        for f in 0..<inCount { acts[f * chunk + p] = inputs[(start + p) * inCount + f] }
      }
      acts.withUnsafeMutableBufferPointer { a in
        network.forwardBatch(acts: a.baseAddress!, stride: chunk, count: count)
      }
      for p in 0..<count {
        let o = acts[outRow + p]
        let t = points[start + p].label
        if crossEntropy {
          let probability = Swift.min(Swift.max(o, 1e-15), 1 - 1e-15)
          let y = (t + 1) / 2
          loss += -(y * LibM.log(probability) + (1 - y) * LibM.log(1 - probability))
          if (o >= 0.5) == (t > 0) { correct += 1 }
        } else {
          let e = o - t
          loss += 0.5 * e * e
          if (o >= 0) == (t > 0) { correct += 1 }
        }
      }
      start += count
    }
    let accuracy = config.problem == .classification ? Double(correct) / Double(n) : nil
    return Metrics(loss: loss / Double(n), accuracy: accuracy)
  }
}
