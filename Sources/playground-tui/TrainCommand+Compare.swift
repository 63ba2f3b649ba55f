import ArgumentParser
import Foundation
import PlaygroundCore
import PlaygroundTUI

extension TrainCommand {
  /// The variants to train: those of `--variant`, else the scenario's `compare`.
  ///
  /// A bad `--variant` is bad input (exit 2, like a bad scenario value), named by its
  /// position and key: `--variant 2: activation: 'swish' is not valid; use one of …`.
  func comparisonVariants(of scenario: Scenario) throws(CommandFailure)
    -> [ComparisonReportWriter.Variant]
  {
    guard !variants.isEmpty else {
      return scenario.compare.map {
        .init(label: $0.text.isEmpty ? "base" : $0.text, overrides: $0)
      }
    }
    var result: [ComparisonReportWriter.Variant] = []
    var problems: [String] = []
    for (i, text) in variants.enumerated() {
      do {
        let overrides = try ScenarioOverrides.parse(
          text, source: "--variant \(i + 1)", problem: scenario.problem,
          classes: scenario.classes)
        result.append(.init(label: text, overrides: overrides))
      } catch {
        problems.append("playground-tui: \(error.description)")
      }
    }
    if !problems.isEmpty { throw .badInput(problems) }
    return result
  }

  /// `train` of a comparison: every variant from the same data and seed, trained side by
  /// side on the cores, a few epochs at a time, with one row per epoch.
  func runComparison(_ resolved: ScenarioOptions.Resolved) throws(CommandFailure) {
    let list = try comparisonVariants(of: resolved.scenario)
    var base = resolved.scenario
    base.compare = list.map(\.overrides)
    var sessions = base.variants.map { Session(scenario: $0, seed: resolved.seed) }

    let file: OutputFile
    do {
      file = try output.map(OutputFile.open) ?? OutputFile.standardOutput()
    } catch {
      throw CommandFailure(error)
    }
    let interruption = Interruption()
    var writer = ComparisonReportWriter(
      single: TrainReportWriter(
        format: format, seed: resolved.seed, classification: base.problem == .classification,
        hasTestData: !sessions[0].data.test.isEmpty, output: BufferedOutput(file)),
      variants: list)
    writer.single.tfSeed = base.tfSeed
    writer.begin()
    writer.row(epoch: 0, sessions.map(\.report))
    var epoch = 0
    // Rounds of a few epochs: few enough that Ctrl-C is prompt, enough that the threads
    // rarely wait for each other.
    let round = 64
    rounds: while epoch < epochs && sessions.contains(where: { !$0.isDiverged })
      && writer.output.failure == nil
    {
      if let signal = interruption.signal {
        writer.output.discard()
        interruption.end(by: signal)
      }
      let count = min(round, epochs - epoch)
      let reports = ParallelTraining.train(
        &sessions, epochs: count, cores: ProcessInfo.processInfo.activeProcessorCount)
      for k in 0..<count {
        let row = reports.map { k < $0.count ? $0[k] : nil }
        // Every variant has stopped: the rows stop, as a plain run's do.
        if row.allSatisfy({ $0 == nil }) { break rounds }
        writer.row(epoch: epoch + k + 1, row)
      }
      epoch += count
    }
    writer.end(finals: sessions.map(\.network.parameters))
    do {
      try writer.output.finish()
    } catch {
      throw CommandFailure(error)
    }
    for (i, session) in sessions.enumerated() where session.isDiverged {
      printError(
        "note: variant \(i + 1) ('\(list[i].label.shown)') diverged at epoch \(session.epoch) "
          + "(a loss or weight is no longer finite); try a lower learning rate")
    }
    if let save {
      // The comparison itself, from its start: each variant has its own trained weights.
      var scenario = base
      // A seed string already fixes the points and weights; a file takes one or the other.
      if scenario.tfSeed == nil { scenario.seed = resolved.seed }
      if scenario.pointTable != nil, let shared = sessions.first {
        // Points from a file go into the scenario (every variant has them), so the saved
        // file stands alone wherever it is written.
        scenario.data = shared.data
        (scenario.dataFile, scenario.pointTable) = (nil, nil)
      }
      if case .failure(let error) = ScenarioFiles.write(scenario, to: save, overwrite: true) {
        throw .runtime("playground-tui: \(error.message)")
      }
    }
  }
}
