import PlaygroundCore
import Testing

/// Backprop and the update rule against central finite differences.
///
/// One full-batch epoch with a small learning rate makes exactly one update, so
/// `(w_old − w_new) / lr` is the gradient of J(w) = mean loss + rate·Σ R(w) (biases are
/// not regularized). That is compared with (J(w + h) − J(w − h)) / 2h for every weight
/// and bias, so backprop, the mean over the batch and the regularization step are all
/// checked at once.
@Suite struct GradientCheckTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var activation: Activation
    var loss: Loss
    var regularization: Regularization
    var testDescription: String { "\(activation) \(loss) \(regularization)" }
  }

  static let cases: [Case] = Activation.allCases.flatMap { activation in
    Loss.allCases.flatMap { loss in
      Regularization.allCases.map { Case(activation: activation, loss: loss, regularization: $0) }
    }
  }

  @Test(arguments: cases, [UInt64(3), 17])
  func updateFollowsTheFiniteDifferenceGradient(_ c: Case, seed: UInt64) throws {
    let features: [Feature] = [.x1, .x2, .x1TimesX2]
    let sizes = [features.count, 3, 2, 1]
    let output: Activation = c.loss == .crossEntropy ? .sigmoid : .tanh
    var network = Network.initialized(
      layerSizes: sizes, activation: c.activation, outputActivation: output, seed: seed)
    // Keep every weight away from 0 so L1's derivative is smooth and no link dies, and
    // away from ReLU kinks by using random biases.
    var rng = SeededGenerator(seed: seed &+ 99)
    for k in network.weights.indices {
      let w = network.weights[k]
      network.weights[k] = (w < 0 ? -1 : 1) * (0.2 + abs(w))
    }
    for k in network.biases.indices { network.biases[k] = rng.uniform(-0.5, 0.5) }
    var points: [DataPoint] = []
    for _ in 0..<12 {
      points.append(
        DataPoint(
          x: rng.uniform(-2, 2), y: rng.uniform(-2, 2), label: rng.nextUnit() < 0.5 ? -1 : 1))
    }
    let rate = c.regularization == .none ? 0 : 0.05
    let lr = 1e-4
    let config = TrainingConfig(
      problem: .classification, learningRate: lr, regularization: c.regularization,
      regularizationRate: rate, batchSize: .all, loss: c.loss)
    let data = DataSplit(train: points, test: [])

    var trainer = Trainer(network: network, data: data, features: features, config: config)
    trainer.step()
    let updated = trainer.network

    // J from Core's own `Loss.value` and `Regularization.penalty`, so the check also
    // proves that each derivative is the derivative of the value written beside it.
    let inputs = points.map { p in features.map { $0.value(x: p.x, y: p.y) } }
    func objective(_ n: Network) -> Double {
      var loss = 0.0
      for (input, point) in zip(inputs, points) {
        loss += c.loss.value(output: n.output(for: input), target: point.label)
      }
      let penalty = n.weights.reduce(0.0) { $0 + c.regularization.penalty($1) }
      return loss / Double(points.count) + rate * penalty
    }
    let h = 1e-5
    var worst = 0.0
    for k in network.weights.indices {
      var plus = network
      var minus = network
      plus.weights[k] += h
      minus.weights[k] -= h
      let numeric = (objective(plus) - objective(minus)) / (2 * h)
      let analytic = (network.weights[k] - updated.weights[k]) / lr
      worst = max(worst, abs(numeric - analytic) / max(1, abs(numeric)))
    }
    for k in network.biases.indices {
      var plus = network
      var minus = network
      plus.biases[k] += h
      minus.biases[k] -= h
      let numeric = (objective(plus) - objective(minus)) / (2 * h)
      let analytic = (network.biases[k] - updated.biases[k]) / lr
      worst = max(worst, abs(numeric - analytic) / max(1, abs(numeric)))
    }
    #expect(worst < 1e-6, "worst relative gradient error \(worst)")
    #expect(updated.deadLinks.isEmpty)
  }

  /// The L1 kill rule: a step that crosses zero freezes the link at exactly 0, and a
  /// frozen link never moves again.
  @Test func l1CrossingZeroKillsTheLink() {
    var network = Network(layerSizes: [1, 1], activation: .linear, outputActivation: .linear)
    network.weights = [0.001]
    network.biases = [0]
    let config = TrainingConfig(
      problem: .regression, learningRate: 0.1, regularization: .l1, regularizationRate: 1,
      batchSize: .count(1))
    let data = DataSplit(train: [DataPoint(x: 1, y: 0, label: 0.001)], test: [])
    var trainer = Trainer(network: network, data: data, features: [.x1], config: config)
    trainer.step()
    #expect(trainer.network.weights == [0])
    #expect(trainer.network.deadLinks == [[0, 0, 0]])
    for _ in 0..<5 { trainer.step() }
    #expect(trainer.network.weights == [0])
  }
}
