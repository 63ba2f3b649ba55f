import PlaygroundCore

/// A preset the executable read and validated, with the seed it resolved (the preset's
/// own, or a fresh one it reports).
public struct LoadedPreset: Equatable, Sendable {
  public var id: String
  public var scenario: Scenario
  public var seed: UInt64

  public init(id: String, scenario: Scenario, seed: UInt64) {
    self.id = id
    self.scenario = scenario
    self.seed = seed
  }
}

/// Everything that happens to the app: input, a new snapshot from the background queue,
/// and the answers to effects.
///
/// `AppState.apply(_:)` is the only thing that changes state.
public enum Action: Sendable {
  case input(InputEvent)
  /// A mouse press on a clickable region of the frame on screen (`Frame.action(for:)`).
  case clicked(ClickAction)
  /// The newest snapshot published by the worker.
  case sessionUpdated(LiveSnapshot)
  /// The presets read so far; `isComplete` once every file was read.
  case presetsListed([PresetSummary], isComplete: Bool)
  /// A load error is one line naming file, key path and allowed values.
  case presetLoaded(Result<LoadedPreset, ScenarioFileError>)
  /// The path written, or why not.
  case saved(Result<String, ScenarioFileError>)
  /// Wall-clock time moved on (milliseconds since start), for transient messages.
  case tick(milliseconds: Int)
  /// Whether the clipboard copy was written (false when the output is not a terminal).
  case copied(Bool)
}
