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

  @Test func gridMatchesTheForwardPass() {
    var session = Session(scenario: Scenario(features: [.x1, .x2, .sinX1], hiddenLayers: [3, 2]), seed: 4)
    for _ in 0..<10 { session.step() }
    let network = session.network
    let grid = network.sampleGrid(features: session.scenario.features, width: 7, height: 5)
    #expect(grid.neuronCount == network.neuronCount)
    for row in 0..<5 {
      for column in 0..<7 {
        let x = -6 + 12 * Double(column) / 6
        let y = 6 - 12 * Double(row) / 4
        let expected = network.output(for: [x, y, Feature.sinX1.value(x: x, y: 0)])
        let got = grid.value(neuron: network.neuronCount - 1, column: column, row: row)
        #expect(abs(Double(got) - expected) < 1e-5, "grids are Float")
        #expect(grid.value(neuron: 0, column: column, row: row) == Float(x))
      }
    }
  }
}
