import ArgumentParser
import PlaygroundCore

/// `playground-tui train`: headless training; stdout carries only the result rows.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train", abstract: "Train without a screen and print the losses of every epoch.")

  @OptionGroup var scenarioOptions: ScenarioOptions

  @Option(help: "Epochs to train (rows 0...N are printed).")
  var epochs: Int = 100

  @Option(help: "table, csv or json.")
  var format: TrainFormat = .table

  @Option(help: "Write the rows to this file instead of standard output.")
  var output: String?

  @Option(
    help:
      "Write a scenario with the trained parameters to this file (with variants: the comparison).")
  var save: String?

  @Option(
    name: .customLong("variant"),
    help: ArgumentHelp(
      "Compare 2 to 4 variants: give it once per variant, as key=value[;key=value] with "
        + "values as in a scenario file (activation=relu;hiddenLayers=[8,4], batchSize=all).",
      valueName: "overrides"))
  var variants: [String] = []

  func validate() throws {
    guard epochs >= 0 else { throw ValidationError("--epochs must be 0 or more.") }
    if !variants.isEmpty && !ScenarioOverrides.variantCount.contains(variants.count) {
      throw ValidationError(
        "--variant is given \(variants.count) time\(variants.count == 1 ? "" : "s"); "
          + "a comparison has 2 to 4 variants.")
    }
  }

  func run() throws(CommandFailure) {
    let resolved = try scenarioOptions.resolve()
    for note in resolved.notes { printError("note: \(note)") }
    if resolved.seedWasChosen { printError("seed: \(resolved.seed)") }
    if !variants.isEmpty || !resolved.scenario.compare.isEmpty {
      try runComparison(resolved)
      return
    }

    let file: OutputFile
    do {
      file = try output.map(OutputFile.open) ?? OutputFile.standardOutput()
    } catch {
      throw CommandFailure(error)
    }
    let interruption = Interruption()
    var session = Session(scenario: resolved.scenario, seed: resolved.seed)
    var writer = TrainReportWriter(
      format: format, seed: resolved.seed,
      classification: resolved.scenario.problem == .classification,
      hasTestData: !session.data.test.isEmpty, output: BufferedOutput(file))
    writer.tfSeed = session.scenario.tfSeed
    writer.begin()
    writer.row(session.report)
    var epoch = 0
    // A failed write ends the run: no one reads the rest.
    while epoch < epochs && !session.isDiverged && writer.output.failure == nil {
      if let signal = interruption.signal {
        // Stopped part-way: what was at --output stays as it was, with no temporary file.
        writer.output.discard()
        interruption.end(by: signal)
      }
      session.step()
      epoch += 1
      writer.row(session.report)
    }
    writer.end(final: session.network.parameters)
    do {
      try writer.output.finish()
    } catch {
      throw CommandFailure(error)
    }
    if session.isDiverged {
      printError(
        "note: training diverged at epoch \(session.epoch) (a loss or weight is no longer finite); "
          + "try a lower learning rate")
    }
    if let save {
      guard session.network.isFinite else {
        throw .runtime(
          "playground-tui: \(save.shown): not saved: training diverged at epoch "
            + "\(session.epoch), so the weights are not finite numbers; train fewer epochs or "
            + "lower the learning rate")
      }
      let scenario = session.scenarioForSaving(includeWeights: true)
      if case .failure(let error) = ScenarioFiles.write(scenario, to: save, overwrite: true) {
        throw .runtime("playground-tui: \(error.message)")
      }
    }
  }
}

/// `--format`.
enum TrainFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
