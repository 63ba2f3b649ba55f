import ArgumentParser
import Foundation
import PlaygroundCore
import PlaygroundTUI

/// `--preset`, `--tf-url` and `--seed`, shared by the interactive and `train` commands.
struct ScenarioOptions: ParsableArguments {
  @Option(help: "A preset name (Presets/NAME.json) or a path to a scenario file.")
  var preset: String?

  @Option(name: .customLong("tf-url"), help: "A TensorFlow Playground link to open.")
  var tfURL: String?

  @Option(help: "The seed of every random draw (0...2^53); overrides the scenario's.")
  var seed: UInt64?

  @Option(
    help: ArgumentHelp(
      "Points from a CSV file: x,y,label[,split] (replaces the scenario's points).",
      valueName: "file.csv"))
  var data: String?

  func validate() throws {
    if preset != nil && tfURL != nil {
      throw ValidationError("Give --preset or --tf-url, not both.")
    }
    if let seed, !Limits.seed.contains(seed) {
      throw ValidationError(
        "--seed \(seed) is out of range \(Limits.seed.lowerBound)...\(Limits.seed.upperBound).")
    }
  }

  /// The scenario to run, the seed to run it with, a display name, and notes for stderr.
  struct Resolved {
    var scenario: Scenario
    var seed: UInt64
    var name: LocalizedText?
    /// The preset's name when `--preset` named one (not a path): its place in the lecture.
    var presetID: String?
    var notes: [String]
    /// True when the seed was drawn at random and must be reported.
    var seedWasChosen: Bool
  }

  /// Loads the scenario; a bad one is a one-line ``CommandFailure/badInput(_:)``.
  func resolve() throws(CommandFailure) -> Resolved {
    var scenario = Scenario.default
    var name: LocalizedText? = nil
    var notes: [String] = []
    if let preset {
      switch ScenarioFiles.load(preset: preset) {
      case .success(let loaded):
        scenario = loaded
        name =
          loaded.name
          ?? LocalizedText(
            en: URL(fileURLWithPath: preset).deletingPathExtension().lastPathComponent)
      case .failure(let error): throw .badInput(["playground-tui: \(error.message)"])
      }
    } else if let tfURL {
      do {
        let imported = try Scenario.fromTFPlaygroundURL(tfURL)
        scenario = imported.scenario
        notes = imported.notes
        name = LocalizedText(.tensorFlowLink)
      } catch {
        throw .badInput(["playground-tui: --tf-url: \(error.description)"])
      }
    }
    if let data {
      switch PointFiles.load(data, for: scenario) {
      case .success(let table): scenario = scenario.withPoints(table, file: data)
      case .failure(let error): throw .badInput(["playground-tui: \(error.message)"])
      }
    }
    if seed != nil, let tfSeed = scenario.tfSeed {
      scenario.tfSeed = nil
      notes.append(
        "--seed replaces tfSeed '\(tfSeed.shown)'; the points and weights are playground-tui's own")
    }
    // A tfSeed gives the points and weights; the integer seed then only orders per-epoch
    // shuffles, so it follows from the seed string and is not reported.
    let chosen = seed ?? scenario.seed ?? scenario.tfSeed.map(Scenario.integerSeed(fromTFSeed:))
    let resolvedSeed = chosen ?? Scenario.drawSeed()
    return Resolved(
      scenario: scenario, seed: resolvedSeed, name: name,
      presetID: preset.flatMap { ScenarioFiles.isPath($0) ? nil : $0 }, notes: notes,
      seedWasChosen: chosen == nil)
  }
}

extension Scenario {
  /// A seed for a scenario that has none: random, and at most six digits so that the
  /// one shown on screen or stderr is easy to type back with `--seed`.
  static func drawSeed() -> UInt64 { UInt64.random(in: Limits.randomSeed) }
}
