import Glibc

/// Restores the terminal when the process crashes or is ended by a signal it does not
/// handle, before anything else is printed (terminal.md §2.9).
///
/// Two kinds of signal are guarded:
/// - A Swift trap raises SIGILL/SIGTRAP/SIGSEGV (SIGBUS, SIGFPE and SIGABRT alike), which
///   ncurses ignores, and the backtracer would then print into a raw, alternate,
///   mouse-reporting screen. The handler restores the terminal, re-installs the previous
///   handler (Swift's backtracer) and returns, so the fault happens again into that
///   handler; SIGABRT and SIGTRAP are raised again explicitly.
/// - Signals whose default action ends the process: SIGQUIT (Ctrl-\), SIGUSR1, SIGUSR2,
///   SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF and the rest of `endingByDefault`. The handler
///   restores the terminal and lets the default action end the process (status 128 + the
///   signal's number in a shell). Swift's backtracer also catches SIGQUIT, but prints over
///   the screen for up to 30 s and then lets the program carry on, so it is not chained.
///   A signal the parent left ignored stays ignored.
///
/// The handlers are async-signal-safe: they only call `write`, `tcsetattr`, `sigaction`
/// and `raise`, on state prepared before they were installed. They write the bytes that
/// leave the alternate screen and turn mouse and keypad modes off, and restore the tty
/// modes saved before `newterm` (XON/XOFF flow control included).
enum CrashGuard {
  private static let crashes = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
  /// Every signal whose default action ends the process and that nothing else handles
  /// (SIGINT, SIGTERM and SIGHUP quit cleanly through `SignalSources`).
  private static let endingByDefault = [
    SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGIO,
    SIGPWR, SIGSTKFLT, SIGSYS,
  ]

  /// Saves the tty modes; call before `newterm`.
  ///
  /// ncurses drives the tty through the output descriptor, so that is the one saved.
  static func saveTTY() {
    let state = crashState
    state.pointee.hasTTY = tcgetattr(STDOUT_FILENO, &state.pointee.tty) == 0
  }

  /// Installs the handlers; call after `newterm` with the bytes that undo its modes.
  static func arm(restoring bytes: [UInt8]) {
    let state = crashState
    let count = min(bytes.count, CrashState.capacity)
    for i in 0..<count { state.pointee.bytes[i] = bytes[i] }
    state.pointee.count = count
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = { signal, _, _ in
      let state = crashState
      CrashGuard.restoreTerminal()
      _ = sigaction(signal, &state.pointee.previous[Int(signal)], nil)
      if signal == SIGABRT || signal == SIGTRAP { _ = raise(signal) }
    }
    action.sa_flags = SA_SIGINFO | SA_ONSTACK
    sigemptyset(&action.sa_mask)
    for signal in crashes {
      _ = sigaction(signal, &action, &state.pointee.previous[Int(signal)])
    }
    var ending = sigaction()
    ending.__sigaction_handler.sa_sigaction = { signal, _, _ in
      CrashGuard.restoreTerminal()
      var defaultAction = sigaction()
      defaultAction.__sigaction_handler.sa_handler = SIG_DFL
      _ = sigaction(signal, &defaultAction, nil)
      _ = raise(signal)  // delivered, with its default action, when the handler returns
    }
    ending.sa_flags = SA_SIGINFO | SA_ONSTACK
    sigemptyset(&ending.sa_mask)
    for signal in endingByDefault {
      var current = sigaction()
      guard sigaction(signal, nil, &current) == 0, !isIgnored(current) else { continue }
      _ = sigaction(signal, &ending, &state.pointee.previous[Int(signal)])
      state.pointee.guarded[Int(signal)] = true
    }
    state.pointee.armed = true
  }

  /// Puts the previous handlers back (after a normal `endwin`).
  static func disarm() {
    let state = crashState
    guard state.pointee.armed else { return }
    for signal in crashes { _ = sigaction(signal, &state.pointee.previous[Int(signal)], nil) }
    for signal in endingByDefault where state.pointee.guarded[Int(signal)] {
      _ = sigaction(signal, &state.pointee.previous[Int(signal)], nil)
      state.pointee.guarded[Int(signal)] = false
    }
    state.pointee.armed = false
  }

  private static func isIgnored(_ action: sigaction) -> Bool {
    let handler = action.__sigaction_handler.sa_handler
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// Writes the prepared bytes and puts the saved tty modes back; async-signal-safe.
  private static func restoreTerminal() {
    let state = crashState
    _ = write(STDOUT_FILENO, state.pointee.bytes, state.pointee.count)
    if state.pointee.hasTTY { _ = tcsetattr(STDOUT_FILENO, TCSAFLUSH, &state.pointee.tty) }
  }
}

/// What the handlers need, prepared in advance so they allocate nothing.
private struct CrashState {
  static let capacity = 512
  static let signalSlots = 65
  var tty = termios()
  var hasTTY = false
  var armed = false
  var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: CrashState.capacity)
  var count = 0
  var previous: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: CrashState.signalSlots)
    actions.initialize(repeating: sigaction(), count: CrashState.signalSlots)
    return actions
  }()
  /// Which `endingByDefault` signals have the handler (those not ignored at `arm`).
  var guarded: UnsafeMutablePointer<Bool> = {
    let flags = UnsafeMutablePointer<Bool>.allocate(capacity: CrashState.signalSlots)
    flags.initialize(repeating: false, count: CrashState.signalSlots)
    return flags
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
