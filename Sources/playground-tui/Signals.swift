import Dispatch
import Glibc
import Synchronization

/// Flags that signal handlers (on a background queue) set for the main thread.
final class ControlFlags: Sendable {
  /// SIGINT, SIGTERM or SIGHUP arrived, or the terminal went away: leave the loop.
  let quit = Atomic<Bool>(false)
  /// SIGWINCH arrived: the main thread reads the new size and redraws everything.
  let resized = Atomic<Bool>(false)
  /// SIGTSTP (Ctrl-Z) arrived: the main thread restores the terminal, then stops.
  let suspend = Atomic<Bool>(false)
  /// SIGCONT arrived (after Ctrl-Z and `fg`, or a SIGSTOP the program could not see
  /// coming): the main thread sets every terminal mode again and redraws everything.
  let continued = Atomic<Bool>(false)
}

/// A non-blocking self-pipe: other threads write a byte to wake the main thread's
/// `poll`, so the UI sleeps until something happens instead of polling.
final class WakePipe: Sendable {
  let readFD: Int32
  let writeFD: Int32

  /// Nil when the process is out of file descriptors.
  init?() {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    readFD = fds[0]
    writeFD = fds[1]
  }

  deinit {
    close(readFD)
    close(writeFD)
  }

  /// Wakes the reader; never blocks (a full pipe already means "wake up").
  func signal() {
    var byte: UInt8 = 1
    _ = write(writeFD, &byte, 1)
  }

  /// Empties the pipe after a wake-up.
  func drain() {
    var bytes = [UInt8](repeating: 0, count: 64)
    while read(readFD, &bytes, bytes.count) > 0 {}
  }
}

/// SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP and SIGCONT, delivered through
/// `DispatchSource` (terminal.md §2.8) so no code runs in a signal handler: the sources
/// set `ControlFlags` and wake the main thread, which leaves the loop cleanly (exit 0),
/// resizes, suspends or resumes.
///
/// `blockAsyncSignals()` must run first, before any thread exists: every thread then
/// inherits the blocked mask, so these signals wait for libdispatch (which reads them
/// through a signalfd) instead of being delivered to, or dropped by, a random thread.
/// It also sets SIGINT/SIGTERM/SIGHUP/SIGTSTP to ignored so `newterm` does not install
/// its own handlers (`_exit(1)`, and a Ctrl-Z handler that runs ncurses inside a signal
/// handler and leaves keypad mode off after `fg`). The signals whose default action
/// ends the process are `CrashGuard`'s: it restores the terminal first.
final class SignalSources {
  private static let handled = [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT]
  private var sources: [any DispatchSourceSignal] = []

  /// Makes the handled signals the only blocked ones, for this thread and every thread
  /// created later.
  ///
  /// The mask is set, not added to: a parent may have blocked other signals (a process
  /// started from a libdispatch worker thread inherits nearly all of them blocked), and
  /// then SIGQUIT or SIGUSR1 would wait unseen instead of reaching `CrashGuard`.
  static func blockAsyncSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in handled { sigaddset(&set, signal) }
    pthread_sigmask(SIG_SETMASK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGTSTP] { Glibc.signal(sig, SIG_IGN) }
  }

  init(flags: ControlFlags, wake: WakePipe) {
    let queue = DispatchQueue(label: "playground.signals")
    for signal in Self.handled {
      let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
      source.setEventHandler {
        switch signal {
        case SIGWINCH: flags.resized.store(true, ordering: .releasing)
        case SIGTSTP: flags.suspend.store(true, ordering: .releasing)
        case SIGCONT: flags.continued.store(true, ordering: .releasing)
        default: flags.quit.store(true, ordering: .releasing)
        }
        wake.signal()
      }
      source.resume()
      sources.append(source)
    }
  }

  deinit {
    for source in sources { source.cancel() }
  }

  /// Runs `body` with SIGTTOU blocked, so the terminal can be restored even after the
  /// shell has put the program in the background.
  ///
  /// That happens when the playground is not the shell's job itself but runs under a
  /// wrapper (`swift run`, a script): Ctrl-Z stops the wrapper at once, the shell takes
  /// the terminal back, and the `tcsetattr` of `endwin` would then stop the program with
  /// SIGTTOU before it stops itself, so `fg` continued it only into its own stop.
  static func allowingBackgroundTerminalChanges(_ body: () -> Void) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTTOU)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &set, &previous)
    body()
    pthread_sigmask(SIG_SETMASK, &previous, nil)
  }

  /// Stops the process as Ctrl-Z stops a program that does not handle it, and returns
  /// once it is continued (`fg`); call it with the terminal already restored.
  ///
  /// SIGTSTP is blocked and ignored here (see the type), so its default action is put
  /// back, the signal raised on this thread and unblocked, which stops every thread; both
  /// are put back after. The kernel discards the stop in an orphaned process group, where
  /// nobody could continue it, and this returns at once.
  static func stopAsCtrlZWould() {
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&defaultAction.sa_mask)
    var previous = sigaction()
    sigaction(SIGTSTP, &defaultAction, &previous)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTSTP)
    _ = raise(SIGTSTP)  // pending on this thread while blocked; libdispatch never sees it
    pthread_sigmask(SIG_UNBLOCK, &set, nil)  // delivered now: the process stops here
    pthread_sigmask(SIG_BLOCK, &set, nil)
    sigaction(SIGTSTP, &previous, nil)
  }
}
