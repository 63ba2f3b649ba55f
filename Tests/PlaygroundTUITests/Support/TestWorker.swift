import PlaygroundCore

@testable import PlaygroundTUI

/// Plays the worker for state tests without a thread: applies the commands among some
/// effects to its own session, in order, and answers with the snapshot the real worker
/// would publish.
struct TestWorker {
  var session: Session
  var isRunning = false
  var applied: UInt64 = 0

  init(_ state: AppState) {
    let snapshot = state.snapshot
    session = Session(scenario: snapshot.scenario, seed: snapshot.dataSeed)
  }

  /// Applies the `.send` effects and returns the snapshot after them.
  mutating func run(_ effects: [Effect]) -> LiveSnapshot {
    for case .send(let command, let sequence) in effects {
      applied = sequence
      switch command {
      case .session(let change): session.apply(change)
      case .setRunning(let running): isRunning = running
      case .setSpeed: break
      }
    }
    return LiveSnapshot(session: session.snapshot, isRunning: isRunning, appliedCommand: applied)
  }
}

extension Effect {
  /// The effect without its sequence number, so tests can compare what was asked.
  var unnumbered: Effect {
    guard case .send(let command, _) = self else { return self }
    return .send(command, sequence: 0)
  }

  static func session(_ command: SessionCommand) -> Effect {
    .send(.session(command), sequence: 0)
  }

  static func setRunning(_ running: Bool) -> Effect { .send(.setRunning(running), sequence: 0) }

  static func setSpeed(_ speed: TrainingSpeed) -> Effect { .send(.setSpeed(speed), sequence: 0) }
}

extension AppState {
  /// A mouse press at (x, y) on the frame this state draws at `size` with `options`,
  /// as the run loop delivers it.
  mutating func click(
    x: Int, y: Int, size: Size = Size(width: 80, height: 24), options: RenderOptions = .init()
  ) -> [Effect] {
    var renderer = FrameRenderer()
    let frame = renderer.render(self, size: size, options: options)
    guard let click = frame.click(for: MouseEvent(kind: .press, x: x, y: y)) else { return [] }
    return apply(.clicked(click)).map(\.unnumbered)
  }
}

extension AppState {
  /// A paused state showing `session` (tests build sessions and hand them over).
  init(
    session: Session, presetName: LocalizedText?, speed: TrainingSpeed = .default,
    notice: Phrase? = nil
  ) {
    self.init(snapshot: session.snapshot, presetName: presetName, speed: speed, notice: notice)
  }
}
