extension Trainer {
  /// Scratch rows for one group of samples (`BatchShape` row layout): values, deltas,
  /// gathered inputs (used once the order has been shuffled) and targets.
  struct Workspace: Sendable {
    var rows: [Double] = []
    var deltas: [Double] = []
    var inputs: [Double] = []
    var targets: [Double] = []
    var stride = 0

    /// Sizes the buffers for `rowCount` neurons and `inputCount` features, `stride`
    /// points each; the contents are scratch.
    mutating func prepare(rowCount: Int, inputCount: Int, stride: Int) {
      self.stride = stride
      func fit(_ buffer: inout [Double], _ count: Int) {
        if buffer.count != count { buffer = Array(repeating: 0, count: count) }
      }
      fit(&rows, rowCount * stride)
      fit(&deltas, rowCount * stride)
      fit(&inputs, Swift.max(1, inputCount) * stride)
      fit(&targets, stride)
    }

    /// The rows as `Scratch`, and the buffer for gathered inputs.
    mutating func withScratch<R>(_ body: (Scratch, UnsafeMutablePointer<Double>) -> R) -> R {
      let stride = self.stride
      return rows.withUnsafeMutableBufferPointer { r in
        deltas.withUnsafeMutableBufferPointer { d in
          targets.withUnsafeMutableBufferPointer { t in
            inputs.withUnsafeMutableBufferPointer { i in
              body(
                Scratch(
                  rows: r.base, deltas: d.base, targets: t.base,
                  stride: stride),
                i.base)
            }
          }
        }
      }
    }
  }

  /// One pass over the training set in `order`, with an update after every
  /// `batchSize`-th sample counted from the epoch's first sample.
  ///
  /// The samples between two updates see the same weights, so they run together
  /// through `DenseKernels`; every sum keeps the original's order (gradients accumulate
  /// sample by sample), so results are bit-identical to a per-sample loop.
  mutating func trainOneEpoch() {
    let n = data.train.count
    guard n > 0 else { return }
    let batch = config.batchSize.effective(trainingCount: n)
    let shape = BatchShape(network)
    let stride = (Swift.min(batch, n) + 3) & ~3
    workspace.prepare(rowCount: shape.rowCount, inputCount: features.count, stride: stride)
    let step = UpdateStep(config: config)
    let columns = trainColumns
    let order = self.order
    // Until a shuffle, the order is 0, 1, 2, … and batches read the columns in place.
    let gather = order.withUnsafeBufferPointer { o in o.indices.contains { o[$0] != $0 } }
    let loss = config.loss
    let featureCount = features.count
    var pending = self.pending
    defer { self.pending = pending }
    Trainer.withPointers(&network, &gradWeights, &gradBiases) { parameters in
      workspace.withScratch { scratch, gathered in
        columns.values.withUnsafeBufferPointer { cb in
          let all = cb.base
          var k = 0
          while k < n {
            let boundary = (k / batch + 1) * batch
            let end = Swift.min(boundary, n)
            let count = end - k
            var inputs = UnsafePointer(all + k)
            var inputStride = columns.stride
            if gather {
              for p in 0..<count {
                let index = order[k + p]
                for f in 0..<featureCount {
                  gathered[f * stride + p] = all[f * columns.stride + index]
                }
                scratch.targets[p] = columns.labels[index]
              }
              inputs = UnsafePointer(gathered)
              inputStride = stride
            } else {
              for p in 0..<count { scratch.targets[p] = columns.labels[k + p] }
            }
            shape.trainGroup(
              inputs: inputs, inputStride: inputStride, count: count,
              loss: loss, scratch: scratch, parameters: parameters)
            pending += count
            if end == boundary {
              step.apply(to: parameters, pending: pending)
              pending = 0
            }
            k = end
          }
        }
      }
    }
  }

  /// Opens the parameters and their gradient accumulators for the kernels.
  static func withPointers<R>(
    _ network: inout Network, _ gradWeights: inout [Double], _ gradBiases: inout [Double],
    _ body: (Pointers) -> R
  ) -> R {
    network.weights.withUnsafeMutableBufferPointer { wb in
      network.biases.withUnsafeMutableBufferPointer { bb in
        network.dead.withUnsafeMutableBufferPointer { db in
          gradWeights.withUnsafeMutableBufferPointer { gwb in
            gradBiases.withUnsafeMutableBufferPointer { gbb in
              body(
                Pointers(
                  weights: wb.base, biases: bb.base, dead: db.base,
                  gradWeights: gwb.base, gradBiases: gbb.base,
                  weightCount: wb.count, biasCount: bb.count))
            }
          }
        }
      }
    }
  }
}

/// The parameters and their gradient accumulators, open for the kernels.
struct Pointers {
  let weights: UnsafeMutablePointer<Double>
  let biases: UnsafeMutablePointer<Double>
  let dead: UnsafeMutablePointer<Bool>
  let gradWeights: UnsafeMutablePointer<Double>
  let gradBiases: UnsafeMutablePointer<Double>
  let weightCount: Int
  let biasCount: Int
}

/// A group's value and delta rows and its targets, `stride` points per row.
struct Scratch {
  let rows: UnsafeMutablePointer<Double>
  let deltas: UnsafeMutablePointer<Double>
  let targets: UnsafeMutablePointer<Double>
  let stride: Int
}
