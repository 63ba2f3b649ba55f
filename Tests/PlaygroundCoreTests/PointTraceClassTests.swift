import Foundation
import PlaygroundCore
import Testing

/// The inspector's numbers for 3–6 classes (softmax over k class scores, cross-entropy on
/// the class index): against finite differences of the point's −log p[label], and against
/// the trainer's own step and reported loss for that point.
@Suite struct PointTraceClassTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var classes: Int
    var activation: Activation
    var testDescription: String { "\(classes) classes \(activation)" }
  }

  static let cases: [Case] = [3, 4, 6].flatMap { k in
    [Activation.tanh, .relu, .sigmoid].map { Case(classes: k, activation: $0) }
  }

  static let features: [Feature] = [.x1, .x2, .x1TimesX2, .sinX2]

  /// A network with weights away from 0 and random biases, so no ReLU sits on its kink.
  static func network(_ c: Case, seed: UInt64) -> Network {
    let config = TrainingConfig(problem: .classification, classes: c.classes)
    var network = Network.initialized(
      layerSizes: [features.count, 3, 4, c.classes], activation: c.activation,
      outputActivation: config.outputActivation, seed: seed)
    var rng = SeededGenerator(seed: seed &+ 7)
    for k in network.weights.indices {
      let w = network.weights[k]
      network.weights[k] = (w < 0 ? -1 : 1) * (0.3 + abs(w))
    }
    for k in network.biases.indices { network.biases[k] = rng.uniform(-0.5, 0.5) }
    return network
  }

  /// Points of every class.
  static func points(_ c: Case, seed: UInt64) -> [DataPoint] {
    var rng = SeededGenerator(seed: seed &+ 11)
    return (0..<c.classes).map { k in
      DataPoint(x: rng.uniform(-2, 2), y: rng.uniform(-2, 2), label: Double(k))
    }
  }

  @Test(arguments: cases, [UInt64(5), 23])
  func gradientsFollowFiniteDifferencesOfThePointsLoss(_ c: Case, seed: UInt64) {
    let network = Self.network(c, seed: seed)
    for (index, point) in Self.points(c, seed: seed).enumerated() {
      let trace = PointTrace(
        network: network, features: Self.features, loss: .squared, point: point, index: index)
      let input = Self.features.map { $0.value(x: point.x, y: point.y) }
      func loss(_ n: Network) -> Double {
        Softmax.crossEntropy(logits: n.outputs(for: input), target: index)
      }
      let scores = network.outputs(for: input)
      let output = trace.layers[trace.layers.count - 1]
      #expect(output.z == scores)
      #expect(trace.isMultiClass && trace.classIndex == index)
      #expect(trace.outputs.count == c.classes)
      #expect(abs(trace.outputs.reduce(0, +) - 1) < 1e-14)
      for (p, q) in zip(trace.outputs, Softmax.probabilities(scores)) {
        #expect(abs(p - q) < 1e-14)
      }
      #expect(trace.output == trace.outputs[index])
      #expect(abs(trace.loss - loss(network)) < 1e-13)
      #expect(abs(trace.loss + log(trace.output)) < 1e-13)
      // δᵢ = pᵢ − yᵢ.
      for i in 0..<c.classes {
        #expect(output.delta[i] == trace.outputs[i] - (i == index ? 1 : 0))
      }
      let worst = FiniteDifference.worstRelativeError(trace, network: network, loss: loss)
      #expect(worst < 1e-6, "point \(index): worst relative error \(worst)")
    }
  }

  /// With one training point, batch 1 and learning rate 1, one epoch is one update
  /// w ← w − ∂L/∂w; the trainer's reported loss before it is the point's loss.
  @Test(arguments: cases, [UInt64(5), 23])
  func traceIsTheGradientAndLossOfTheTrainer(_ c: Case, seed: UInt64) {
    let network = Self.network(c, seed: seed)
    for point in Self.points(c, seed: seed) {
      let config = TrainingConfig(
        problem: .classification, learningRate: 1, batchSize: .count(1), classes: c.classes)
      var trainer = Trainer(
        network: network, data: DataSplit(train: [point], test: []), features: Self.features,
        config: config)
      let trace = PointTrace(
        network: network, features: Self.features, loss: config.loss, point: point, index: 0)
      // The same softmax and log-sum-exp: bit for bit, but for the trainer's vector tanh.
      let reported = trainer.lastReport.train.loss
      if c.activation == .tanh {
        #expect(abs(trace.loss - reported) < 1e-14)
      } else {
        #expect(trace.loss == reported)
      }
      trainer.step()
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

  /// The activation panel's gradient flow sums the same k-class trace.
  @Test func activityUsesTheClassTrace() {
    let c = Case(classes: 3, activation: .relu)
    let network = Self.network(c, seed: 5)
    let points = Self.points(c, seed: 5)
    let activity = NetworkActivity(
      network: network, features: Self.features, loss: .squared, points: points)
    var expected = [Double](repeating: 0, count: 3)
    for (index, point) in points.enumerated() {
      let trace = PointTrace(
        network: network, features: Self.features, loss: .squared, point: point, index: index)
      for l in 0..<3 {
        expected[l] += trace.layers[l].weightGradients.joined().map(abs).reduce(0, +)
      }
    }
    let sizes = network.layerSizes
    for l in 0..<3 {
      let count = Double(points.count * sizes[l] * sizes[l + 1])
      #expect(abs(activity.gradientFlow[l] - expected[l] / count) < 1e-15)
    }
    // The output layer's k neurons are never counted dead: only hidden layers are.
    #expect(activity.dead.map(\.count) == [3, 4])
    #expect(activity.z.map(\.count) == [3, 4, 3])
  }
}
