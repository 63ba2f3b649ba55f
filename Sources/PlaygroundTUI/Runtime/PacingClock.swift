import Dispatch

/// A monotonic time source, and a way to wait on it, that `LiveSession` paces training
/// with and `RunLoop` caps frames with.
///
/// Only the executable reads the real clock (DESIGN.md §1); it passes one in. Tests pass a
/// manual clock they advance by hand, so nothing in a unit test depends on wall time.
public protocol PacingClock: Sendable {
  /// The time since an arbitrary fixed origin. Never goes backwards.
  func now() -> Duration

  /// Blocks the calling thread until `wake` is signalled or, when `deadline` is not nil,
  /// until `now() >= deadline`, whichever comes first.
  ///
  /// Consumes at most one signal of `wake`. Returning early (a spurious wake-up) is
  /// allowed: callers re-check their state after every return.
  func wait(on wake: DispatchSemaphore, until deadline: Duration?)
}
