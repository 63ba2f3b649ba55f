import Glibc
import PlaygroundCore
import PlaygroundTUI

/// Everything the interactive playground needs from the command line and the file
/// system; the command-line parser builds it.
struct InteractiveLaunch {
  var scenario: Scenario
  var seed: UInt64
  var presetName: LocalizedText?
  /// The presets in lecture order and the one loaded by name, if any.
  var lessons = Lessons()
  /// Shown on screen until the first key (the notes of a TensorFlow Playground link).
  var notes: [String] = []
  /// `--lang`; nil = from the locale variables.
  var language: Language?
  /// `--color`; nil = auto.
  var color: ColorTier?
  var theme: Theme
  var listPresets:
    @Sendable (@escaping @Sendable ([PresetSummary], _ isComplete: Bool) -> Void) -> Void
  var loadPreset: @Sendable (String) -> Result<LoadedPreset, ScenarioFileError>
  var save:
    @Sendable (
      _ session: SessionSnapshot, _ path: String, _ includeWeights: Bool, _ overwrite: Bool
    ) -> Result<String, ScenarioFileError>
}

/// The interactive playground: terminal, background training and the UI loop.
enum Interactive {
  /// Runs until quit (q, Ctrl-C, SIGTERM, SIGHUP, a terminal that hangs up); the
  /// terminal is restored on every path, including a crash and the signals whose default
  /// action ends the process (SIGQUIT, SIGUSR1, …: `CrashGuard`), and while suspended by
  /// Ctrl-Z.
  ///
  /// Environment: `PLAYGROUND_DEBUG_STATS=1` prints frame and training figures to stderr
  /// on exit; `PLAYGROUND_DEBUG_CRASH=1` traps after the first frame (to test the crash
  /// guard).
  /// - Throws: Bad input (exit 2) when there is no terminal to run on: stdin or stdout is
  ///   not a terminal, or TERM is unset, unknown or cannot move the cursor
  ///   (`TerminalRequirement`); a runtime failure when the process is out of descriptors.
  static func run(_ launch: InteractiveLaunch) throws(CommandFailure) {
    let environment = ColorEnvironment.current
    if let unmet = TerminalRequirement.unmetByStandardStreams()
      ?? NcursesTerminal.unmetRequirement(term: environment.term)
    {
      throw .badInput([unmet.message])
    }
    // Before any thread exists, so every thread inherits the mask (see SignalSources).
    SignalSources.blockAsyncSignals()
    let locale = LanguageChoice.Environment.current
    let unicode = setUpLocale(locale)
    let (language, languageNote) = LanguageChoice.onScreen(
      launch.language ?? LanguageChoice.language(from: locale), unicode: unicode)
    let notices = (languageNote.map { [$0] } ?? []) + launch.notes.map(Phrase.verbatim)
    guard let wake = WakePipe() else { throw .runtime("playground-tui: cannot create a pipe") }
    let flags = ControlFlags()
    let signals = SignalSources(flags: flags, wake: wake)
    guard
      let terminal = NcursesTerminal(
        requested: launch.color, theme: launch.theme, unicode: unicode, wake: wake, flags: flags)
    else {
      throw .badInput([TerminalRequirement.unknownTerminalType(environment.term ?? "").message])
    }
    let clock = SystemClock()
    let started = clock.now()
    let live = LiveSession(
      session: Session(scenario: launch.scenario, seed: launch.seed), clock: clock,
      onPublish: { wake.signal() }, cores: Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    let services = RunLoopServices(
      listPresets: launch.listPresets, wake: { wake.signal() }, loadPreset: launch.loadPreset,
      save: launch.save)
    var loop = RunLoop(
      state: AppState(
        snapshot: live.snapshot().session, presetName: launch.presetName,
        notice: notices.isEmpty ? nil : Phrase.joined(notices), lessons: launch.lessons,
        variants: live.snapshot().variants),
      terminal: terminal, live: live,
      options: RenderOptions(
        tier: terminal.tier, unicode: unicode, theme: launch.theme, language: language),
      services: services, clock: clock,
      isQuitRequested: { flags.quit.load(ordering: .acquiring) })
    if getenv("PLAYGROUND_DEBUG_CRASH") != nil {
      loop.runOnce(timeoutMilliseconds: 0)
      fatalError("PLAYGROUND_DEBUG_CRASH: testing the crash guard")
    }
    loop.run()
    live.stop()
    terminal.shutdown()
    withExtendedLifetime(signals) {}
    if getenv("PLAYGROUND_DEBUG_STATS") != nil {
      writeError(
        statsReport(loop.stats, live: live, seconds: clock.now() - started, tier: terminal.tier))
    }
  }

  private static func statsReport(
    _ stats: FrameStats, live: LiveSession, seconds: Duration, tier: ColorTier
  ) -> String {
    func ms(_ d: Duration) -> String {
      let value = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
      return String(Int((value * 1000).rounded())) + " µs"
    }
    let frames = max(1, stats.frames)
    // In compare mode the variants train (all at the same epoch after every round).
    let snapshot = live.snapshot()
    let epochs = snapshot.variants.first?.epoch ?? snapshot.session.epoch
    let trained = snapshot.variants.isEmpty ? "" : " (each of \(snapshot.variants.count) variants)"
    let elapsed =
      Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18
    // The main thread does only UI work (input, render, present), so its CPU time per
    // frame is the frame's CPU cost; wall times above include waiting on the terminal.
    var cpu = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu)
    let cpuPerFrame = (Double(cpu.tv_sec) * 1e6 + Double(cpu.tv_nsec) / 1e3) / Double(frames)
    return """
      playground-tui stats: tier \(tier.rawValue), \(stats.frames) frames in \
      \(Int(elapsed)) s; per frame: render \(ms(stats.renderTime / frames)), \
      present \(ms(stats.presentTime / frames)) (wall), main-thread CPU \
      \(Int(cpuPerFrame.rounded())) µs, slowest \(ms(stats.slowestFrame)); epoch \(epochs)\(trained)

      """
  }

  private static func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(STDERR_FILENO, &bytes, bytes.count)
  }
}
