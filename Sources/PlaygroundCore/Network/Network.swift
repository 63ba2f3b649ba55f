/// A fully connected network `[inputs, hidden..., 1]` stored in flat arrays.
///
/// Layout: the weight from neuron j of layer l to neuron i of layer l+1 is
/// `weights[weightOffsets[l] + i * layerSizes[l] + j]` (row-major, out × in, matching the
/// scenario's `weights[l][i][j]`); the bias of neuron i of layer l+1 is
/// `biases[biasOffsets[l] + i]`. `dead` marks weights that L1 froze at zero.
public struct Network: Equatable, Sendable {
  /// Neurons per layer, input first, output (1, or one per class) last.
  public let layerSizes: [Int]
  /// The activation of every hidden neuron.
  public var activation: Activation
  /// The output neuron's activation: tanh (classification), linear (regression) or
  /// sigmoid (cross-entropy).
  public var outputActivation: Activation
  public var weights: [Double]
  public var biases: [Double]
  public var dead: [Bool]
  public let weightOffsets: [Int]
  public let biasOffsets: [Int]
  /// Start of each layer in a per-neuron array that includes the inputs.
  public let neuronOffsets: [Int]

  /// A network with every weight 0 and every bias 0.1.
  ///
  /// - Precondition: at least an input and an output layer, every size ≥ 0 (inputs) or
  ///   ≥ 1 (the rest).
  public init(layerSizes: [Int], activation: Activation, outputActivation: Activation) {
    precondition(layerSizes.count >= 2, "a network needs input and output layers")
    self.layerSizes = layerSizes
    self.activation = activation
    self.outputActivation = outputActivation
    var w = [Int]()
    var b = [Int]()
    var n = [0]
    var wTotal = 0
    var bTotal = 0
    for l in 0..<(layerSizes.count - 1) {
      w.append(wTotal)
      b.append(bTotal)
      wTotal += layerSizes[l] * layerSizes[l + 1]
      bTotal += layerSizes[l + 1]
    }
    for size in layerSizes { n.append(n[n.count - 1] + size) }
    weightOffsets = w
    biasOffsets = b
    neuronOffsets = n
    weights = Array(repeating: 0, count: wTotal)
    biases = Array(repeating: 0.1, count: bTotal)
    dead = Array(repeating: false, count: wTotal)
  }

  /// The original's initialisation: weights uniform in [-0.5, 0.5) drawn in creation
  /// order (layer, then destination neuron, then source neuron), biases 0.1.
  ///
  /// The result depends only on `seed` and the shape, so reset can restore it.
  public static func initialized(
    layerSizes: [Int], activation: Activation, outputActivation: Activation, seed: UInt64
  ) -> Network {
    var network = Network(
      layerSizes: layerSizes, activation: activation, outputActivation: outputActivation)
    var rng = SeededGenerator(seed: seed, stream: .weights)
    for k in network.weights.indices { network.weights[k] = rng.nextUnit() - 0.5 }
    return network
  }

  /// The number of weight matrices (= hidden layers + 1).
  public var transitionCount: Int { layerSizes.count - 1 }
  /// Every neuron, inputs included.
  public var neuronCount: Int { neuronOffsets[neuronOffsets.count - 1] }
  public var inputCount: Int { layerSizes[0] }

  /// The weight from neuron `from` of layer `layer` to neuron `to` of layer `layer + 1`.
  public func weightIndex(layer: Int, to: Int, from: Int) -> Int {
    weightOffsets[layer] + to * layerSizes[layer] + from
  }

  /// The parameters in the scenario layout.
  public var parameters: Parameters {
    var ws: [[[Double]]] = []
    var bs: [[Double]] = []
    for l in 0..<transitionCount {
      let inCount = layerSizes[l]
      let outCount = layerSizes[l + 1]
      ws.append(
        (0..<outCount).map { i in
          let start = weightOffsets[l] + i * inCount
          return Array(weights[start..<(start + inCount)])
        })
      bs.append(Array(biases[biasOffsets[l]..<(biasOffsets[l] + outCount)]))
    }
    return Parameters(weights: ws, biases: bs)
  }

  /// Sets the parameters from the scenario layout; dead marks are cleared.
  ///
  /// - Precondition: `parameters.fits(layerSizes:)`.
  public mutating func setParameters(_ parameters: Parameters) {
    precondition(parameters.fits(layerSizes: layerSizes), "parameter shapes do not match")
    var k = 0
    for layer in parameters.weights {
      for row in layer {
        for w in row {
          weights[k] = w
          k += 1
        }
      }
    }
    biases = parameters.biases.flatMap { $0 }
    dead = Array(repeating: false, count: weights.count)
  }

  /// Dead links as `[l, i, j]` triples, in layout order.
  public var deadLinks: [[Int]] {
    var result: [[Int]] = []
    for l in 0..<transitionCount {
      for i in 0..<layerSizes[l + 1] {
        for j in 0..<layerSizes[l] where dead[weightIndex(layer: l, to: i, from: j)] {
          result.append([l, i, j])
        }
      }
    }
    return result
  }

  /// Whether every weight and bias is finite.
  public var isFinite: Bool {
    weights.allSatisfy(\.isFinite) && biases.allSatisfy(\.isFinite)
  }

  /// The output for one input vector (exact, per-sample path).
  ///
  /// - Precondition: one value per input.
  public func output(for input: [Double]) -> Double {
    let all = outputs(for: input)
    return all[all.count - 1]
  }

  /// Every output for one input vector (the k class scores, or the one output).
  ///
  /// - Precondition: one value per input.
  public func outputs(for input: [Double]) -> [Double] {
    precondition(input.count == inputCount, "one value per input")
    var acts = [Double](repeating: 0, count: neuronCount)
    var totals = acts
    input.withUnsafeBufferPointer { inp in
      acts.withUnsafeMutableBufferPointer { a in
        totals.withUnsafeMutableBufferPointer { z in
          forward(input: inp.base, acts: a.base, totals: z.base)
        }
      }
    }
    return Array(acts[neuronOffsets[layerSizes.count - 1]...])
  }
}
