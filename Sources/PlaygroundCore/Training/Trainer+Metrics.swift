extension Trainer {
  /// Mean loss (and accuracy for classification) over a set of points, by fresh forward
  /// passes in chunks of points; the sum runs in point order, as the original's does.
  ///
  /// NaN for an empty set.
  func metrics(columns: FeatureColumns) -> Metrics {
    let n = columns.count
    // An empty set (explicit data without test points) has no loss: NaN, shown as
    // nan/null/"-", never a misleading 0.
    guard n > 0 else { return Metrics(loss: .nan, accuracy: nil) }
    let shape = BatchShape(network)
    if shape.outputCount > 1 { return classMetrics(columns: columns, shape: shape) }
    let chunk = (Swift.min(n, 256) + 3) & ~3
    // Every cell read is written first, so the buffer need not be zeroed.
    var rows = [Double](unsafeUninitializedCapacity: shape.rowCount * chunk) { _, count in
      count = shape.rowCount * chunk
    }
    let loss = config.loss
    var sum = 0.0
    var correct = 0
    network.weights.withUnsafeBufferPointer { w in
      network.biases.withUnsafeBufferPointer { b in
        columns.values.withUnsafeBufferPointer { inputs in
          columns.labels.withUnsafeBufferPointer { labels in
            rows.withUnsafeMutableBufferPointer { r in
              let output = r.base + shape.outputRow * chunk
              var start = 0
              while start < n {
                let count = Swift.min(chunk, n - start)
                shape.forward(
                  inputs: inputs.base + start, inputStride: columns.stride,
                  rows: r.base, stride: chunk, padded: (count + 3) & ~3,
                  weights: w.base, biases: b.base)
                for p in 0..<count {
                  let o = output[p]
                  let t = labels[start + p]
                  sum += loss.value(output: o, target: t)
                  if loss.predictsClass(output: o, target: t) { correct += 1 }
                }
                start += count
              }
            }
          }
        }
      }
    }
    let accuracy = config.problem == .classification ? Double(correct) / Double(n) : nil
    return Metrics(loss: sum / Double(n), accuracy: accuracy)
  }
}

extension Trainer {
  /// ``metrics(columns:)`` for k class outputs: mean softmax cross-entropy, accuracy by
  /// argmax, and accuracy per class.
  func classMetrics(columns: FeatureColumns, shape: BatchShape) -> Metrics {
    let n = columns.count
    let k = shape.outputCount
    let chunk = (Swift.min(n, 256) + 3) & ~3
    var rows = [Double](repeating: 0, count: shape.rowCount * chunk)
    var sum = 0.0
    var correct = [Int](repeating: 0, count: k)
    var total = [Int](repeating: 0, count: k)
    network.weights.withUnsafeBufferPointer { w in
      network.biases.withUnsafeBufferPointer { b in
        columns.values.withUnsafeBufferPointer { inputs in
          rows.withUnsafeMutableBufferPointer { r in
            let scores = r.base + shape.firstOutputRow * chunk
            var start = 0
            while start < n {
              let count = Swift.min(chunk, n - start)
              shape.forward(
                inputs: inputs.base + start, inputStride: columns.stride,
                rows: r.base, stride: chunk, padded: (count + 3) & ~3,
                weights: w.base, biases: b.base)
              var p = 0
              while p < count {
                var targets = SIMD4<Double>(repeating: -1)
                for lane in 0..<Swift.min(4, count - p) {
                  targets[lane] = columns.labels[start + p + lane]
                }
                let (loss, hit) = Softmax.lossAndHits(
                  scores: scores + p, stride: chunk, classes: k, targets: targets)
                // Summed in point order, as the two-class path does.
                for lane in 0..<Swift.min(4, count - p) {
                  let t = Int(targets[lane])
                  sum += loss[lane]
                  total[t] += 1
                  if hit[lane] { correct[t] += 1 }
                }
                p += 4
              }
              start += count
            }
          }
        }
      }
    }
    let perClass = (0..<k).map { total[$0] > 0 ? Double(correct[$0]) / Double(total[$0]) : .nan }
    return Metrics(
      loss: sum / Double(n), accuracy: Double(correct.reduce(0, +)) / Double(n),
      classAccuracy: perClass)
  }
}
