extension Trainer {
  /// Mean loss (and accuracy for classification) over a set of points, by fresh forward
  /// passes in chunks of points; the sum runs in point order, as the original's does.
  /// NaN for an empty set.
  func metrics(columns: FeatureColumns) -> Metrics {
    let n = columns.count
    // An empty set (explicit data without test points) has no loss: NaN, shown as
    // nan/null/"-", never a misleading 0.
    guard n > 0 else { return Metrics(loss: .nan, accuracy: nil) }
    let shape = BatchShape(network)
    let chunk = (Swift.min(n, 256) + 3) & ~3
    // Every cell read is written first, so the buffer need not be zeroed.
    var rows = [Double](unsafeUninitializedCapacity: shape.rowCount * chunk) { _, count in
      count = shape.rowCount * chunk
    }
    let crossEntropy = config.loss == .crossEntropy
    var loss = 0.0
    var correct = 0
    network.weights.withUnsafeBufferPointer { w in
      network.biases.withUnsafeBufferPointer { b in
        columns.values.withUnsafeBufferPointer { inputs in
          columns.labels.withUnsafeBufferPointer { labels in
            rows.withUnsafeMutableBufferPointer { r in
              let output = r.baseAddress! + shape.outputRow * chunk
              var start = 0
              while start < n {
                let count = Swift.min(chunk, n - start)
                shape.forward(
                  inputs: inputs.baseAddress! + start, inputStride: columns.stride,
                  rows: r.baseAddress!, stride: chunk, padded: (count + 3) & ~3,
                  weights: w.baseAddress!, biases: b.baseAddress!)
                for p in 0..<count {
                  let o = output[p]
                  let t = labels[start + p]
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
            }
          }
        }
      }
    }
    let accuracy = config.problem == .classification ? Double(correct) / Double(n) : nil
    return Metrics(loss: loss / Double(n), accuracy: accuracy)
  }
}
