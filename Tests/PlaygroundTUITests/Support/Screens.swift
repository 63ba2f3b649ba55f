import PlaygroundCore

@testable import PlaygroundTUI

/// The fixed states the snapshot tests draw.
enum Screens {
  static func paused() -> AppState {
    AppState(snapshot: Session(scenario: .default, seed: 1).snapshot, presetName: nil)
  }

  static func trainedXOR() -> AppState {
    var session = Session(scenario: Scenario(dataset: .xor), seed: 1)
    for _ in 0..<300 { session.step() }
    var state = AppState(snapshot: session.snapshot, presetName: "XOR")
    _ = state.apply(
      .sessionUpdated(LiveSnapshot(session: session.snapshot, isRunning: true, appliedCommand: 0)))
    return state
  }

  static func diverged() -> AppState {
    var session = Session(
      scenario: Scenario(problem: .regression, learningRate: 10), seed: 1)
    var steps = 0
    while !session.isDiverged && steps < 1000 {
      session.step()
      steps += 1
    }
    return AppState(snapshot: session.snapshot, presetName: nil)
  }

  /// `classes` classes of `dataset`, trained `epochs` epochs.
  static func classes(_ k: Int, _ dataset: DatasetKind, epochs: Int) -> AppState {
    var scenario = Scenario(
      dataset: dataset, noise: 10, hiddenLayers: [6], loss: .crossEntropy)
    scenario.classes = k
    var session = Session(scenario: scenario, seed: 1)
    for _ in 0..<epochs { session.step() }
    var state = AppState(snapshot: session.snapshot, presetName: "Classes")
    _ = state.apply(
      .sessionUpdated(LiveSnapshot(session: session.snapshot, isRunning: true, appliedCommand: 0)))
    return state
  }

  static func presentation() -> AppState {
    var state = trainedXOR()
    _ = state.apply(.input(.key(.character("f"))))
    return state
  }

  static func help() -> AppState {
    var state = paused()
    _ = state.apply(.input(.key(.character("?"))))
    return state
  }

  static func render(
    _ state: AppState, _ width: Int, _ height: Int, _ options: RenderOptions = RenderOptions()
  ) -> CellBuffer {
    var renderer = FrameRenderer()
    return renderer.render(state, size: Size(width: width, height: height), options: options).buffer
  }
}
