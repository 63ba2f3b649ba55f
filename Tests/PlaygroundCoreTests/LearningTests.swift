import PlaygroundCore
import Testing

/// The lecture's first claims, with fixed seeds: a line cannot split XOR, a hidden layer
/// can; and the grid sampler agrees with the per-sample forward pass.
@Suite struct LearningTests {
  func finalLoss(_ scenario: Scenario, seed: UInt64, epochs: Int) -> Double {
    var session = Session(scenario: scenario, seed: seed)
    for _ in 0..<epochs { session.step() }
    return session.report.train.loss
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func xorWithoutAHiddenLayerStaysAboveFourTenths(seed: UInt64) {
    let scenario = Scenario(dataset: .xor, hiddenLayers: [])
    #expect(finalLoss(scenario, seed: seed, epochs: 500) > 0.4)
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func xorWithFourHiddenNeuronsGoesBelowATenth(seed: UInt64) {
    let scenario = Scenario(dataset: .xor, hiddenLayers: [4])
    #expect(finalLoss(scenario, seed: seed, epochs: 500) < 0.1)
  }

  /// Sizes around the grid's groups of 8 points: under 8, a last group moved back,
  /// several chunks.
  ///
  /// Cross-entropy checks the 2p − 1 output map.
  @Test(
    arguments: [(7, 5), (1, 1), (2, 3), (3, 3), (33, 9), (100, 100)], [Loss.squared, .crossEntropy])
  func gridMatchesTheForwardPass(size: (Int, Int), loss: Loss) {
    let (width, height) = size
    var session = Session(
      scenario: Scenario(features: [.x1, .x2, .sinX1], hiddenLayers: [5, 2], loss: loss), seed: 4)
    for _ in 0..<10 { session.step() }
    let network = session.network
    let grid = network.sampleGrid(features: session.scenario.features, width: width, height: height)
    #expect(grid.neuronCount == network.neuronCount)
    for row in 0..<height {
      for column in 0..<width {
        let x = NeuronGrid.coordinate(column, of: width, flipped: false)
        let y = NeuronGrid.coordinate(row, of: height, flipped: true)
        let output = network.output(for: [x, y, Feature.sinX1.value(x: x, y: 0)])
        let expected = loss == .crossEntropy ? 2 * output - 1 : output
        let got = grid.value(neuron: network.neuronCount - 1, column: column, row: row)
        #expect(abs(Double(got) - expected) < 1e-5, "grids are Float")
        #expect(grid.value(neuron: 0, column: column, row: row) == Float(x))
        #expect(grid.value(neuron: 1, column: column, row: row) == Float(y))
      }
    }
  }
}
