extension Activation {
  /// f'(z) computed from a = f(z), which the forward pass already has.
  ///
  /// Equal to `derivative(z)` bit for bit for relu, leakyRelu, tanh (1 − a², as the original
  /// recomputes it), sigmoid (a(1 − a)) and linear; for elu it is a + 1 below zero, within an ulp
  /// of eᶻ.
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

/// A network's shape for the batched kernels, read once so the kernels can run while
/// the parameters are open for writing.
///
/// Batched passes keep the inputs apart (feature-major, any row stride) and put every
/// other neuron in `rows`: neuron n of the network (`neuronOffsets` order) is row
/// `n − inputCount`, so layer l ≥ 1 starts at row `rowOffsets[l]`.
struct BatchShape {
  let sizes: [Int]
  let weightOffsets: [Int]
  let biasOffsets: [Int]
  let rowOffsets: [Int]
  let activation: Activation
  let outputActivation: Activation
  /// Hidden neurons and the output.
  let rowCount: Int

  init(_ network: Network) {
    sizes = network.layerSizes
    weightOffsets = network.weightOffsets
    biasOffsets = network.biasOffsets
    rowOffsets = network.neuronOffsets.map { $0 - network.inputCount }
    activation = network.activation
    outputActivation = network.outputActivation
    rowCount = network.neuronCount - network.inputCount
  }

  var transitionCount: Int { sizes.count - 1 }
  /// The output neuron's row (the last output's, with k class outputs).
  var outputRow: Int { rowCount - 1 }
  /// Output neurons: 1, or k class scores.
  var outputCount: Int { sizes[sizes.count - 1] }
  /// The first output neuron's row.
  var firstOutputRow: Int { rowCount - outputCount }

  /// Forward pass for `padded` points (a multiple of 4): inputs at
  /// `inputs[f * inputStride + p]`, results in `rows[r * stride + p]`.
  func forward(
    inputs: UnsafePointer<Double>, inputStride: Int, rows: UnsafeMutablePointer<Double>,
    stride: Int, padded: Int, weights: UnsafePointer<Double>, biases: UnsafePointer<Double>
  ) {
    let last = transitionCount - 1
    for l in 0...last {
      let src = l == 0 ? inputs : UnsafePointer(rows + rowOffsets[l] * stride)
      DenseKernels.forward(
        src: src, srcStride: l == 0 ? inputStride : stride,
        dst: rows + rowOffsets[l + 1] * stride, dstStride: stride,
        inCount: sizes[l], outCount: sizes[l + 1], weights: weights + weightOffsets[l],
        biases: biases + biasOffsets[l], activation: l == last ? outputActivation : activation,
        padded: padded)
    }
  }
}

/// The inputs of a set of points, feature-major: feature f of point p is
/// `values[f * stride + p]`.
///
/// Each row has at least 4 zeros past the last point, so a batch that starts anywhere may read 4
/// points at a time. `labels` are the targets.
struct FeatureColumns: Sendable {
  let values: [Double]
  let labels: [Double]
  let stride: Int
  let count: Int

  init(points: [DataPoint], features: [Feature]) {
    count = points.count
    stride = ((count + 3) & ~3) + 4
    // At least one row, so the buffer always has an address (a network may have no
    // inputs).
    var values = [Double](repeating: 0, count: stride * Swift.max(1, features.count))
    for (f, feature) in features.enumerated() {
      for (p, point) in points.enumerated() {
        values[f * stride + p] = feature.value(x: point.x, y: point.y)
      }
    }
    self.values = values
    labels = points.map(\.label)
  }
}
