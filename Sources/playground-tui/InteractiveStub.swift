import PlaygroundCore
import PlaygroundTUI

/// What the interactive playground needs from the command line.
struct InteractiveLaunch {
  var scenario: Scenario
  var seed: UInt64
  var presetName: String?
  var color: ColorTier?
  var theme: Theme
  var listPresets: @Sendable () -> [PresetSummary]
  var loadPreset: @Sendable (String) -> Result<LoadedPreset, PresetLoadError>
  var save: @Sendable (_ session: Session, _ path: String, _ includeWeights: Bool, _ overwrite: Bool)
    -> Result<String, PresetLoadError>
}

/// Placeholder until the screen lands: prints the usage.
enum Interactive {
  static func run(_ launch: InteractiveLaunch) -> Int32 {
    print(PlaygroundCommand.helpMessage())
    return 0
  }
}
