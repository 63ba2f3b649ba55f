import PlaygroundCore

/// Everything the screen shows, changed only by `apply(_:)`.
///
/// AppState holds a copy of the background session. When a key asks for a session
/// change, `apply` returns `Effect.session(command)` for the run loop **and** applies the
/// same command to its copy at once (optimistically), so the screen reacts in the same
/// frame. The next `Action.sessionUpdated` snapshot replaces the copy; `Session.apply`
/// is deterministic, so both agree.
public struct AppState: Sendable {
  /// The newest snapshot (or the optimistic copy).
  public private(set) var session: Session
  /// Whether the background queue is training.
  public private(set) var isRunning = false
  public private(set) var speed: TrainingSpeed
  /// The loaded preset's name, shown in the top bar.
  public private(set) var presetName: String?
  /// The terminal size, from resize events (mouse hit-testing needs it).
  public private(set) var screen = Size(width: 80, height: 24)
  public internal(set) var selection = Selection()
  public internal(set) var overlay = Overlay.none
  public internal(set) var message: Message?
  /// `f`: only the heatmap, the network and the loss, large.
  public internal(set) var presentation = false
  /// Milliseconds, from the last `.tick`.
  public private(set) var clock = 0
  /// The glyphs and colours the screen is drawn with: clicks are matched against the
  /// same geometry (ASCII checkboxes, for one, are wider).
  public internal(set) var renderOptions = RenderOptions()
  /// The last save asked for, so "overwrite? y" can repeat it.
  var lastSave: SaveRequest?

  /// A state showing `session`, paused.
  /// - Parameter notice: a line shown until the first key (say, that a TensorFlow
  ///   Playground link's points are generated anew).
  public init(
    session: Session, presetName: String?, speed: TrainingSpeed = .default, notice: String? = nil
  ) {
    self.session = session
    self.presetName = presetName
    self.speed = speed
    if let notice { message = Message(text: notice, isError: false, expires: nil) }
  }

  /// The only mutator: handles one action and returns what the run loop must do.
  public mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .input(.key(let key)):
      if message?.expires == nil { message = nil }
      return handle(key)
    case .input(.mouse(let event)):
      return handle(event)
    case .input(.resize(let size)):
      screen = size
      return []
    case .sessionUpdated(let snapshot, let running):
      session = snapshot
      isRunning = running
      clampSelection()
      return []
    case .presetsListed(let list):
      if case .presets(var picker) = overlay {
        picker.presets = list
        picker.cursor = Swift.min(picker.cursor, Swift.max(0, list.count - 1))
        overlay = .presets(picker)
      }
      return []
    case .presetLoaded(.success(let preset)):
      let command = SessionCommand.load(preset.scenario, seed: preset.seed)
      session.apply(command)
      presetName = preset.scenario.name ?? preset.id
      selection = Selection()
      note("Loaded \(presetName ?? preset.id)")
      // A new lesson starts paused, as the original does after a page load: the class
      // sees the data and the untrained network first.
      return [setRunning(false), .session(command)]
    case .presetLoaded(.failure(let error)):
      fail(error.message)
      return []
    case .saved(.success(let path)):
      note("Saved \(path)")
      return []
    case .saved(.failure(let error)):
      if error.fileExists, let pending = lastSave {
        overlay = .prompt(.confirmOverwrite(path: pending.path, includeWeights: pending.weights))
      } else {
        fail(error.message)
      }
      return []
    case .tick(let milliseconds):
      clock = milliseconds
      if let expires = message?.expires, expires <= clock { message = nil }
      return []
    }
  }


  /// Shows a note that fades after three seconds.
  mutating func note(_ text: String) {
    message = Message(text: text, isError: false, expires: clock + 3000)
  }

  /// Shows an error until the next key.
  mutating func fail(_ text: String) {
    message = Message(text: text, isError: true, expires: nil)
  }

  /// Sends a command to the background session and applies it to the local copy.
  mutating func send(_ command: SessionCommand) -> [Effect] {
    session.apply(command)
    clampSelection()
    return [.session(command)]
  }

  mutating func setRunning(_ running: Bool) -> Effect {
    isRunning = running
    return .setRunning(running)
  }

  mutating func setSpeed(_ newSpeed: TrainingSpeed) -> Effect {
    speed = newSpeed
    return .setSpeed(newSpeed)
  }

  /// Keeps the selection pointing at things that exist after the network changed.
  mutating func clampSelection() {
    let hidden = session.scenario.hiddenLayers.count
    selection.layer = Swift.min(Swift.max(0, selection.layer), Swift.max(0, hidden - 1))
    if let focus = selection.focus, focus.value(in: session.network) == nil {
      selection.focus = nil
    }
    if case .neuron(let layer, let index) = selection.map,
      layer > hidden || index >= session.scenario.hiddenLayers[Swift.max(0, layer - 1)]
    {
      selection.map = .output
    }
  }
}

/// A save the user asked for.
struct SaveRequest: Equatable, Sendable {
  var path: String
  var weights: Bool
}
