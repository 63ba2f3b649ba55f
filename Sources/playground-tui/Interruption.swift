import Dispatch
import Glibc
import Synchronization

/// Ctrl-C, SIGTERM and SIGHUP during a headless run: noted instead of ending the process
/// at once, so the run can remove its temporary file and then end as the signal would
/// have (status 128 + N in a shell).
///
/// A signal the parent left ignored stays ignored. The handlers run on a Dispatch queue,
/// so the training loop only reads a flag between epochs.
final class Interruption {
  private let received = Box()
  private var sources: [any DispatchSourceSignal] = []

  /// The signal's number, shared with the handlers.
  private final class Box: Sendable {
    let signal = Atomic<Int32>(0)
  }

  init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
    for number in signals {
      // Ignoring the signal hands it to the source; a parent's SIG_IGN is left in place.
      let previous = Glibc.signal(number, SIG_IGN)
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        continue
      }
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      let received = self.received
      source.setEventHandler { received.signal.store(number, ordering: .releasing) }
      source.resume()
      sources.append(source)
    }
  }

  /// The signal that arrived, if one did.
  var signal: Int32? {
    let number = received.signal.load(ordering: .acquiring)
    return number == 0 ? nil : number
  }

  /// Ends the process by `number` with its default action, as if nothing had caught it.
  func end(by number: Int32) -> Never {
    for source in sources { source.cancel() }
    _ = Glibc.signal(number, SIG_DFL)
    raise(number)
    exit(128 + number)
  }
}
