import PlaygroundCore
import Synchronization

/// The IO the run loop asks the executable for: reading and writing scenario files.
public struct RunLoopServices: Sendable {
  /// Lists the presets the picker offers, off the UI thread: it returns at once and calls
  /// `deliver` (from any thread) with the list read so far, as often as it likes, the last
  /// time with `isComplete` true.
  public var listPresets:
    @Sendable (
      _ deliver: @escaping @Sendable (_ presets: [PresetSummary], _ isComplete: Bool) -> Void
    ) -> Void
  /// Wakes the run loop's terminal from another thread (so a delivered list shows).
  public var wake: @Sendable () -> Void
  /// Loads a preset by name or path.
  public var loadPreset: @Sendable (String) -> Result<LoadedPreset, ScenarioFileError>
  /// Saves the session on screen to a path; returns the path written.
  public var save:
    @Sendable (
      _ session: SessionSnapshot, _ path: String, _ includeWeights: Bool, _ overwrite: Bool
    ) -> Result<String, ScenarioFileError>

  public init(
    listPresets:
      @escaping @Sendable (@escaping @Sendable ([PresetSummary], Bool) -> Void) -> Void,
    wake: @escaping @Sendable () -> Void = {},
    loadPreset: @escaping @Sendable (String) -> Result<LoadedPreset, ScenarioFileError>,
    save:
      @escaping @Sendable (SessionSnapshot, String, Bool, Bool) -> Result<String, ScenarioFileError>
  ) {
    self.listPresets = listPresets
    self.wake = wake
    self.loadPreset = loadPreset
    self.save = save
  }
}

/// How long frames took, for `PLAYGROUND_DEBUG_STATS` and tests.
public struct FrameStats: Equatable, Sendable {
  public var frames = 0
  /// Total time spent in the views (`FrameRenderer.render`).
  public var renderTime = Duration.zero
  /// Total time spent handing frames to the terminal (`Terminal.present`).
  public var presentTime = Duration.zero
  /// The slowest render + present.
  public var slowestFrame = Duration.zero

  public init() {}
}

/// The UI loop (style.md §3.5): input event → `Action` → `AppState.apply` → effects
/// carried out → a frame rendered and presented when something changed, at most once per
/// `frameInterval`.
///
/// It never polls: `run()` blocks in `Terminal.nextEvent` until input arrives, the
/// terminal is woken (the executable wakes it when `LiveSession` publishes), or a frame or
/// tick is due. Tests drive it one step at a time with `runOnce(timeoutMilliseconds:)`
/// and a manual clock.
public struct RunLoop<Screen: Terminal> {
  public private(set) var state: AppState
  public private(set) var terminal: Screen
  public let live: LiveSession
  /// Colour tier, glyphs and theme.
  public var options: RenderOptions
  /// True after a `.quit` effect or an outside quit request.
  public private(set) var isFinished = false
  public private(set) var stats = FrameStats()

  private let services: RunLoopServices
  private let clock: any PacingClock
  private let frameInterval: Duration
  private let isQuitRequested: @Sendable () -> Bool
  private var renderer = FrameRenderer()
  /// Answers that arrive from other threads (the preset list), applied on the next turn.
  private let arrivals = Arrivals()
  /// The frame on screen: clicks are matched against the regions it was drawn with.
  public private(set) var frame: Frame?
  private let start: Duration
  private var seenGeneration: UInt64
  private var needsRender = true
  /// When the last frame counts as drawn, for the frame cap (see `renderIfDue`).
  private var lastFrame: Duration?
  /// Ticks (for transient messages) are sent only for a while after the last event, so
  /// an idle, paused playground makes no wake-ups at all.
  private var ticksUntil: Duration?
  private var lastTick: Duration?
  private static var tickInterval: Duration { .milliseconds(250) }
  private static var tickWindow: Duration { .seconds(5) }

  /// - Parameters:
  ///   - state: the initial UI state.
  ///   - terminal: where frames go and events come from.
  ///   - live: the background session the effects talk to.
  ///   - options: colour tier, glyphs and theme for the views.
  ///   - services: file IO for presets.
  ///   - clock: caps the frame rate and times frames.
  ///   - frameInterval: the shortest time between two frames (default 1/30 s).
  ///   - isQuitRequested: checked on every turn (signals set it from another thread).
  public init(
    state: AppState, terminal: Screen, live: LiveSession, options: RenderOptions,
    services: RunLoopServices, clock: any PacingClock,
    frameInterval: Duration = .milliseconds(33),
    isQuitRequested: @escaping @Sendable () -> Bool = { false }
  ) {
    self.state = state
    self.terminal = terminal
    self.live = live
    self.options = options
    self.services = services
    self.clock = clock
    self.frameInterval = frameInterval
    self.isQuitRequested = isQuitRequested
    start = clock.now()
    seenGeneration = live.generation
  }

  /// Runs until quit: blocks between turns, so it uses no CPU while nothing happens.
  public mutating func run() {
    while !isFinished {
      runOnce(timeoutMilliseconds: nextWaitMilliseconds())
    }
  }

  /// One turn: waits at most `timeoutMilliseconds` (negative: until something arrives)
  /// for an event, handles it and whatever else is ready, takes in a new snapshot, and
  /// draws a frame if one is due.
  public mutating func runOnce(timeoutMilliseconds: Int) {
    var timeout = timeoutMilliseconds
    for _ in 0..<64 {
      guard !isFinished, !isQuitRequested(),
        let event = terminal.nextEvent(timeoutMilliseconds: timeout)
      else { break }
      handle(event)
      timeout = 0
    }
    if isQuitRequested() { isFinished = true }
    guard !isFinished else { return }
    for action in arrivals.take() {
      perform(state.apply(action))
      needsRender = true
    }
    takeSnapshot()
    tickIfDue()
    renderIfDue()
  }

  /// Handles one input event: the state's answer and its effects.
  ///
  /// A mouse press becomes the click of the region under it in the frame on screen.
  public mutating func handle(_ event: InputEvent) {
    if case .mouse(let mouse) = event {
      guard let click = frame?.click(for: mouse) else { return }
      perform(state.apply(.clicked(click)))
    } else {
      perform(state.apply(.input(event)))
    }
    needsRender = true
    ticksUntil = clock.now() + Self.tickWindow
  }

  /// How long `run()` may block next: until the next frame or tick is due, or for ever
  /// (-1) when nothing is pending.
  public func nextWaitMilliseconds() -> Int {
    let now = clock.now()
    var wait: Duration?
    if needsRender {
      wait = lastFrame.map { max(.zero, $0 + frameInterval - now) } ?? .zero
    }
    if let ticksUntil, now < ticksUntil {
      let tickDue = lastTick.map { max(.zero, $0 + Self.tickInterval - now) } ?? .zero
      wait = min(wait ?? tickDue, tickDue)
    }
    guard let wait else { return -1 }
    let (seconds, attoseconds) = wait.components
    return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
  }

  private mutating func takeSnapshot() {
    guard live.generation != seenGeneration else { return }
    seenGeneration = live.generation
    perform(state.apply(.sessionUpdated(live.snapshot())))
    needsRender = true
  }

  private mutating func tickIfDue() {
    let now = clock.now()
    guard let ticksUntil, now < ticksUntil else { return }
    if let lastTick, now - lastTick < Self.tickInterval { return }
    lastTick = now
    let elapsed = (now - start).components
    perform(
      state.apply(
        .tick(
          milliseconds: Int(elapsed.seconds) * 1000
            + Int(elapsed.attoseconds / 1_000_000_000_000_000))))
    needsRender = true
  }

  private mutating func renderIfDue() {
    guard needsRender else { return }
    let begin = clock.now()
    if let lastFrame, begin - lastFrame < frameInterval { return }
    let frame = renderer.render(state, size: terminal.size, options: options)
    let rendered = clock.now()
    terminal.present(frame.buffer)
    self.frame = frame
    // On a slow link the write blocks, so the next frame waits for it: frames are dropped
    // (the newest snapshot wins) instead of queueing. Fast frames keep the full rate.
    let end = clock.now()
    lastFrame = max(begin, end - frameInterval / 4)
    needsRender = false
    stats.frames += 1
    stats.renderTime += rendered - begin
    stats.presentTime += end - rendered
    stats.slowestFrame = max(stats.slowestFrame, end - begin)
  }

  /// Carries out effects; answers from the executable's services go straight back.
  ///
  /// Only those answers are bounded (in case a state keeps asking): a command
  /// for the worker is never dropped, since the state already counts it as sent and would
  /// otherwise wait for it for ever.
  private mutating func perform(_ effects: [Effect], depth: Int = 0) {
    let answers = depth < 8
    assert(answers, "effects keep asking for answers")
    for effect in effects {
      switch effect {
      case .send(let command, let sequence): live.send(command, sequence: sequence)
      case .listPresets:
        let (arrivals, wake) = (arrivals, services.wake)
        services.listPresets { presets, isComplete in
          arrivals.post(.presetsListed(presets, isComplete: isComplete))
          wake()
        }
      case .loadPreset(let id):
        guard answers else { continue }
        perform(state.apply(.presetLoaded(services.loadPreset(id))), depth: depth + 1)
      case .save(let path, let includeWeights, let overwrite):
        guard answers else { continue }
        let result = services.save(state.snapshot, path, includeWeights, overwrite)
        perform(state.apply(.saved(result)), depth: depth + 1)
      case .copyToClipboard(let text):
        guard answers else { continue }
        let copied = terminal.copyToClipboard(text)
        perform(state.apply(.copied(copied)), depth: depth + 1)
      case .quit:
        isFinished = true
      }
      needsRender = true
    }
  }
}

/// Actions posted from other threads for the run loop's next turn.
private final class Arrivals: Sendable {
  private let inbox = Mutex<[Action]>([])

  func post(_ action: Action) { inbox.withLock { $0.append(action) } }

  func take() -> [Action] {
    inbox.withLock { box in
      defer { box.removeAll() }
      return box
    }
  }
}
