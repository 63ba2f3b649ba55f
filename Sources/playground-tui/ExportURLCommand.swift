import ArgumentParser
import PlaygroundCore

/// `playground-tui export-url [--preset P | FILE]`: the TensorFlow Playground link that
/// opens a scenario in the original page.
struct ExportURLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-url",
    abstract: "Print the TensorFlow Playground link that opens a scenario in the original.")

  @OptionGroup var scenarioOptions: ScenarioOptions

  @Argument(help: "A scenario file (instead of --preset).")
  var file: String?

  func validate() throws {
    let sources = [scenarioOptions.preset, scenarioOptions.tfURL, file].compactMap { $0 }
    if sources.count != 1 {
      throw ValidationError("Give one scenario: a file, --preset or --tf-url.")
    }
  }

  func run() throws(CommandFailure) {
    var options = scenarioOptions
    if let file { options.preset = file.contains("/") ? file : "./" + file }
    let resolved = try options.resolve()
    for note in resolved.notes { printError("note: \(note)") }
    let display = file ?? scenarioOptions.preset.map(Self.display) ?? "--tf-url"
    let link: (url: String, notes: [String])
    do {
      link = try resolved.scenario.tfPlaygroundURL(fallbackSeed: resolved.seed)
    } catch {
      throw .badInput(["playground-tui: \(display.shown): \(error.description)"])
    }
    for note in link.notes { printError("note: \(note)") }
    try printOutput(link.url + "\n")
  }

  /// How `--preset X` names its file in messages.
  private static func display(_ preset: String) -> String {
    ScenarioFiles.isPath(preset) ? preset : "Presets/\(preset).json"
  }
}
