import PlaygroundCore

/// Everything the screen shows, changed only by `apply(_:)`.
///
/// The session itself lives on the worker (`LiveSession`), which alone applies commands
/// and trains (DESIGN.md §6). AppState holds the newest snapshot the worker published and
/// the settings as they will be once the commands it sent are applied: a key that changes
/// a setting sends a numbered command and updates `settings` at once (cheap: no data, no
/// weights), so the top bar follows the key in the same frame and the next key builds on
/// it; data, weights and losses wait for the snapshot, which arrives within a frame. A
/// snapshot taken before the worker applied the last command sent is ignored.
public struct AppState: Sendable {
  /// The newest snapshot the worker published after every command sent so far.
  public private(set) var snapshot: SessionSnapshot
  /// `snapshot.scenario` with the commands still on their way applied: what the
  /// controls show and the next key changes.
  public private(set) var settings: Scenario
  /// Whether the worker trains (or will, once it has the last command).
  public private(set) var isRunning = false
  public private(set) var speed: TrainingSpeed
  /// The sequence number of the last command sent to the worker.
  public private(set) var sentCommand: UInt64 = 0
  /// The loaded preset's name, shown in the top bar.
  public private(set) var presetName: LocalizedText?
  /// The lecture's order of presets and the one on screen (`]`, `[`, the top bar's `3/21`).
  public private(set) var lessons: Lessons
  public internal(set) var selection = Selection()
  public internal(set) var overlay = Overlay.none
  public internal(set) var message: Message?
  /// `f`: only the heatmap, the network and the loss, large.
  public internal(set) var presentation = false
  /// `y`: the loss chart's y axis is logarithmic (else it starts at 0).
  public internal(set) var logScale = false
  /// `i`: the backprop inspector, when open.
  public internal(set) var inspector: Inspector?
  /// `I`: the activation panel (φ, φ′, the selected layer's z, gradient flow).
  public internal(set) var activationPanel = false
  /// While the scenario compares variants: the newest snapshot of each (issue 13).
  public private(set) var variants: [SessionSnapshot] = []
  /// `h`: the compare chart shows the training losses too.
  public internal(set) var compareShowsTrainLoss = false
  /// `j`: the compare chart's x axis counts weight updates instead of epochs.
  public internal(set) var compareAxisInUpdates = false
  /// Milliseconds, from the last `.tick`.
  public private(set) var clock = 0
  /// The last save asked for, so "overwrite? y" can repeat it.
  var lastSave: SaveRequest?
  /// A save asked for before the worker applied every command sent: it waits for the
  /// snapshot that has them.
  var pendingSave: SaveRequest?
  /// False from the moment a command is sent until a snapshot that applied it arrives.
  private(set) var snapshotIsCurrent = true

  /// A state showing `snapshot`, paused.
  ///
  /// - Parameters:
  ///   - snapshot: the session as the worker starts it.
  ///   - presetName: the preset's name for the top bar, if one was loaded.
  ///   - speed: the training speed the worker starts with.
  ///   - notice: a line shown until the first key (say, what a TensorFlow Playground
  ///     link held that was ignored).
  ///   - lessons: the presets in lecture order, and the one loaded if it is one of them.
  ///   - variants: the variants' sessions, when the scenario compares some.
  public init(
    snapshot: SessionSnapshot, presetName: LocalizedText?, speed: TrainingSpeed = .default,
    notice: Phrase? = nil, lessons: Lessons = Lessons(), variants: [SessionSnapshot] = []
  ) {
    self.snapshot = snapshot
    self.variants = variants
    settings = snapshot.scenario
    self.presetName = presetName
    self.lessons = lessons
    self.speed = speed
    if let notice { message = Message(text: notice, isError: false, expires: nil) }
  }

  /// The only mutator: handles one action and returns what the run loop must do.
  public mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .input(.key(let key)):
      if message?.expires == nil { message = nil }
      return handle(key)
    case .input(.mouse), .input(.resize):
      return []  // clicks arrive as `.clicked` from the frame that was drawn
    case .clicked(let click):
      return handle(click)
    case .sessionUpdated(let live):
      guard live.appliedCommand >= sentCommand else { return [] }  // older than a command
      snapshot = live.session
      variants = live.variants
      snapshotIsCurrent = true
      settings = live.session.scenario
      isRunning = live.isRunning
      clampSelection()
      // A save asked for while commands were on their way writes what they made.
      if let pending = pendingSave {
        pendingSave = nil
        return save(pending.path, weights: pending.weights, overwrite: pending.overwrite)
      }
      return []
    case .presetsListed(let list, let isComplete):
      // The picker's list is in lecture order too, and newer.
      if isComplete { lessons.order = list.map(\.id) }
      func listed(_ picker: PresetPicker) -> PresetPicker {
        var picker = picker
        picker.presets = list
        picker.isComplete = isComplete
        picker.cursor = Swift.min(picker.cursor, Swift.max(0, list.count - 1))
        return picker
      }
      switch overlay {
      case .presets(let picker): overlay = .presets(listed(picker))
      case .prompt(.tfLink(let field, let error, let picker)):
        overlay = .prompt(.tfLink(field, error: error, picker: listed(picker)))
      default: break
      }
      return []
    case .presetLoaded(.success(let preset)):
      let name = preset.scenario.name ?? LocalizedText(en: preset.id)
      note(Phrase(.loaded, .localized(name)))
      return load(preset.scenario, seed: preset.seed, name: name, lesson: preset.id)
    case .presetLoaded(.failure(let error)):
      fail(.verbatim(error.message))
      return []
    case .saved(.success(let path)):
      note(Phrase(.saved, .plain(path)))
      return []
    case .saved(.failure(let error)):
      if error.fileExists, let pending = lastSave {
        overlay = .prompt(.confirmOverwrite(path: pending.path, includeWeights: pending.weights))
      } else {
        fail(.verbatim(error.message))
      }
      return []
    case .copied(let copied):
      if case .link(var share) = overlay {
        share.copied = copied
        overlay = .link(share)
      }
      return []
    case .tick(let milliseconds):
      clock = milliseconds
      if let expires = message?.expires, expires <= clock { message = nil }
      return []
    }
  }

  /// True while the scenario compares variants (as the settings say, so the key that
  /// starts or ends it shows at once).
  public var isComparing: Bool { !settings.compare.isEmpty }

  /// True when nothing on screen can train: the session diverged, or every variant did.
  var everythingDiverged: Bool {
    isComparing && !variants.isEmpty ? variants.allSatisfy(\.isDiverged) : snapshot.isDiverged
  }

  /// Replaces the session with `scenario`, as a preset or a link loads.
  ///
  /// The top bar names it, the selection starts over, and it arrives paused. `lesson` is
  /// the preset's name (a link is none).
  mutating func load(
    _ scenario: Scenario, seed: UInt64, name: LocalizedText, lesson: String?
  ) -> [Effect] {
    presetName = name
    lessons.current = lesson
    selection = Selection()
    // The inspector and the panel belong to the network that was on screen; a compare
    // preset would not draw them at all.
    (inspector, activationPanel) = (nil, false)
    // A new lesson starts paused, as the original does after a page load: the class
    // sees the data and the untrained network first.
    return [setRunning(false)] + send(.load(scenario, seed: seed))
  }

  /// Shows a note that fades after three seconds.
  mutating func note(_ text: Phrase) {
    message = Message(text: text, isError: false, expires: clock + 3000)
  }

  /// Shows an error until the next key.
  mutating func fail(_ text: Phrase) {
    message = Message(text: text, isError: true, expires: nil)
  }

  /// Sends a session change to the worker; the settings follow at once.
  mutating func send(_ command: SessionCommand) -> [Effect] {
    settings = settings.applying(command)
    clampSelection()
    return [post(.session(command))]
  }

  mutating func setRunning(_ running: Bool) -> Effect {
    isRunning = running
    return post(.setRunning(running))
  }

  mutating func setSpeed(_ newSpeed: TrainingSpeed) -> Effect {
    speed = newSpeed
    return post(.setSpeed(newSpeed))
  }

  /// Numbers a command for the worker.
  private mutating func post(_ command: LiveCommand) -> Effect {
    sentCommand += 1
    snapshotIsCurrent = false
    return .send(command, sequence: sentCommand)
  }

  /// Keeps the selection pointing at things that exist: the selected layer in the
  /// settings, the focused item and the big map in the network on screen.
  mutating func clampSelection() {
    let layers = settings.hiddenLayers.count
    selection.layer = Swift.min(Swift.max(0, selection.layer), Swift.max(0, layers - 1))
    let network = snapshot.network
    if let focus = selection.focus, focus.value(in: network) == nil {
      selection.focus = nil
    }
    if var inspector {
      let count = snapshot.data.train.count
      inspector.point = Swift.min(Swift.max(0, inspector.point), Swift.max(0, count - 1))
      inspector.cursor = Swift.min(Swift.max(0, inspector.cursor), Swift.max(0, count - 1))
      inspector.phase = inspector.phase.clamped(layers: network.transitionCount)
      self.inspector = inspector
    }
    if case .neuron(let layer, let index) = selection.map,
      layer < 1 || layer >= network.layerSizes.count - 1 || index >= network.layerSizes[layer]
    {
      selection.map = .output
    }
  }
}

/// A save the user asked for.
struct SaveRequest: Equatable, Sendable {
  var path: String
  var weights: Bool
  var overwrite = false
}
