import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The worker's comparison: one session per variant, trained together and published with
/// the base (issue 13).
@Suite struct LiveCompareTests {
  static let pair = [ScenarioOverrides(activation: .tanh), ScenarioOverrides(activation: .relu)]

  @Test func variantsTrainTogetherAndEachEqualsItsOwnRun() async {
    let clock = ManualClock()
    let live = LiveSession(
      session: Session(scenario: .default, seed: 6), speed: TrainingSpeed(epochsPerSecond: nil),
      clock: clock)
    live.send(.session(.setCompare(Self.pair)), sequence: 1)
    #expect(await eventually { live.snapshot().variants.count == 2 })
    live.send(.setRunning(true), sequence: 2)
    #expect(
      await eventually {
        clock.advance(by: .milliseconds(20))  // lets the worker publish as it trains
        return (live.snapshot().variants.first?.epoch ?? 0) >= 30
      })
    live.send(.setRunning(false), sequence: 3)
    #expect(await eventually { !live.snapshot().isRunning && live.snapshot().appliedCommand == 3 })
    let snapshot = live.snapshot()
    #expect(snapshot.session.epoch == 0, "the base waits")
    let epochs = snapshot.variants.map(\.epoch)
    #expect(epochs[0] == epochs[1], "one epoch each per round: \(epochs)")
    for (variant, overrides) in zip(snapshot.variants, Self.pair) {
      var alone = Session(scenario: Scenario.default.variant(overrides), seed: 6)
      for _ in 0..<variant.epoch { alone.step() }
      #expect(alone.network == variant.network)
    }
    live.send(.session(.setCompare([])), sequence: 4)
    #expect(await eventually { live.snapshot().appliedCommand == 4 })
    #expect(live.snapshot().variants.isEmpty)
  }

  /// Three sessions on two cores train in phases; every one ends where training it alone
  /// ends, with a report per epoch.
  @Test(arguments: [1, 2, 3, 16, 17]) func parallelTrainingEqualsTrainingAlone(epochs: Int) {
    var base = Scenario.default
    base.compare = [0.01, 0.03, 0.3].map { ScenarioOverrides(learningRate: $0) }
    let start = base.variants.map { Session(scenario: $0, seed: 5) }
    var together = start
    let reports = ParallelTraining.train(&together, epochs: epochs, cores: 2)
    for (i, alone) in start.enumerated() {
      var session = alone
      var expected: [EpochReport] = []
      for _ in 0..<epochs {
        session.step()
        expected.append(session.report)
      }
      #expect(reports[i] == expected)
      #expect(together[i].network == session.network)
    }
  }
}
