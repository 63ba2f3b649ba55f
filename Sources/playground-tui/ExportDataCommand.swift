import ArgumentParser
import PlaygroundCore

/// `playground-tui export-data`: the points a scenario trains on, as CSV that `--data`
/// reads back to the same run, bit for bit.
struct ExportDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-data",
    abstract: "Write a scenario's train and test points as CSV (x,y,label,split).")

  @OptionGroup var scenarioOptions: ScenarioOptions

  @Option(help: "Write the points to this file instead of standard output.")
  var output: String?

  func run() throws(CommandFailure) {
    let resolved = try scenarioOptions.resolve()
    for note in resolved.notes { printError("note: \(note)") }
    if resolved.seedWasChosen { printError("seed: \(resolved.seed)") }
    let session = Session(scenario: resolved.scenario, seed: resolved.seed)
    let text = PointTable.csvText(of: session.data)
    let outside = (session.data.train + session.data.test).filter {
      !(-6...6).contains($0.x) || !(-6...6).contains($0.y)
    }.count
    if outside > 0 {
      // Only noisy gauss strays that far; the file stays exact, but --data checks the square.
      printError(
        "note: \(outside) points lie outside the playground's square -6...6 (noise); "
          + "--data will refuse those lines")
    }
    do throws(WriteFailure) {
      let file = try output.map(OutputFile.open) ?? OutputFile.standardOutput()
      do throws(WriteFailure) {
        try file.write(Array(text.utf8))
        try file.commit()
      } catch {
        file.discard()
        throw error
      }
    } catch {
      throw CommandFailure(error)
    }
  }
}
