import PlaygroundCore
import TestSupport
import Testing

/// The original TensorFlow Playground's own runs, reproduced: every epoch's losses to 1e-7
/// relative, the final parameters to 1e-7 absolute, dead links exactly (DESIGN.md §2).
@Suite struct ParityTests {
  @Test(arguments: Fixtures.parityNames)
  func reproducesTheOriginalEngine(name: String) throws {
    let case_ = try ParityCase(name: name)
    var network = Network(
      layerSizes: case_.sizes, activation: case_.activation,
      outputActivation: case_.config.outputActivation)
    network.setParameters(case_.initial)
    var trainer = Trainer(
      network: network, data: case_.data, features: case_.features, config: case_.config)
    var reports = [trainer.lastReport]
    for _ in 1..<case_.epochs.count { reports.append(trainer.step()) }
    for (report, expected) in zip(reports, case_.epochs) {
      #expect(
        report.train.loss.isApproximatelyEqual(to: expected.train, relativeTolerance: 1e-7),
        "epoch \(report.epoch) train \(report.train.loss) vs \(expected.train)")
      #expect(
        report.test.loss.isApproximatelyEqual(to: expected.test, relativeTolerance: 1e-7),
        "epoch \(report.epoch) test \(report.test.loss) vs \(expected.test)")
    }
    let final = trainer.network.parameters
    let got = final.weights.flatMap { $0.flatMap { $0 } } + final.biases.flatMap { $0 }
    let want = case_.final.weights.flatMap { $0.flatMap { $0 } } + case_.final.biases.flatMap { $0 }
    #expect(got.count == want.count)
    let worst = zip(got, want).map { abs($0 - $1) }.max() ?? 0
    #expect(worst <= 1e-7, "largest parameter difference \(worst)")
    #expect(trainer.network.deadLinks == case_.deadLinks)
  }
}
