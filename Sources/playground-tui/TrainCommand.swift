import ArgumentParser
import Foundation
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

  @Option(help: "Write a scenario with the trained parameters to this file.")
  var save: String?

  func validate() throws {
    guard epochs >= 0 else { throw ValidationError("--epochs must be 0 or more.") }
  }

  func run() throws(CommandFailure) {
    let resolved = try scenarioOptions.resolve()
    for note in resolved.notes { printError("note: \(note)") }
    if resolved.seedWasChosen { printError("seed: \(resolved.seed)") }

    let sink: OutputSink
    do {
      sink = try OutputSink(path: output)
    } catch {
      throw .runtime("playground-tui: \(output ?? "-"): cannot write here")
    }
    var session = Session(scenario: resolved.scenario, seed: resolved.seed)
    var writer = TrainReportWriter(
      format: format, seed: resolved.seed,
      classification: resolved.scenario.problem == .classification, sink: sink)
    writer.begin()
    writer.row(session.report)
    var epoch = 0
    while epoch < epochs && !session.isDiverged {
      session.step()
      epoch += 1
      writer.row(session.report)
    }
    writer.end(final: session.network.parameters)
    sink.flush()
    if session.isDiverged {
      printError(
        "note: training diverged at epoch \(session.epoch) (a loss or weight is no longer finite); "
          + "try a lower learning rate")
    }
    if let save {
      let scenario = session.scenarioForSaving(includeWeights: true)
      if case .failure(let error) = ScenarioFiles.write(
        scenario.encodedJSON(), to: save, overwrite: true)
      {
        throw .runtime("playground-tui: \(error.message)")
      }
    }
  }
}

/// `--format`.
enum TrainFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}

/// Buffered output to stdout or a file: rows are gathered and written in large chunks so
/// the command line keeps up with the engine.
final class OutputSink {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(path: String?) throws {
    if let path {
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw CocoaError(.fileWriteNoPermission) }
      self.handle = handle
    } else {
      handle = FileHandle.standardOutput
    }
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
