/// One training point's forward and backward pass through the current network, every
/// number kept: what the inspector shows and `playground-tui inspect` prints.
///
/// Computed per sample in Double with the engine's own definitions (`Activation.value`,
/// `Loss.value`, `Loss.derivative`, φ′ read from a as the trainer reads it; for 3–6
/// classes the trainer's softmax and cross-entropy, `Softmax.trained`), in the trainer's
/// summation order. The gradients are those of this one point's loss alone:
/// the configured loss, without the regularization term. The trainer sums exactly these
/// over a batch (its tanh may differ from libm's in the last bit, DESIGN.md §2).
public struct PointTrace: Equatable, Sendable {
  /// One layer after the inputs (a hidden layer, or the output).
  public struct Layer: Equatable, Sendable {
    /// zᵢ = bᵢ + Σⱼ wᵢⱼ·aⱼ.
    public var z: [Double]
    /// aᵢ = φ(zᵢ); for the output of k ≥ 3 classes, the softmax probability pᵢ.
    public var a: [Double]
    /// δᵢ = ∂L/∂zᵢ.
    public var delta: [Double]
    /// `weightGradients[i][j]` = ∂L/∂wᵢⱼ = δᵢ·aⱼ, for the link from neuron j of the
    /// previous layer to neuron i.
    public var weightGradients: [[Double]]
    /// ∂L/∂bᵢ = δᵢ.
    public var biasGradients: [Double]
  }

  /// The point's place in the training set (stored order, 0-based).
  public var index: Int
  public var point: DataPoint
  /// The feature values the network sees, in canonical order.
  public var inputs: [Double]
  /// Hidden layers first, then the output layer.
  public var layers: [Layer]
  /// L of this point (no regularization term); −log p[label] for k ≥ 3 classes.
  public var loss: Double

  /// The network's output for the point: the output neuron's a, or for k ≥ 3 classes the
  /// probability of the point's own class (see `outputs`).
  public var output: Double {
    guard let last = layers.last?.a else { return .nan }
    guard isMultiClass else { return last.first ?? .nan }
    return classIndex.map { last[$0] } ?? .nan
  }
  /// The output layer's a: one value, or the k class probabilities.
  public var outputs: [Double] { layers.last?.a ?? [] }
  /// Whether the output is k ≥ 3 class scores under a softmax (one neuron per class).
  public var isMultiClass: Bool { (layers.last?.a.count ?? 0) > 1 }
  /// For k ≥ 3 classes, the point's class (its label as an index into `outputs`); nil for
  /// one output, or a label that is not a class.
  public var classIndex: Int? {
    guard isMultiClass, point.label.isFinite, let c = Int(exactly: point.label),
      outputs.indices.contains(c)
    else { return nil }
    return c
  }
  /// The label the loss compares the output with (for k classes, the class index).
  public var target: Double { point.label }

  /// Traces `point` through `network`.
  ///
  /// - Precondition: `network.inputCount == features.count`.
  public init(network: Network, features: [Feature], loss: Loss, point: DataPoint, index: Int) {
    precondition(network.inputCount == features.count, "network inputs ≠ features")
    self.index = index
    self.point = point
    let inputs = features.map { $0.value(x: point.x, y: point.y) }
    self.inputs = inputs
    var pass = TracePass(network)
    self.loss = pass.run(network, inputs: inputs, target: point.label, loss: loss)
    layers = (1..<network.layerSizes.count).map { l in
      let range = network.neuronOffsets[l]..<network.neuronOffsets[l + 1]
      let previous = Array(pass.a[network.neuronOffsets[l - 1]..<network.neuronOffsets[l]])
      let delta = Array(pass.delta[range])
      return Layer(
        z: Array(pass.z[range]), a: Array(pass.a[range]), delta: delta,
        weightGradients: delta.map { d in previous.map { d * $0 } }, biasGradients: delta)
    }
  }

  /// φ′(zᵢ) of neuron `index` of layer `layer` (0 = the first layer after the inputs), as
  /// the backward pass used it.
  public func derivative(layer: Int, index: Int, network: Network) -> Double {
    let f = layer == layers.count - 1 ? network.outputActivation : network.activation
    return f.derivative(fromOutput: layers[layer].a[index])
  }

  /// Σₖ wₖᵢ·δₖ: what neuron `index` of layer `layer` (0 = the first layer after the
  /// inputs) gets back from the layer after it, before φ′; its δ is this times φ′(z).
  public func deltaSum(layer: Int, index: Int, network: Network) -> Double {
    guard layer + 1 < layers.count else { return .nan }
    let next = layers[layer + 1].delta
    let inCount = network.layerSizes[layer + 1]
    var sum = 0.0
    for k in next.indices {
      sum += network.weights[network.weightOffsets[layer + 1] + k * inCount + index] * next[k]
    }
    return sum
  }

  /// The value of neuron j of network layer `layer` (0 = the inputs).
  public func activation(networkLayer layer: Int, index: Int) -> Double {
    layer == 0 ? inputs[index] : layers[layer - 1].a[index]
  }
}

/// One sample's forward and backward pass into flat per-neuron rows (`neuronOffsets`
/// layout, inputs included), reused from point to point: the one statement of the
/// inspector's arithmetic, which `PointTrace` keeps and `NetworkActivity` sums.
struct TracePass {
  var z: [Double]
  var a: [Double]
  var delta: [Double]

  init(_ network: Network) {
    z = Array(repeating: 0, count: network.neuronCount)
    a = z
    delta = z
  }

  /// Runs `inputs` through `network` in the engine's order (bias, then j ascending), the
  /// output layer's δ from the loss, then δⱼ = φ′(zⱼ)·Σᵢ wᵢⱼ·δᵢ (φ′ read from a, as the
  /// trainer reads it); returns the point's loss.
  mutating func run(_ network: Network, inputs: [Double], target: Double, loss: Loss) -> Double {
    let sizes = network.layerSizes
    let offsets = network.neuronOffsets
    let last = network.transitionCount - 1
    for j in 0..<sizes[0] { a[j] = inputs[j] }
    for l in 0...last {
      let inCount = sizes[l]
      let f = l == last ? network.outputActivation : network.activation
      for i in 0..<sizes[l + 1] {
        var sum = network.biases[network.biasOffsets[l] + i]
        let row = network.weightOffsets[l] + i * inCount
        for j in 0..<inCount { sum += network.weights[row + j] * a[offsets[l] + j] }
        z[offsets[l + 1] + i] = sum
        a[offsets[l + 1] + i] = f.value(sum)
      }
    }
    let total = outputLayer(
      from: offsets[last + 1], count: sizes[last + 1], target: target, loss: loss,
      activation: network.outputActivation)
    var l = last
    while l >= 1 {
      let inCount = sizes[l]
      for j in 0..<inCount {
        var sum = 0.0
        for i in 0..<sizes[l + 1] {
          sum +=
            network.weights[network.weightOffsets[l] + i * inCount + j] * delta[offsets[l + 1] + i]
        }
        delta[offsets[l] + j] = sum * network.activation.derivative(fromOutput: a[offsets[l] + j])
      }
      l -= 1
    }
    return total
  }
}

extension TracePass {
  /// The output layer's loss and δ = ∂L/∂z, its neurons at `first..<first + count`: the
  /// one place a loss meets its output layer, as the trainer's (`trainGroup`) does.
  ///
  /// One neuron: `loss` on a = f(z). k ≥ 3 class scores (z, with a linear output): a
  /// becomes the softmax probabilities p, L = −log p[target], δᵢ = pᵢ − [i = target]
  /// (`Softmax.trained`, the trainer's arithmetic), whatever `loss` says.
  mutating func outputLayer(
    from first: Int, count: Int, target: Double, loss: Loss, activation: Activation
  ) -> Double {
    guard count > 1 else {
      let o = a[first]
      delta[first] = loss.derivative(output: o, target: target, activation: activation)
      return loss.value(output: o, target: target)
    }
    let label = target.isFinite ? Int(exactly: target) ?? -1 : -1
    let (p, total) = Softmax.trained(scores: Array(z[first..<first + count]), target: label)
    for c in 0..<count {
      a[first + c] = p[c]
      delta[first + c] = c == label ? p[c] - 1 : p[c]
    }
    return total
  }
}

extension SessionSnapshot {
  /// The trace of training point `index` (stored order) with the current parameters, or
  /// nil when there is no such point.
  public func trace(point index: Int) -> PointTrace? {
    guard data.train.indices.contains(index) else { return nil }
    return PointTrace(
      network: network, features: scenario.features, loss: scenario.loss,
      point: data.train[index], index: index)
  }
}
