import ArgumentParser
import PlaygroundCore
import PlaygroundTUI

/// `playground-tui inspect`: trains N epochs headless, then prints one training point's
/// forward and backward pass (z, a, δ and the gradients of that point's own loss).
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Train N epochs, then print one training point's forward and backward pass.")

  @OptionGroup var scenarioOptions: ScenarioOptions

  @Option(help: "Epochs to train first.")
  var epochs: Int = 0

  @Option(help: "The training point, 0-based, in the stored training order.")
  var point: Int

  @Option(help: "json or table.")
  var format: InspectFormat = .table

  func validate() throws {
    guard epochs >= 0 else { throw ValidationError("--epochs must be 0 or more.") }
  }

  func run() throws(CommandFailure) {
    let resolved = try scenarioOptions.resolve()
    for note in resolved.notes { printError("note: \(note)") }
    if resolved.seedWasChosen { printError("seed: \(resolved.seed)") }
    var session = Session(scenario: resolved.scenario, seed: resolved.seed)
    let count = session.data.train.count
    guard session.data.train.indices.contains(point) else {
      throw .badInput([
        "playground-tui: --point \(point) is out of range 0...\(count - 1) "
          + "(the training set has \(count) points)"
      ])
    }
    session.train(epochs: epochs)
    if session.isDiverged {
      printError(
        "note: training diverged at epoch \(session.epoch) (a loss or weight is no longer finite)")
    }
    let snapshot = session.snapshot
    guard let trace = snapshot.trace(point: point) else { return }
    let text: String
    switch format {
    case .json: text = InspectReport.json(trace)
    case .table:
      text = InspectReport.table(
        trace, network: snapshot.network, features: snapshot.scenario.features,
        epoch: snapshot.epoch)
    }
    var output = BufferedOutput(OutputFile.standardOutput())
    output.write(text)
    do {
      try output.finish()
    } catch {
      throw CommandFailure(error)
    }
  }
}

/// `inspect --format`.
enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
