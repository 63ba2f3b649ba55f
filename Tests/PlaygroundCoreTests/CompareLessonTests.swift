import Foundation
import PlaygroundCore
import Testing

/// The compare presets (issue 13) show their lessons headless: each variant trained as
/// `train --preset NAME` trains it, with the preset's own seed and two others.
@Suite struct CompareLessonTests {
  typealias Run = PresetLessonTests.Run

  /// Every variant of `name` trained `epochs` epochs with each of the preset's seed and
  /// `others`.
  static func runs(_ name: String, epochs: Int, others: [UInt64]) throws -> [(UInt64, [Run])] {
    let scenario = try PresetLessonTests.scenario(name)
    let own = try #require(scenario.seed)
    #expect(ScenarioOverrides.variantCount.contains(scenario.compare.count))
    return ([own] + others).map { seed in
      (seed, scenario.variants.map { PresetLessonTests.run($0, seed: seed, epochs: epochs) })
    }
  }

  /// The first epoch whose training loss is below `level`, or `Int.max`.
  static func firstEpoch(_ run: Run, below level: Double) -> Int {
    run.history.firstIndex { $0.train.loss < level } ?? .max
  }

  @Test func reluReachesALowLossLongBeforeTanh() throws {
    for (seed, runs) in try Self.runs("compare-tanh-relu", epochs: 1500, others: [3, 4]) {
      let (tanh, relu) = (
        Self.firstEpoch(runs[0], below: 0.05), Self.firstEpoch(runs[1], below: 0.05)
      )
      #expect(
        relu < .max && relu + 100 <= tanh, "seed \(seed): ReLU at epoch \(relu), tanh at \(tanh)")
    }
  }

  @Test func tooSmallBarelyMovesGoodLearnsTooBigJumps() throws {
    for (seed, runs) in try Self.runs("compare-learning-rates", epochs: 300, others: [2, 4]) {
      let (small, good, big) = (runs[0], runs[1], runs[2])
      #expect(small.final.train.loss > 0.95 * small.initial.train.loss, "seed \(seed)")
      #expect(good.final.train.loss < 0.05, "seed \(seed): \(good.final.train.loss)")
      #expect(big.diverged || big.final.train.loss > 0.3, "seed \(seed)")
    }
  }

  @Test func perEpochSGDIsFastAndNoisyGDSmoothAndSlowPerUpdateTheyLineUp() throws {
    for (seed, runs) in try Self.runs("compare-gd-sgd-minibatch", epochs: 250, others: [2, 4]) {
      let (sgd, mini, gd) = (runs[0], runs[1], runs[2])
      let at50 = runs.map { $0.history[50].train.loss }
      #expect(at50[0] < at50[1] && at50[1] < at50[2], "seed \(seed): per epoch \(at50)")
      #expect(at50[2] > 0.9 * gd.initial.train.loss, "seed \(seed): GD is slow per epoch")
      func rises(_ run: Run) -> Int {
        zip(run.history.prefix(51), run.history.dropFirst().prefix(50)).filter {
          $1.train.loss > $0.train.loss
        }.count
      }
      #expect(rises(sgd) >= 3, "seed \(seed): SGD's curve is noisy")
      #expect(rises(gd) == 0, "seed \(seed): GD's curve is smooth")
      // 250 updates: 1 epoch of SGD, 10 of mini-batch, 250 of GD (250 training points).
      let perUpdate = [sgd.history[1], mini.history[10], gd.history[250]].map(\.train.loss)
      #expect(
        perUpdate[2] <= perUpdate[1] && perUpdate[1] <= perUpdate[0]
          && perUpdate[0] - perUpdate[2] < 0.1, "seed \(seed): per update \(perUpdate)")
    }
  }

  @Test func l2NarrowsTheGapAndLowersTheTestLoss() throws {
    for (seed, runs) in try Self.runs("compare-l2", epochs: 1000, others: [2, 3]) {
      let (plain, l2) = (runs[0], runs[1])
      #expect(plain.gap > 0.25, "seed \(seed): without L2 it overfits (\(plain.gap))")
      #expect(l2.gap < plain.gap * 0.7, "seed \(seed): gap \(l2.gap) with L2, \(plain.gap) without")
      #expect(l2.final.test.loss < plain.final.test.loss, "seed \(seed)")
    }
  }
}
