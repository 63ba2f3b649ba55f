import PlaygroundCore

/// What the UI asks of the worker that owns the session.
public enum LiveCommand: Equatable, Sendable {
  /// A change to the session, applied with the original's reset rules.
  case session(SessionCommand)
  /// Start or pause training.
  case setRunning(Bool)
  /// How fast training goes.
  case setSpeed(TrainingSpeed)
}

/// What the worker publishes: the session as it is after the commands it has applied,
/// whether it is training, and the sequence number of the last command applied.
///
/// The UI sends every command with a number one higher than the last, and ignores a
/// snapshot whose `appliedCommand` is lower than the number of the last command it sent:
/// that snapshot was taken before the worker saw the command, and would show the old
/// state (DESIGN.md §6).
public struct LiveSnapshot: Equatable, Sendable {
  /// The scenario's own session (while comparing, it waits as it was).
  public let session: SessionSnapshot
  /// While the scenario has `compare`: one snapshot per variant, in order (issue 13).
  public let variants: [SessionSnapshot]
  public let isRunning: Bool
  /// The sequence number of the last command the worker applied (0 before any).
  public let appliedCommand: UInt64

  public init(
    session: SessionSnapshot, variants: [SessionSnapshot] = [], isRunning: Bool,
    appliedCommand: UInt64
  ) {
    self.session = session
    self.variants = variants
    self.isRunning = isRunning
    self.appliedCommand = appliedCommand
  }

  /// The snapshot of what the worker has now.
  init(_ comparison: Comparison, isRunning: Bool, appliedCommand: UInt64) {
    self.init(
      session: comparison.base.snapshot, variants: comparison.variants.map(\.snapshot),
      isRunning: isRunning, appliedCommand: appliedCommand)
  }
}
