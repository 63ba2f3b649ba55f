import PlaygroundCore

/// How fast the background queue trains, independent of the frame rate.
public struct TrainingSpeed: Equatable, Hashable, Sendable {
  /// Target epochs per second; `nil` means as fast as the machine goes.
  public var epochsPerSecond: Int?

  public init(epochsPerSecond: Int?) {
    self.epochsPerSecond = epochsPerSecond
  }

  /// The steps `<` and `>` move through: 1 is slow motion, 30 is about the original's
  /// one epoch per frame, nil is max.
  public static let levels: [TrainingSpeed] = [1, 3, 10, 30, 60, 120, 300, 1000].map {
    TrainingSpeed(epochsPerSecond: $0)
  } + [TrainingSpeed(epochsPerSecond: nil)]

  public static let `default` = TrainingSpeed(epochsPerSecond: 60)

  /// For the top bar: "60/s" or "max".
  public var title: String { epochsPerSecond.map { "\($0)/s" } ?? "max" }
}

/// A preset as the picker lists it.
public struct PresetSummary: Equatable, Hashable, Sendable {
  /// What `--preset` takes: the file name without `.json`.
  public var id: String
  public var name: String
  public var description: String

  public init(id: String, name: String, description: String) {
    self.id = id
    self.name = name
    self.description = description
  }
}

/// IO and training requests that `AppState.apply` returns for the run loop to carry out.
public enum Effect: Equatable, Sendable {
  /// Send a command to the background session.
  case session(SessionCommand)
  case setRunning(Bool)
  case setSpeed(TrainingSpeed)
  /// Read the preset list; the answer comes back as `Action.presetsListed`.
  case listPresets
  /// Load a preset by name or path; the answer comes back as `Action.presetLoaded`.
  case loadPreset(String)
  /// Save the current session to `path`; the answer comes back as `Action.saved`.
  case save(path: String, includeWeights: Bool, overwrite: Bool)
  case quit
}
