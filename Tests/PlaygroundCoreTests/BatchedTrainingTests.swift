import Testing

@testable import PlaygroundCore

/// The batched kernels against a plain per-sample loop written from the original's
/// algorithm: with the same tanh, every weight and bias must agree bit for bit, because
/// every sum keeps the per-sample order (DenseKernels' contract).
///
/// Shapes cover the four-neuron blocks, the 1–3 neuron remainders and inputs that are not a
/// multiple of 4.
@Suite struct BatchedTrainingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var sizes: [Int]
    var activation: Activation
    var regularization: Regularization
    var batch: Int
    var shuffle: Bool
    var loss: Loss = .squared
    var testDescription: String {
      "\(sizes) \(activation) \(regularization) batch \(batch)\(shuffle ? " shuffled" : "") \(loss)"
    }
  }

  static let cases: [Case] = [
    Case(
      sizes: [7, 8, 5, 3, 1], activation: .tanh, regularization: .l2, batch: 10, shuffle: false),
    Case(sizes: [7, 8, 5, 3, 1], activation: .tanh, regularization: .l1, batch: 7, shuffle: true),
    Case(
      sizes: [3, 6, 6, 2, 1], activation: .relu, regularization: .none, batch: 1, shuffle: false),
    Case(sizes: [2, 4, 2, 1], activation: .sigmoid, regularization: .l1, batch: 30, shuffle: true),
    Case(sizes: [5, 7, 1], activation: .elu, regularization: .l2, batch: 4, shuffle: false),
    Case(
      sizes: [6, 4, 4, 4, 1], activation: .leakyRelu, regularization: .none, batch: 13,
      shuffle: true),
    Case(
      sizes: [7, 8, 5, 3, 1], activation: .tanh, regularization: .l2, batch: 10, shuffle: true,
      loss: .crossEntropy),
    Case(
      sizes: [3, 5, 1], activation: .relu, regularization: .l1, batch: 1, shuffle: false,
      loss: .crossEntropy),
  ]

  @Test(arguments: cases)
  func batchedEpochsMatchAPerSampleLoopBitForBit(_ c: Case) {
    let features = Array(Feature.allCases.prefix(c.sizes[0]))
    var rng = SeededGenerator(seed: 41)
    let points = (0..<37).map { _ in
      DataPoint(x: rng.uniform(-5, 5), y: rng.uniform(-5, 5), label: rng.nextUnit() < 0.5 ? -1 : 1)
    }
    let config = TrainingConfig(
      problem: .classification, learningRate: 0.1, regularization: c.regularization,
      regularizationRate: c.regularization == .none ? 0 : 0.01, batchSize: .count(c.batch),
      shuffle: c.shuffle, loss: c.loss)
    let network = Network.initialized(
      layerSizes: c.sizes, activation: c.activation, outputActivation: config.outputActivation,
      seed: 5)
    var trainer = Trainer(
      network: network, data: DataSplit(train: points, test: []), features: features,
      config: config, shuffleSeed: 9)
    var reference = Reference(network: network, config: config, batch: c.batch)
    let inputs = points.map { p in features.map { $0.value(x: p.x, y: p.y) } }
    for _ in 0..<4 {
      trainer.step()
      // Shuffling happens before the epoch, so the trainer's order is the one it used.
      reference.epoch(inputs: inputs, labels: points.map(\.label), order: trainer.order)
    }
    #expect(
      trainer.network.weights.map(\.bitPattern) == reference.network.weights.map(\.bitPattern))
    #expect(trainer.network.biases.map(\.bitPattern) == reference.network.biases.map(\.bitPattern))
    #expect(trainer.network.dead == reference.network.dead)
    #expect(trainer.network.weights != network.weights)
  }

  /// A network without inputs (only biases matter) is odd but legal in the engine.
  @Test func aNetworkWithoutInputsTrains() {
    let network = Network.initialized(
      layerSizes: [0, 2, 1], activation: .tanh, outputActivation: .tanh, seed: 1)
    let points = [DataPoint(x: 1, y: 1, label: 1), DataPoint(x: -1, y: 2, label: 1)]
    var trainer = Trainer(
      network: network, data: DataSplit(train: points, test: points), features: [],
      config: TrainingConfig(
        problem: .classification, learningRate: 0.1, regularization: .none,
        regularizationRate: 0))
    let first = trainer.lastReport.train.loss
    for _ in 0..<20 { trainer.step() }
    #expect(trainer.lastReport.train.loss < first)
  }

  /// The original's per-sample training loop, with `FastTanh` for tanh.
  struct Reference {
    var network: Network
    let config: TrainingConfig
    let batch: Int
    var gradWeights: [Double]
    var gradBiases: [Double]
    var pending = 0

    init(network: Network, config: TrainingConfig, batch: Int) {
      self.network = network
      self.config = config
      self.batch = batch
      gradWeights = Array(repeating: 0, count: network.weights.count)
      gradBiases = Array(repeating: 0, count: network.biases.count)
    }

    func f(_ z: Double, _ activation: Activation) -> Double {
      activation == .tanh ? FastTanh.scalar(z) : activation.value(z)
    }

    mutating func epoch(inputs: [[Double]], labels: [Double], order: [Int]) {
      for (k, index) in order.enumerated() {
        let n = network  // as updated so far
        // Forward.
        var acts = [inputs[index]]
        for l in 0..<n.transitionCount {
          let f = l == n.transitionCount - 1 ? n.outputActivation : n.activation
          acts.append(
            (0..<n.layerSizes[l + 1]).map { i in
              var z = n.biases[n.biasOffsets[l] + i]
              for j in 0..<n.layerSizes[l] {
                z += n.weights[n.weightIndex(layer: l, to: i, from: j)] * acts[l][j]
              }
              return self.f(z, f)
            })
        }
        // Backward.
        let o = acts[n.transitionCount][0]
        var deltas = [
          config.loss.derivative(output: o, target: labels[index], activation: n.outputActivation)
        ]
        for l in stride(from: n.transitionCount - 1, through: 0, by: -1) {
          for i in 0..<n.layerSizes[l + 1] {
            gradBiases[n.biasOffsets[l] + i] += deltas[i]
            for j in 0..<n.layerSizes[l] where !n.dead[n.weightIndex(layer: l, to: i, from: j)] {
              gradWeights[n.weightIndex(layer: l, to: i, from: j)] += deltas[i] * acts[l][j]
            }
          }
          guard l >= 1 else { break }
          deltas = (0..<n.layerSizes[l]).map { j in
            var s = 0.0
            for i in 0..<n.layerSizes[l + 1] {
              s += n.weights[n.weightIndex(layer: l, to: i, from: j)] * deltas[i]
            }
            return s * n.activation.derivative(fromOutput: acts[l][j])
          }
        }
        pending += 1
        if (k + 1) % batch == 0 { update() }
      }
    }

    mutating func update() {
      let lr = config.learningRate
      let count = Double(pending)
      for k in network.biases.indices {
        network.biases[k] -= lr * gradBiases[k] / count
        gradBiases[k] = 0
      }
      for k in network.weights.indices where !network.dead[k] {
        let old = network.weights[k]
        let mid = old - (lr / count) * gradWeights[k]
        let new = mid - lr * config.regularizationRate * config.regularization.derivative(old)
        if config.regularization == .l1 && mid * new < 0 {
          network.weights[k] = 0
          network.dead[k] = true
        } else {
          network.weights[k] = new
        }
        gradWeights[k] = 0
      }
      pending = 0
    }
  }
}
