import PlaygroundCore
import Testing

/// The reset rules (reference/tfplayground.md §1) and reproducibility (DESIGN.md §2).
@Suite struct SessionTests {
  func trained(_ epochs: Int, _ scenario: Scenario = .default, seed: UInt64 = 11) -> Session {
    var session = Session(scenario: scenario, seed: seed)
    for _ in 0..<epochs { session.step() }
    return session
  }

  @Test func sameSeedGivesBitIdenticalRuns() {
    let a = trained(20)
    let b = trained(20)
    #expect(a.network == b.network)
    #expect(a.data == b.data)
    #expect(a.report == b.report)
  }

  @Test func resetRestoresTheSameInitialWeights() {
    let start = Session(scenario: .default, seed: 11).network
    var session = trained(15)
    #expect(session.network != start)
    session.apply(.reset)
    #expect(session.network == start)
    #expect(session.epoch == 0)
    #expect(session.history.count == 1)
  }

  @Test func newWeightsDrawsOthersAndResetThenKeepsThem() {
    var session = trained(5)
    let start = Session(scenario: .default, seed: 11).network
    session.apply(.newWeights)
    let fresh = session.network
    #expect(fresh != start)
    session.step()
    session.apply(.reset)
    #expect(session.network == fresh)
  }

  @Test func switchingActivationStartsFromTheSameWeights() {
    var session = trained(5)
    let tanhStart = Session(scenario: .default, seed: 11).network.weights
    session.apply(.setActivation(.relu))
    #expect(session.network.weights == tanhStart)
    #expect(session.network.activation == .relu)
    #expect(session.epoch == 0)
  }

  @Test func learningRateAppliesWithoutAReset() {
    var session = trained(7)
    let network = session.network
    session.apply(.setLearningRate(0.1))
    #expect(session.epoch == 7)
    #expect(session.network == network)
    #expect(session.trainer.config.learningRate == 0.1)
  }

  @Test(arguments: [
    SessionCommand.setActivation(.sigmoid), .setRegularization(.l2), .setRegularizationRate(0.1),
    .setBatchSize(.count(3)), .setFeatures([.x1, .x2, .x1Squared]), .setHiddenLayers([3]),
    .setLoss(.crossEntropy),
  ])
  func networkSettingsResetButKeepTheData(command: SessionCommand) {
    var session = trained(4)
    let data = session.data
    session.apply(command)
    #expect(session.epoch == 0)
    #expect(session.data == data)
  }

  @Test(arguments: [
    SessionCommand.setDataset(.xor), .setNoise(20), .setTrainRatio(30),
    .setProblem(.regression),
  ])
  func dataSettingsRegenerateAndReset(command: SessionCommand) {
    var session = trained(4)
    let data = session.data
    session.apply(command)
    #expect(session.epoch == 0)
    #expect(session.data != data)
  }

  @Test func regenerateKeepsTheNetwork() {
    var session = trained(4)
    let network = session.network
    let data = session.data
    session.apply(.regenerate)
    #expect(session.network == network)
    #expect(session.epoch == 4)
    #expect(session.data != data)
  }

  @Test func divergenceIsAStateAndResetRecovers() {
    var scenario = Scenario(problem: .regression, learningRate: 10)
    scenario.hiddenLayers = [8, 8]
    scenario.activation = .relu
    var session = Session(scenario: scenario, seed: 3)
    for _ in 0..<200 where !session.isDiverged { session.step() }
    #expect(session.isDiverged)
    let epoch = session.epoch
    session.step()
    #expect(session.epoch == epoch, "a diverged session must not train on")
    session.apply(.setLearningRate(0.01))
    session.apply(.reset)
    #expect(!session.isDiverged)
    #expect(session.report.train.loss.isFinite)
  }

  /// `train(epochs:)` is that many steps, stopping at divergence, with their reports.
  @Test func trainIsStepsUpToDivergence() {
    var stepped = Session(scenario: Scenario(), seed: 4)
    var trained = stepped
    for _ in 0..<3 { stepped.step() }
    #expect(trained.train(epochs: 3).map(\.epoch) == [1, 2, 3])
    #expect(trained.network == stepped.network && trained.history == stepped.history)
    var scenario = Scenario(problem: .regression, learningRate: 10)
    scenario.hiddenLayers = [8, 8]
    scenario.activation = .relu
    var diverging = Session(scenario: scenario, seed: 3)
    let reports = diverging.train(epochs: 200)
    #expect(diverging.isDiverged && reports.count == diverging.epoch && reports.count < 200)
    #expect(diverging.train(epochs: 5).isEmpty)
  }

  @Test func handEditsChangeOneParameterWithoutReset() {
    var session = trained(3)
    session.apply(.setWeight(layer: 1, to: 0, from: 2, value: 0.75))
    session.apply(.setBias(layer: 2, neuron: 0, value: -0.5))
    let network = session.network
    #expect(network.weights[network.weightIndex(layer: 1, to: 0, from: 2)] == 0.75)
    #expect(network.biases[network.biasOffsets[2]] == -0.5)
    #expect(session.epoch == 3)
  }

  @Test func batchLargerThanTheTrainingSetStillTrains() {
    // 4 points, batch 10: the original would never update; we use the set's size.
    let points = [
      DataPoint(x: 1, y: 1, label: 1), DataPoint(x: -1, y: -1, label: 1),
      DataPoint(x: 1, y: -1, label: -1), DataPoint(x: -1, y: 1, label: -1),
    ]
    let scenario = Scenario(
      batchSize: .count(10), features: [.x1TimesX2], hiddenLayers: [], learningRate: 0.3,
      data: DataSplit(train: points, test: points))
    var session = Session(scenario: scenario, seed: 1)
    let before = session.report.train.loss
    for _ in 0..<50 { session.step() }
    #expect(session.report.train.loss < before / 2)
  }

  @Test func historyStaysBounded() {
    var history = LossHistory(capacity: 16)
    for epoch in 0...1000 {
      history.append(
        EpochReport(
          epoch: epoch, train: Metrics(loss: 1, accuracy: nil),
          test: Metrics(loss: 1, accuracy: nil),
          diverged: false))
    }
    #expect(history.count < 16)
    #expect(history.epochs.first == 0)
    #expect(history.epochs.last == 1000, "the newest epoch is always the last point")
    #expect(history.epochs == history.epochs.sorted())
  }
}

extension SessionTests {
  /// A valid file whose start overflows is diverged at epoch 0 and does not train on.
  @Test func aStartThatIsAlreadyNonFiniteIsDiverged() {
    let points = [DataPoint(x: 1, y: 1, label: 1), DataPoint(x: -1, y: 1, label: -1)]
    let scenario = Scenario(
      problem: .regression, hiddenLayers: [], data: DataSplit(train: points, test: points),
      parameters: Parameters(weights: [[[1e308, 1e308]]], biases: [[1e308]]))
    var session = Session(scenario: scenario, seed: 1)
    #expect(session.isDiverged)
    session.step()
    #expect(session.epoch == 0)
  }
}
