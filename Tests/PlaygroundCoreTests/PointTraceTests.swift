import PlaygroundCore
import Testing

/// The inspector's numbers: one point's backprop against finite differences of that
/// point's loss, and against the gradient the trainer applies for it.
@Suite struct PointTraceTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var activation: Activation
    var loss: Loss
    var problem: Problem
    var testDescription: String { "\(activation) \(loss) \(problem)" }
  }

  static let cases: [Case] =
    Activation.allCases.flatMap { activation in
      Loss.allCases.map { Case(activation: activation, loss: $0, problem: .classification) }
    } + [Case(activation: .tanh, loss: .squared, problem: .regression)]

  static let features: [Feature] = [.x1, .x2, .x1TimesX2, .sinX2]

  /// A network with weights away from 0 and random biases, so no ReLU sits on its kink.
  static func network(_ c: Case, seed: UInt64) -> Network {
    let config = TrainingConfig(problem: c.problem, loss: c.loss)
    var network = Network.initialized(
      layerSizes: [features.count, 3, 4, 2, 1], activation: c.activation,
      outputActivation: config.outputActivation, seed: seed)
    var rng = SeededGenerator(seed: seed &+ 7)
    for k in network.weights.indices {
      let w = network.weights[k]
      network.weights[k] = (w < 0 ? -1 : 1) * (0.3 + abs(w))
    }
    for k in network.biases.indices { network.biases[k] = rng.uniform(-0.5, 0.5) }
    return network
  }

  static func points(seed: UInt64, problem: Problem) -> [DataPoint] {
    var rng = SeededGenerator(seed: seed &+ 11)
    return (0..<6).map { _ in
      DataPoint(
        x: rng.uniform(-2, 2), y: rng.uniform(-2, 2),
        label: problem == .regression ? rng.uniform(-1, 1) : (rng.nextUnit() < 0.5 ? -1 : 1))
    }
  }

  @Test(arguments: cases, [UInt64(5), 23])
  func gradientsFollowFiniteDifferencesOfThePointsLoss(_ c: Case, seed: UInt64) {
    let network = Self.network(c, seed: seed)
    for (index, point) in Self.points(seed: seed, problem: c.problem).enumerated() {
      let trace = PointTrace(
        network: network, features: Self.features, loss: c.loss, point: point, index: index)
      let input = Self.features.map { $0.value(x: point.x, y: point.y) }
      #expect(trace.inputs == input)
      #expect(trace.output == network.output(for: input))
      func loss(_ n: Network) -> Double {
        c.loss.value(output: n.output(for: input), target: point.label)
      }
      #expect(trace.loss == loss(network))
      // δ = ∂L/∂z = ∂L/∂b.
      for layer in trace.layers { #expect(layer.delta == layer.biasGradients) }
      let worst = FiniteDifference.worstRelativeError(trace, network: network, loss: loss)
      #expect(worst < 1e-6, "point \(index): worst relative error \(worst)")
    }
  }

  /// With one training point, batch 1 and learning rate 1, one epoch is one update
  /// w ← w − ∂L/∂w: the trainer's step is the trace's gradient.
  @Test(arguments: cases, [UInt64(5), 23])
  func traceIsTheGradientTheTrainerApplies(_ c: Case, seed: UInt64) {
    let network = Self.network(c, seed: seed)
    for point in Self.points(seed: seed, problem: c.problem).prefix(3) {
      let config = TrainingConfig(
        problem: c.problem, learningRate: 1, batchSize: .count(1), loss: c.loss)
      var trainer = Trainer(
        network: network, data: DataSplit(train: [point], test: []), features: Self.features,
        config: config)
      trainer.step()
      let trace = PointTrace(
        network: network, features: Self.features, loss: c.loss, point: point, index: 0)
      var worst = 0.0
      for l in 0..<network.transitionCount {
        for i in 0..<network.layerSizes[l + 1] {
          for j in 0..<network.layerSizes[l] {
            let k = network.weightIndex(layer: l, to: i, from: j)
            let applied = network.weights[k] - trainer.network.weights[k]
            worst = max(worst, abs(applied - trace.layers[l].weightGradients[i][j]))
          }
          let b = network.biasOffsets[l] + i
          let applied = network.biases[b] - trainer.network.biases[b]
          worst = max(worst, abs(applied - trace.layers[l].biasGradients[i]))
        }
      }
      // Rounding of w − g, and the trainer's vector tanh (≤ 1e-15 from libm's).
      #expect(worst < 1e-12, "worst difference \(worst)")
    }
  }

  @Test func layersHaveTheShapesOfTheNetwork() {
    let c = Case(activation: .relu, loss: .squared, problem: .classification)
    let network = Self.network(c, seed: 1)
    let point = DataPoint(x: 0.5, y: -1, label: 1)
    let trace = PointTrace(
      network: network, features: Self.features, loss: .squared, point: point, index: 3)
    #expect(trace.layers.map(\.z.count) == [3, 4, 2, 1])
    #expect(trace.layers.map(\.weightGradients.count) == [3, 4, 2, 1])
    #expect(trace.layers.map { $0.weightGradients[0].count } == [4, 3, 4, 2])
    #expect(trace.index == 3 && trace.target == 1)
    // ∂L/∂wᵢⱼ = δᵢ·aⱼ, with aⱼ the previous layer's value.
    #expect(
      trace.layers[2].weightGradients[1][2] == trace.layers[2].delta[1] * trace.layers[1].a[2])
    #expect(trace.layers[0].weightGradients[2][3] == trace.layers[0].delta[2] * trace.inputs[3])
  }

  @Test func snapshotTracesOnlyItsTrainingPoints() {
    let session = Session(scenario: Scenario(), seed: 4)
    let snapshot = session.snapshot
    #expect(snapshot.trace(point: -1) == nil)
    #expect(snapshot.trace(point: snapshot.data.train.count) == nil)
    let last = snapshot.data.train.count - 1
    #expect(snapshot.trace(point: last)?.point == snapshot.data.train[last])
  }
}
