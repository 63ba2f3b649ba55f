import PlaygroundCore
import Testing

/// The activation panel's numbers: gradient flow per layer, z over the training set,
/// dead neurons, histograms.
@Suite struct NetworkActivityTests {
  static let points = [
    DataPoint(x: 1, y: 2, label: 1), DataPoint(x: -1, y: 0.5, label: -1),
    DataPoint(x: 0.3, y: -2, label: 1),
  ]

  @Test func gradientFlowIsTheMeanAbsoluteGradientOfEachLayer() {
    let network = Network.initialized(
      layerSizes: [2, 3, 2, 1], activation: .tanh, outputActivation: .tanh, seed: 9)
    let activity = NetworkActivity(
      network: network, features: [.x1, .x2], loss: .squared, points: Self.points)
    var expected = [0.0, 0, 0]
    for (index, point) in Self.points.enumerated() {
      let trace = PointTrace(
        network: network, features: [.x1, .x2], loss: .squared, point: point, index: index)
      for l in 0..<3 {
        expected[l] += trace.layers[l].weightGradients.joined().map(abs).reduce(0, +)
      }
    }
    let counts = [6.0, 6, 2].map { $0 * 3 }
    for l in 0..<3 {
      #expect(abs(activity.gradientFlow[l] - expected[l] / counts[l]) < 1e-15)
    }
    #expect(activity.z.map(\.count) == [3, 2, 1])
    #expect(activity.z[1][1].count == 3)
    #expect(activity.deadCount == 0)
  }

  @Test func aReluNeuronBelowZeroOnEveryPointIsDead() {
    var network = Network(layerSizes: [2, 3, 1], activation: .relu, outputActivation: .tanh)
    // Neuron 1: z = −5 + 0.1·x1 < 0 on every point; neuron 2: z = x1, alive on some.
    network.weights = [0.5, 0.5, 0.1, 0, 1, 0, 1, 1, 1]
    network.biases = [0.1, -5, 0, 0.1]
    let activity = NetworkActivity(
      network: network, features: [.x1, .x2], loss: .squared, points: Self.points)
    #expect(activity.dead == [[false, true, false]])
    #expect(activity.deadCount == 1)
    // A dead ReLU passes no gradient to its incoming weights.
    #expect(activity.z[0][1].allSatisfy { $0 < 0 })
  }

  @Test func sigmoidNeuronsNeverDie() {
    var network = Network(layerSizes: [2, 1, 1], activation: .sigmoid, outputActivation: .tanh)
    network.weights = [0, 0, 1]
    network.biases = [-30, 0]
    let activity = NetworkActivity(
      network: network, features: [.x1, .x2], loss: .squared, points: Self.points)
    #expect(activity.deadCount == 0)
  }

  @Test func histogramCountsEveryValueOnce() {
    let h = Histogram([-10, -1, -0.5, 0, 0.2, 0.99, 1, 7, .nan], bins: 4, lower: -1, upper: 1)
    #expect(h.counts == [2, 1, 2, 3])
    #expect(h.below == 1 && h.above == 1)
    #expect(h.total == 8)
  }

  /// An infinite z (weights of 1e308) lands in an end bin instead of trapping.
  @Test func infiniteValuesGoToTheEndBins() {
    let h = Histogram([-.infinity, 0, .infinity], bins: 4, lower: -1, upper: 1)
    #expect(h.counts == [1, 0, 1, 1])
    #expect(h.below == 1 && h.above == 1)
  }
}

extension NetworkActivityTests {
  @Test func saturationIsTheShareOfZWhereTheSlopeIsFlat() {
    var network = Network(layerSizes: [1, 2, 1], activation: .sigmoid, outputActivation: .tanh)
    // Neuron 0: z = 10·x1, flat for |x1| ≥ 0.5; neuron 1: z = 0.1·x1, never flat.
    network.weights = [10, 0.1, 1, 1]
    network.biases = [0, 0, 0]
    let points = [-2.0, -0.1, 0.2, 3].map { DataPoint(x: $0, y: 0, label: 1) }
    let activity = NetworkActivity(
      network: network, features: [.x1], loss: .squared, points: points)
    // φ′(z) < 0.0025 needs |z| > 5.99: z = −20 and 30 of neuron 0 only.
    #expect(activity.saturation(layer: 0) == 2.0 / 8)
    #expect(activity.saturation(layer: 1).isNaN)
  }
}
