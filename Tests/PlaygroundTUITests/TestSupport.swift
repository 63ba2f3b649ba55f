import Dispatch
import PlaygroundCore
import PlaygroundTUI
import Synchronization

/// A clock that moves only when a test advances it; waits with a deadline end when the
/// clock passes it (or on a signal), so pacing is tested without wall time.
final class ManualClock: PacingClock {
  private struct State {
    var now: Duration = .seconds(1000)
    var waiters: [(deadline: Duration, wake: DispatchSemaphore)] = []
  }
  private let state = Mutex(State())

  func now() -> Duration { state.withLock { $0.now } }

  func wait(on wake: DispatchSemaphore, until deadline: Duration?) {
    if let deadline {
      let expired = state.withLock { s in
        if s.now >= deadline { return true }
        s.waiters.append((deadline, wake))
        return false
      }
      if expired { return }
    }
    wake.wait()
  }

  /// Moves time on and wakes the waits whose deadline passed.
  func advance(by duration: Duration) {
    let due = state.withLock { s in
      s.now += duration
      let now = s.now
      let due = s.waiters.filter { $0.deadline <= now }
      s.waiters.removeAll { $0.deadline <= now }
      return due
    }
    for waiter in due { waiter.wake.signal() }
  }
}

/// The events a `ScriptedTerminal` replays and the frames it recorded; a class so the
/// test can add events and read frames while the run loop owns the terminal.
final class Script {
  var events: [InputEvent]
  var frames: [CellBuffer] = []
  /// What the run loop put on the clipboard, in order.
  var clipboard: [String] = []

  init(_ events: [InputEvent] = []) { self.events = events }

  var lastFrame: CellBuffer? { frames.last }
}

/// A terminal that replays scripted events and records every frame presented.
struct ScriptedTerminal: Terminal {
  var size: Size
  let script: Script

  init(size: Size = Size(width: 80, height: 24), script: Script) {
    self.size = size
    self.script = script
  }

  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !script.events.isEmpty else { return nil }
    let event = script.events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  mutating func present(_ buffer: CellBuffer) { script.frames.append(buffer) }

  mutating func copyToClipboard(_ text: String) -> Bool {
    script.clipboard.append(text)
    return true
  }
}

/// Waits (yielding, never sleeping a fixed time) until `condition` holds, for at most
/// about `seconds` of wall time; returns whether it held.
func eventually(attempts: Int = 30_000, _ condition: () -> Bool) async -> Bool {
  // Counts polls rather than wall-clock time: under a loaded `swift test` (other suites
  // hold the cooperative threads), a deadline could pass before this task even ran.
  for _ in 0..<attempts {
    if condition() { return true }
    await Task.yield()
    try? await Task.sleep(for: .milliseconds(1))
  }
  return condition()
}

extension Session {
  /// The default scenario with a fixed seed.
  static var fixture: Session { Session(scenario: .default, seed: 7) }
}

extension CellBuffer {
  /// The whole text layer, rows joined by newlines.
  var text: String { lines.joined(separator: "\n") }
}
