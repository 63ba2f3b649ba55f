import PlaygroundCore

/// IO and training requests that `AppState.apply` returns for the run loop to carry out.
public enum Effect: Equatable, Sendable {
  /// Send a command to the worker that owns the session, with its sequence number.
  case send(LiveCommand, sequence: UInt64)
  /// Read the preset list; the answer comes back as `Action.presetsListed`.
  case listPresets
  /// Load a preset by name or path; the answer comes back as `Action.presetLoaded`.
  case loadPreset(String)
  /// Save the session on screen to `path`; the answer comes back as `Action.saved`.
  case save(path: String, includeWeights: Bool, overwrite: Bool)
  /// Put `text` on the terminal's clipboard (OSC 52, where the terminal allows it); the
  /// answer comes back as `Action.copied`.
  case copyToClipboard(String)
  case quit
}
