import Glibc

/// Restores the terminal when the process crashes (terminal.md §2.9): a Swift trap
/// raises SIGILL/SIGTRAP/SIGSEGV, which ncurses ignores, and the backtracer would then
/// print into a raw, alternate, mouse-reporting screen.
///
/// The handler is async-signal-safe: it only calls `write`, `tcsetattr`, `sigaction`
/// and `raise`, on state prepared before it was installed. It writes the bytes that
/// leave the alternate screen and turn mouse and keypad modes off, restores the tty modes
/// saved before `initscr`, re-installs the previous handler (Swift's backtracer) and
/// returns, so the fault happens again into that handler; SIGABRT and SIGTRAP are raised
/// again explicitly.
enum CrashGuard {
  private static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

  /// Saves the tty modes; call before `initscr`.
  ///
  /// ncurses drives the tty through the output descriptor, so that is the one saved (stdin may be
  /// /dev/null in a harness).
  static func saveTTY() {
    let state = crashState
    state.pointee.hasTTY = tcgetattr(STDOUT_FILENO, &state.pointee.tty) == 0
  }

  /// Installs the handlers; call after `initscr` with the bytes that undo its modes.
  static func arm(restoring bytes: [UInt8]) {
    let state = crashState
    let count = min(bytes.count, CrashState.capacity)
    for i in 0..<count { state.pointee.bytes[i] = bytes[i] }
    state.pointee.count = count
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = { signal, _, _ in
      let state = crashState
      _ = write(STDOUT_FILENO, state.pointee.bytes, state.pointee.count)
      if state.pointee.hasTTY { _ = tcsetattr(STDOUT_FILENO, TCSAFLUSH, &state.pointee.tty) }
      _ = sigaction(signal, &state.pointee.previous[Int(signal)], nil)
      if signal == SIGABRT || signal == SIGTRAP { _ = raise(signal) }
    }
    action.sa_flags = SA_SIGINFO | SA_ONSTACK
    sigemptyset(&action.sa_mask)
    for signal in signals {
      _ = sigaction(signal, &action, &state.pointee.previous[Int(signal)])
    }
    state.pointee.armed = true
  }

  /// Puts the previous handlers back (after a normal `endwin`).
  static func disarm() {
    let state = crashState
    guard state.pointee.armed else { return }
    for signal in signals { _ = sigaction(signal, &state.pointee.previous[Int(signal)], nil) }
    state.pointee.armed = false
  }
}

/// What the handler needs, prepared in advance so it allocates nothing.
private struct CrashState {
  static let capacity = 512
  var tty = termios()
  var hasTTY = false
  var armed = false
  var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: CrashState.capacity)
  var count = 0
  var previous: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    actions.initialize(repeating: sigaction(), count: 65)
    return actions
  }()
}

/// The one piece of global mutable state in the program: a signal handler cannot
/// capture context, so it reaches its prepared state through this pointer.
///
/// It is written only on the main thread before the handlers are installed, and read only by the
/// handler; `nonisolated(unsafe)` because a raw pointer is not `Sendable` (the only such use,
/// terminal.md §2.9).
nonisolated(unsafe) private let crashState: UnsafeMutablePointer<CrashState> = {
  let state = UnsafeMutablePointer<CrashState>.allocate(capacity: 1)
  state.initialize(to: CrashState())
  return state
}()
