import ArgumentParser
import Dispatch
import Foundation
import PlaygroundCore
import PlaygroundTUI

/// `playground-tui`: the interactive playground, and its headless commands.
@main
struct PlaygroundCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "playground-tui",
    abstract: "TensorFlow Playground in the terminal: train a neural network and watch it learn.",
    version: "0.1.0",
    subcommands: [
      TrainCommand.self, InspectCommand.self, ValidateCommand.self, PresetsCommand.self,
      ImportURLCommand.self, ExportURLCommand.self, ExportDataCommand.self,
    ])

  @OptionGroup var scenarioOptions: ScenarioOptions

  @Option(help: "Colours: auto, truecolor, 256, 16 or mono (NO_COLOR also means mono).")
  var color: ColorChoice = .auto

  @Option(help: "dark, or light for projectors.")
  var theme: ThemeChoice = .dark

  @Option(help: "The screen's language: ru or en (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: LanguageOption?

  mutating func run() throws(CommandFailure) {
    let resolved = try scenarioOptions.resolve()
    try Interactive.run(
      InteractiveLaunch(
        scenario: resolved.scenario, seed: resolved.seed, presetName: resolved.name,
        lessons: Lessons(order: ScenarioFiles.presetIDs(), current: resolved.presetID),
        notes: resolved.notes, language: lang?.language,
        color: color.tier, theme: theme.theme,
        listPresets: { deliver in
          // Off the UI thread: a folder of large presets must not freeze the screen.
          DispatchQueue.global(qos: .userInitiated).async {
            ScenarioFiles.listPresets(deliver: deliver)
          }
        },
        loadPreset: { id in
          ScenarioFiles.load(preset: id).map { scenario in
            LoadedPreset(
              id: id, scenario: scenario,
              seed: scenario.seed ?? scenario.tfSeed.map(Scenario.integerSeed(fromTFSeed:))
                ?? Scenario.drawSeed())
          }
        },
        save: { session, path, includeWeights, overwrite in
          let scenario = session.scenarioForSaving(includeWeights: includeWeights)
          return ScenarioFiles.write(scenario, to: path, overwrite: overwrite)
        }))
  }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, truecolor
  case ansi256 = "256"
  case ansi16 = "16"
  case mono

  var tier: ColorTier? {
    switch self {
    case .auto: return nil
    case .truecolor: return .truecolor
    case .ansi256: return .ansi256
    case .ansi16: return .ansi16
    case .mono: return .mono
    }
  }
}

/// `--lang`.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
  case ru, en
  var language: Language { self == .ru ? .ru : .en }
}

/// `--theme`.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
  case dark, light
  var theme: Theme { self == .dark ? .dark : .light }
}
