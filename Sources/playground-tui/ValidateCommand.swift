import ArgumentParser
import PlaygroundCore

/// `playground-tui validate PATH...`: `ok PATH` on stdout for each valid file, and every
/// problem of each other one on stderr, one line each in the order of the file; exit 0
/// when all are valid, 2 otherwise.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check scenario files and list every problem.")

  @Argument(help: "Scenario files to check.")
  var paths: [String]

  func run() throws(CommandFailure) {
    var allValid = true
    for path in paths {
      let problems = ScenarioFiles.problems(in: ScenarioFile(path: path))
      if problems.isEmpty {
        try printOutput("ok \(path.shown)\n")
      } else {
        allValid = false
        for line in problems { printError(line) }
      }
    }
    // The problems were printed file by file, in the order the files were given.
    if !allValid { throw .badInput([]) }
  }
}

/// `playground-tui presets`: each preset's name and lesson.
struct PresetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "presets", abstract: "List the presets and the lesson each one shows.")

  func run() throws(CommandFailure) {
    let presets = ScenarioFiles.listPresets()
    let width = (presets.map(\.id.count).max() ?? 0) + 2
    for preset in presets {
      let padding = String(repeating: " ", count: max(1, width - preset.id.count))
      try printOutput(
        preset.id.shown + padding
          + preset.description.en.escapedForMessage(limit: .max) + "\n")
    }
  }
}

/// `playground-tui import-url URL`: the scenario JSON of a TensorFlow Playground link.
struct ImportURLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import-url", abstract: "Print a TensorFlow Playground link as a scenario file.")

  @Argument(help: "A playground.tensorflow.org link (or just its #... part).")
  var url: String

  func run() throws(CommandFailure) {
    let imported: (scenario: Scenario, notes: [String])
    do {
      imported = try Scenario.fromTFPlaygroundURL(url)
    } catch {
      throw .badInput(["playground-tui: \(error.description)"])
    }
    for note in imported.notes { printError("note: \(note)") }
    try printOutput(imported.scenario.encodedJSON())
  }
}
