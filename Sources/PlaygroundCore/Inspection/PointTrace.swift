/// One training point's forward and backward pass through the current network, every
/// number kept: what the inspector shows and `playground-tui inspect` prints.
///
/// Computed per sample in Double with the engine's own definitions (`Activation.value`,
/// `Loss.value`, `Loss.derivative`, φ′ read from a as the trainer reads it), in the
/// trainer's summation order. The gradients are those of this one point's loss alone:
/// the configured loss, without the regularization term. The trainer sums exactly these
/// over a batch (its tanh may differ from libm's in the last bit, DESIGN.md §2).
public struct PointTrace: Equatable, Sendable {
  /// One layer after the inputs (a hidden layer, or the output).
  public struct Layer: Equatable, Sendable {
    /// zᵢ = bᵢ + Σⱼ wᵢⱼ·aⱼ.
    public var z: [Double]
    /// aᵢ = φ(zᵢ).
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
  /// L of this point (no regularization term).
  public var loss: Double

  /// The network's output for the point.
  public var output: Double { layers.last?.a.first ?? .nan }
  /// The label the loss compares the output with.
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
    let last = network.transitionCount - 1
    // Forward: z and a, layer by layer, in the engine's order (bias, then j ascending).
    var zs: [[Double]] = []
    var acts: [[Double]] = [inputs]
    for l in 0...last {
      let inCount = network.layerSizes[l]
      let outCount = network.layerSizes[l + 1]
      let f = l == last ? network.outputActivation : network.activation
      let src = acts[l]
      var z = [Double](repeating: 0, count: outCount)
      for i in 0..<outCount {
        var sum = network.biases[network.biasOffsets[l] + i]
        let row = network.weightOffsets[l] + i * inCount
        for j in 0..<inCount { sum += network.weights[row + j] * src[j] }
        z[i] = sum
      }
      zs.append(z)
      acts.append(z.map(f.value))
    }
    let outputs = acts[last + 1]
    self.loss = outputs.indices.reduce(0) { sum, i in
      sum + loss.value(output: outputs[i], target: point.label)
    }
    // Backward: the output layer's δ from the loss, then δⱼ = φ′(zⱼ)·Σᵢ wᵢⱼ·δᵢ.
    var deltas = [[Double]](repeating: [], count: last + 1)
    deltas[last] = loss.outputDeltas(
      outputs: outputs, target: point.label, activation: network.outputActivation)
    var l = last
    while l >= 1 {
      let inCount = network.layerSizes[l]
      let outCount = network.layerSizes[l + 1]
      let next = deltas[l]
      let values = acts[l]
      var delta = [Double](repeating: 0, count: inCount)
      for j in 0..<inCount {
        var sum = 0.0
        for i in 0..<outCount {
          sum += network.weights[network.weightOffsets[l] + i * inCount + j] * next[i]
        }
        delta[j] = sum * network.activation.derivative(fromOutput: values[j])
      }
      deltas[l - 1] = delta
      l -= 1
    }
    layers = (0...last).map { l in
      let previous = acts[l]
      let delta = deltas[l]
      return Layer(
        z: zs[l], a: acts[l + 1], delta: delta,
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

extension Loss {
  /// δ = ∂L/∂z of every output neuron: the one place a loss meets its output layer, so an
  /// output with several neurons (softmax) adds its own case here.
  func outputDeltas(outputs: [Double], target: Double, activation: Activation) -> [Double] {
    outputs.map { derivative(output: $0, target: target, activation: activation) }
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
