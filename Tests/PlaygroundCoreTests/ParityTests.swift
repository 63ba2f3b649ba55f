import PlaygroundCore
import TestSupport
import Testing

/// The original TensorFlow Playground's own runs, reproduced: every epoch's losses to 1e-7
/// relative, the final parameters to 1e-7 absolute, dead links exactly (DESIGN.md §2).
@Suite struct ParityTests {
  @Test(arguments: Fixtures.parityNames)
  func reproducesTheOriginalEngine(name: String) throws {
    let parity = try ParityCase(name: name)
    var network = Network(
      layerSizes: parity.sizes, activation: parity.activation,
      outputActivation: parity.config.outputActivation)
    network.setParameters(parity.initial)
    var trainer = Trainer(
      network: network, data: parity.data, features: parity.features, config: parity.config)
    var reports = [trainer.lastReport]
    for _ in 1..<parity.epochs.count { reports.append(trainer.step()) }
    for (report, expected) in zip(reports, parity.epochs) {
      #expect(
        report.train.loss.isApproximatelyEqual(to: expected.train, relativeTolerance: 1e-7),
        "epoch \(report.epoch) train \(report.train.loss) vs \(expected.train)")
      #expect(
        report.test.loss.isApproximatelyEqual(to: expected.test, relativeTolerance: 1e-7),
        "epoch \(report.epoch) test \(report.test.loss) vs \(expected.test)")
    }
    let final = trainer.network.parameters
    let got = final.weights.flatMap { $0.flatMap { $0 } } + final.biases.flatMap { $0 }
    let want =
      parity.final.weights.flatMap { $0.flatMap { $0 } } + parity.final.biases.flatMap { $0 }
    #expect(got.count == want.count)
    let worst = zip(got, want).map { abs($0 - $1) }.max() ?? 0
    #expect(worst <= 1e-7, "largest parameter difference \(worst)")
    #expect(trainer.network.deadLinks == parity.deadLinks)
  }
}
