import PlaygroundCore
import Testing

/// Misuse of the engine's API stops the process with a message instead of reading or
/// writing past a buffer. (User input never gets this far: scenarios are validated.)
@Suite struct EnginePreconditionTests {
  @Test func outputNeedsOneValuePerInput() async {
    let network = Network(layerSizes: [2, 3, 1], activation: .tanh, outputActivation: .tanh)
    #expect(network.output(for: [0.5, -0.5]).isFinite)
    await #expect(processExitsWith: .failure) {
      let network = Network(layerSizes: [2, 3, 1], activation: .tanh, outputActivation: .tanh)
      _ = network.output(for: [1, 2, 3])
    }
  }

  @Test func aNetworkNeedsAnInputAndAnOutputLayer() async {
    await #expect(processExitsWith: .failure) {
      _ = Network(layerSizes: [2], activation: .tanh, outputActivation: .tanh)
    }
  }

  @Test func parametersMustFitTheShape() async {
    await #expect(processExitsWith: .failure) {
      var network = Network(layerSizes: [2, 1], activation: .tanh, outputActivation: .tanh)
      network.setParameters(Parameters(weights: [[[1, 2, 3]]], biases: [[0]]))
    }
  }

  @Test func aTrainerNeedsOneFeaturePerInput() async {
    await #expect(processExitsWith: .failure) {
      _ = Trainer(
        network: Network(layerSizes: [2, 1], activation: .tanh, outputActivation: .tanh),
        data: DataSplit(train: [], test: []), features: [.x1],
        config: TrainingConfig(Scenario(seed: 1)))
    }
  }

  @Test func aGridNeedsOneFeaturePerInput() async {
    let network = Network(layerSizes: [2, 1], activation: .tanh, outputActivation: .tanh)
    #expect(network.sampleGrid(features: [.x1, .x2], width: 3, height: 3).values.count == 27)
    await #expect(processExitsWith: .failure) {
      let network = Network(layerSizes: [2, 1], activation: .tanh, outputActivation: .tanh)
      _ = network.sampleGrid(features: [.x1], width: 3, height: 3)
    }
  }
}
