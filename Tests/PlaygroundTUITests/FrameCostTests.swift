import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Frame cost for the big network at 160×48, printed when `MEASURE_FRAMES=1` (run it with
/// `swift test -c release`); a changed network each frame, so every frame samples.
@Suite struct FrameCostTests {
  /// A measurement, not a check: skipped (and reported as skipped) unless MEASURE_FRAMES=1.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["MEASURE_FRAMES"] == "1"))
  func bigNetworkFrame() {
    let scenario = Scenario(
      features: Feature.allCases, hiddenLayers: [8, 8, 8, 8, 8, 8], regularization: .l2,
      regularizationRate: 0.001)
    var session = Session(scenario: scenario, seed: 1)
    var renderer = FrameRenderer()
    let clock = ContinuousClock()
    var total = Duration.zero
    let frames = 50
    for _ in 0..<frames {
      session.step()
      let state = AppState(session: session, presetName: nil)
      total += clock.measure {
        _ = renderer.render(state, size: Size(width: 160, height: 48), options: RenderOptions())
      }
    }
    print("frame (resampled) 160x48, 6x8 network: \(total / frames)")
  }
}
