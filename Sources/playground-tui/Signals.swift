import Dispatch
import Glibc
import Synchronization

/// Flags that signal handlers (on a background queue) set for the main thread.
final class ControlFlags: Sendable {
  /// SIGINT, SIGTERM or SIGHUP arrived, or the terminal went away: leave the loop.
  let quit = Atomic<Bool>(false)
  /// SIGWINCH arrived: the main thread reads the new size and redraws everything.
  let resized = Atomic<Bool>(false)
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

/// SIGINT, SIGTERM, SIGHUP and SIGWINCH, delivered through `DispatchSource` (terminal.md
/// §2.8) so no code runs in a signal handler: the sources set `ControlFlags` and wake
/// the main thread, which leaves the loop cleanly (exit 0) or resizes.
///
/// `blockAsyncSignals()` must run first, before any thread exists: every thread then
/// inherits the blocked mask, so these signals wait for libdispatch (which reads them
/// through a signalfd) instead of being delivered to, or dropped by, a random thread.
/// It also sets SIGINT/SIGTERM/SIGHUP to ignored so `initscr` does not install its own
/// `_exit(1)` handlers. The signals whose default action ends the process are
/// `CrashGuard`'s: it restores the terminal first.
final class SignalSources {
  private static let handled = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]
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
    for sig in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(sig, SIG_IGN) }
  }

  init(flags: ControlFlags, wake: WakePipe) {
    let queue = DispatchQueue(label: "playground.signals")
    for signal in Self.handled {
      let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
      let isResize = signal == SIGWINCH
      source.setEventHandler {
        if isResize {
          flags.resized.store(true, ordering: .releasing)
        } else {
          flags.quit.store(true, ordering: .releasing)
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
}
