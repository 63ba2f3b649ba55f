import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// Every shipped preset states a lesson; each lesson is asserted here by training the
/// preset headless, as `playground-tui train --preset NAME` does: with the preset's own
/// seed, and (where the lesson is meant to be robust) with most of a few other seeds.
@Suite struct PresetLessonTests {
  /// What a run shows: the losses at epoch 0 and at the end, and whether it diverged.
  struct Run {
    var initial: EpochReport
    var final: EpochReport
    var diverged: Bool
    var history: [EpochReport]
    var gap: Double { final.test.loss - final.train.loss }
  }

  struct Lesson: Sendable, CustomTestStringConvertible {
    var preset: String
    var epochs: Int
    /// Other seeds that must mostly show the lesson too (empty: own seed only).
    var otherSeeds: [UInt64]
    var claim: String
    var holds: @Sendable (Run) -> Bool
    var testDescription: String { "\(preset): \(claim)" }
  }

  static func scenario(_ name: String) throws -> Scenario {
    let url = RepositoryFiles.presets.appendingPathComponent("\(name).json")
    return try Scenario.decode(from: Data(contentsOf: url), file: "\(name).json")
  }

  static func run(_ scenario: Scenario, seed: UInt64, epochs: Int) -> Run {
    var session = Session(scenario: scenario, seed: seed)
    var history = [session.report]
    for _ in 0..<epochs where !session.isDiverged {
      session.step()
      history.append(session.report)
    }
    return Run(
      initial: history[0], final: session.report, diverged: session.isDiverged, history: history)
  }

  static let lessons: [Lesson] = [
    Lesson(preset: "default", epochs: 100, otherSeeds: [3, 4], claim: "loss falls") {
      $0.final.train.loss < $0.initial.train.loss / 2
    },
    Lesson(preset: "xor-linear", epochs: 500, otherSeeds: [2, 3], claim: "train loss stays > 0.4") {
      $0.final.train.loss > 0.4
    },
    Lesson(preset: "xor-feature-cross", epochs: 200, otherSeeds: [2, 3], claim: "< 0.02") {
      $0.final.train.loss < 0.02
    },
    Lesson(preset: "xor-hidden-layer", epochs: 500, otherSeeds: [2, 3], claim: "< 0.1") {
      $0.final.train.loss < 0.1
    },
    Lesson(preset: "classroom-xor", epochs: 500, otherSeeds: [], claim: "4 neurons: < 0.1") {
      $0.final.train.loss < 0.1
    },
    Lesson(preset: "circle-linear", epochs: 500, otherSeeds: [2, 3], claim: "> 0.4") {
      $0.final.train.loss > 0.4
    },
    Lesson(preset: "circle-squares", epochs: 300, otherSeeds: [], claim: "< 0.05") {
      $0.final.train.loss < 0.05
    },
    Lesson(preset: "spiral-deep", epochs: 1000, otherSeeds: [2, 3], claim: "< 0.1") {
      $0.final.train.loss < 0.1
    },
    Lesson(preset: "lr-too-big", epochs: 300, otherSeeds: [3, 4], claim: "> 0.3 or diverged") {
      $0.diverged || $0.final.train.loss > 0.3
    },
    Lesson(preset: "lr-too-small", epochs: 500, otherSeeds: [2, 3], claim: "> 95 % of the start") {
      $0.final.train.loss > 0.95 * $0.initial.train.loss
    },
    Lesson(preset: "overfitting", epochs: 1000, otherSeeds: [2, 3], claim: "test − train > 0.25") {
      $0.gap > 0.25
    },
    Lesson(preset: "sigmoid-vanishing", epochs: 300, otherSeeds: [2, 3], claim: "> 0.4") {
      $0.final.train.loss > 0.4
    },
    Lesson(preset: "relu-deep", epochs: 300, otherSeeds: [2, 3], claim: "< 0.05") {
      $0.final.train.loss < 0.05
    },
    Lesson(preset: "regression-plane", epochs: 300, otherSeeds: [2, 3], claim: "< 0.02") {
      $0.final.train.loss < 0.02
    },
    Lesson(preset: "regression-multigauss", epochs: 500, otherSeeds: [2, 3], claim: "< half") {
      $0.final.train.loss < $0.initial.train.loss / 2
    },
    Lesson(preset: "moons", epochs: 500, otherSeeds: [2, 3], claim: "< half") {
      $0.final.train.loss < $0.initial.train.loss / 2
    },
    Lesson(preset: "cross-entropy", epochs: 500, otherSeeds: [2, 3], claim: "≥ 95 % accuracy") {
      ($0.final.train.accuracy ?? 0) >= 0.95
    },
  ]

  @Test(arguments: lessons)
  func presetShowsItsLesson(_ lesson: Lesson) throws {
    let scenario = try Self.scenario(lesson.preset)
    let own = try #require(scenario.seed, "every preset has a seed")
    let run = Self.run(scenario, seed: own, epochs: lesson.epochs)
    #expect(
      lesson.holds(run),
      "seed \(own): train \(run.final.train.loss), test \(run.final.test.loss)")
    guard !lesson.otherSeeds.isEmpty else { return }
    let held = lesson.otherSeeds.filter {
      lesson.holds(Self.run(scenario, seed: $0, epochs: lesson.epochs))
    }
    // Own seed plus the others: most of them must agree.
    #expect((held.count + 1) * 2 > lesson.otherSeeds.count + 1, "held for seeds \(held)")
  }

  @Test func classroomXORHidesWhatItsLessonDoesNotUse() throws {
    let s = try Self.scenario("classroom-xor")
    #expect(s.hiddenLayers == [4] && s.features == [.x1, .x2] && s.dataset == .xor)
    #expect(
      s.view.hidden == [
        .learningRate, .regularization, .regularizationRate, .problem, .dataset, .noise,
        .batchSize,
      ])
    #expect(!s.view.hides(.hiddenLayers) && !s.view.hides(.playButton))
  }

  @Test func l2NarrowsTheOverfittingGap() throws {
    let plain = try Self.scenario("overfitting")
    let l2 = try Self.scenario("overfitting-l2")
    let a = Self.run(plain, seed: plain.seed ?? 1, epochs: 1000)
    let b = Self.run(l2, seed: l2.seed ?? 1, epochs: 1000)
    #expect(b.gap < a.gap, "gap with L2 \(b.gap), without \(a.gap)")
  }

  @Test func batchOfOneProgressesFasterPerEpochThanFullBatch() throws {
    let sgd = try Self.scenario("batch-1")
    let gd = try Self.scenario("batch-all")
    let a = Self.run(sgd, seed: sgd.seed ?? 1, epochs: 50)
    let b = Self.run(gd, seed: gd.seed ?? 1, epochs: 50)
    #expect(a.final.train.loss < b.final.train.loss / 2)
    #expect(b.final.train.loss < b.initial.train.loss, "full batch still falls, slowly")
  }

  @Test func reluReachesALowLossSoonerThanTanhFromTheSameWeights() throws {
    let relu = try Self.scenario("tanh-vs-relu")
    let tanh = try Self.scenario("default")
    #expect(relu.seed == tanh.seed, "the comparison needs the same initial weights")
    func firstEpochBelow(_ s: Scenario) -> Int {
      Self.run(s, seed: s.seed ?? 1, epochs: 100).history.firstIndex { $0.train.loss < 0.05 }
        ?? .max
    }
    #expect(firstEpochBelow(relu) < firstEpochBelow(tanh))
  }

  @Test func everyPresetHasANameALessonAndASeed() throws {
    let files = RepositoryFiles.presetFileNames
    #expect(files.count >= 16)
    for file in files where file.hasSuffix(".json") {
      let s = try Self.scenario(String(file.dropLast(5)))
      #expect(s.name?.isEmpty == false, "\(file) has no name")
      #expect(s.description.en.count > 20, "\(file) states no lesson")
      #expect(s.seed != nil, "\(file) has no seed")
    }
  }
}
