import Dispatch
import Glibc
import PlaygroundTUI

/// The real monotonic clock (`CLOCK_MONOTONIC`), for pacing and frame timing.
struct SystemClock: PacingClock {
  func now() -> Duration {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
  }

  func wait(on wake: DispatchSemaphore, until deadline: Duration?) {
    guard let deadline else {
      wake.wait()
      return
    }
    let remaining = deadline - now()
    guard remaining > .zero else { return }
    let (seconds, attoseconds) = remaining.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    _ = wake.wait(timeout: .now() + .nanoseconds(nanoseconds))
  }
}
