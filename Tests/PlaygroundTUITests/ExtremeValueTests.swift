import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// A diverging network holds huge and infinite values; every colour tier must draw them
/// (as the ends of the ramp), never trap.
@Suite struct ExtremeValueTests {
  static let extremes: [Float] = [.infinity, -.infinity, .nan, 1e30, -1e30, .greatestFiniteMagnitude, 0]

  @Test(arguments: ColorTier.allCases, [true, false])
  func everyTierDrawsExtremeValues(tier: ColorTier, unicode: Bool) {
    let painter = HeatmapPainter(options: RenderOptions(tier: tier, unicode: unicode))
    for top in Self.extremes {
      for bottom in Self.extremes { _ = painter.cell(top: top, bottom: bottom) }
    }
    #expect(Palette.shadeIndex(1e300) == 30)
    #expect(Palette.shadeIndex(-.infinity) == 0)
    #expect(Palette.shadeIndex(.nan) == 15)
  }

  /// The reviewer's reproduction: regression at learning rate 10 diverges within a few
  /// epochs; its screen is drawn in every tier.
  @Test(arguments: ColorTier.allCases)
  func aDivergedScreenDrawsInEveryTier(tier: ColorTier) {
    var session = Session(
      scenario: Scenario(problem: .regression, activation: .relu, learningRate: 10), seed: 1)
    for _ in 0..<50 where !session.isDiverged { session.step() }
    #expect(session.isDiverged)
    var renderer = FrameRenderer()
    let state = AppState(session: session, presetName: nil)
    for unicode in [true, false] {
      let frame = renderer.render(
        state, size: Size(width: 80, height: 24), options: RenderOptions(tier: tier, unicode: unicode)
      ).buffer
      #expect(frame.lines.joined().contains("Epoch"))
    }
  }
}
