import Foundation
import PlaygroundCore
import Testing

/// The k-class path (softmax + cross-entropy on class indices) against central finite
/// differences, as `GradientCheckTests` does for the two-class path: one full-batch epoch
/// with a small learning rate is one update, so `(w_old − w_new) / lr` is the gradient of
/// J(w) = mean cross-entropy + rate·Σ R(w).
@Suite struct SoftmaxGradientTests {
  @Test(arguments: [3, 4, 6], [Regularization.none, .l2, .l1])
  func updateFollowsTheFiniteDifferenceGradient(classes: Int, regularization: Regularization) {
    let features: [Feature] = [.x1, .x2, .sinX1]
    let sizes = [features.count, 4, classes]
    var network = Network.initialized(
      layerSizes: sizes, activation: .tanh, outputActivation: .linear, seed: UInt64(classes))
    var rng = SeededGenerator(seed: 41)
    for k in network.weights.indices {
      let w = network.weights[k]
      network.weights[k] = (w < 0 ? -1 : 1) * (0.2 + abs(w))
    }
    for k in network.biases.indices { network.biases[k] = rng.uniform(-0.5, 0.5) }
    let points = (0..<15).map { i in
      DataPoint(x: rng.uniform(-3, 3), y: rng.uniform(-3, 3), label: Double(i % classes))
    }
    let rate = regularization == .none ? 0 : 0.05
    let lr = 1e-4
    let config = TrainingConfig(
      problem: .classification, learningRate: lr, regularization: regularization,
      regularizationRate: rate, batchSize: .all, loss: .crossEntropy, classes: classes)
    var trainer = Trainer(
      network: network, data: DataSplit(train: points, test: []), features: features,
      config: config)
    trainer.step()
    let updated = trainer.network

    let inputs = points.map { p in features.map { $0.value(x: p.x, y: p.y) } }
    func objective(_ n: Network) -> Double {
      var loss = 0.0
      for (input, point) in zip(inputs, points) {
        loss += Softmax.crossEntropy(logits: n.outputs(for: input), target: Int(point.label))
      }
      return loss / Double(points.count)
        + rate * n.weights.reduce(0.0) { $0 + regularization.penalty($1) }
    }
    let h = 1e-5
    var worst = 0.0
    for (isWeight, count) in [(true, network.weights.count), (false, network.biases.count)] {
      for k in 0..<count {
        var plus = network
        var minus = network
        if isWeight {
          plus.weights[k] += h
          minus.weights[k] -= h
        } else {
          plus.biases[k] += h
          minus.biases[k] -= h
        }
        let numeric = (objective(plus) - objective(minus)) / (2 * h)
        let analytic =
          isWeight
          ? (network.weights[k] - updated.weights[k]) / lr
          : (network.biases[k] - updated.biases[k]) / lr
        worst = max(worst, abs(numeric - analytic) / max(1, abs(numeric)))
      }
    }
    #expect(worst < 1e-6, "worst relative gradient error \(worst)")
  }

  @Test func metricsAreMeanCrossEntropyAndArgmaxAccuracyPerClass() {
    // No hidden layer: scores are the biases, so every point gets class 1's probability.
    var network = Network(layerSizes: [2, 3], activation: .tanh, outputActivation: .linear)
    network.biases = [0, 2, 1]
    let points = [
      DataPoint(x: 1, y: 1, label: 1), DataPoint(x: 2, y: 1, label: 0),
      DataPoint(x: 0, y: 1, label: 1), DataPoint(x: 0, y: 0, label: 2),
    ]
    let config = TrainingConfig(loss: .crossEntropy, classes: 3)
    let trainer = Trainer(
      network: network, data: DataSplit(train: points, test: []), features: [.x1, .x2],
      config: config)
    let m = trainer.lastReport.train
    let p = Softmax.probabilities([0, 2, 1])
    let expected = -(log(p[1]) + log(p[0]) + log(p[1]) + log(p[2])) / 4
    #expect(abs(m.loss - expected) < 1e-12)
    #expect(m.accuracy == 0.5)
    #expect(m.classAccuracy == [0, 1, 0])
  }

  @Test func softmaxIsStableForLargeScores() {
    let p = Softmax.probabilities([1000, 1001, 999])
    #expect(abs(p.reduce(0, +) - 1) < 1e-12 && p.allSatisfy(\.isFinite))
    #expect(Softmax.crossEntropy(logits: [1000, -1000], target: 1) == 2000)
  }
}
