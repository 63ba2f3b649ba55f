import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// A diverging network holds huge and infinite values; every colour tier must draw them
/// as the ends of the ramp (and NaN as no value), never trap.
@Suite struct ExtremeValueTests {
  /// Values past +1 that a diverging neuron produces; their negatives are past −1.
  static let huge: [Float] = [.infinity, 1e30, .greatestFiniteMagnitude, 1.5]

  @Test(arguments: ColorTier.allCases, [true, false])
  func everyTierDrawsExtremeValuesAsTheRampEnds(tier: ColorTier, unicode: Bool) {
    let painter = HeatmapPainter(options: RenderOptions(tier: tier, unicode: unicode))
    let positive = painter.cell(top: 1, bottom: 1)
    let negative = painter.cell(top: -1, bottom: -1)
    #expect(positive != nil && negative != nil)
    #expect(positive != negative, "the ends of the ramp look alike in \(tier)")
    for value in Self.huge {
      #expect(painter.cell(top: value, bottom: value) == positive, "\(value)")
      #expect(painter.cell(top: -value, bottom: -value) == negative, "\(-value)")
      // Clamped before they are averaged: ∞ and −∞ make the middle, not NaN.
      #expect(
        painter.cell(top: value, bottom: -value) == painter.cell(top: 1, bottom: -1), "±\(value)")
      #expect(painter.cell(top: .nan, bottom: value) == painter.cell(top: .nan, bottom: 1))
      #expect(painter.cell(top: -value, bottom: .nan) == painter.cell(top: -1, bottom: .nan))
    }
    #expect(painter.cell(top: .nan, bottom: .nan) == nil)
  }

  @Test(
    arguments: [
      (1e300, 30), (.infinity, 30), (1, 30), (.greatestFiniteMagnitude, 30), (0, 15), (.nan, 15),
      (-1, 0), (-.infinity, 0), (-1e300, 0), (-.greatestFiniteMagnitude, 0),
    ] as [(Double, UInt8)])
  func shadeIndexClampsToTheRampEnds(value: Double, shade: UInt8) {
    #expect(Palette.shadeIndex(value) == shade)
  }

  /// The reviewer's reproduction: regression at learning rate 10 diverges within a few
  /// epochs; its screen is drawn in every tier, with the tier's own glyphs.
  @Test(arguments: ColorTier.allCases, [true, false])
  func aDivergedScreenDrawsInEveryTier(tier: ColorTier, unicode: Bool) {
    var session = Session(
      scenario: Scenario(problem: .regression, activation: .relu, learningRate: 10), seed: 1)
    for _ in 0..<50 where !session.isDiverged { session.step() }
    #expect(session.isDiverged)
    let state = AppState(session: session, presetName: nil)
    let frame = Screens.render(state, 80, 24, RenderOptions(tier: tier, unicode: unicode))
    let text = frame.lines.joined(separator: "\n")
    #expect(text.contains(unicode ? "✖ Diverged" : "X Diverged"))
    #expect(text.contains("lower the learning rate"))
    #expect(frame.cells.allSatisfy(\.character.isASCII) == !unicode)
    let halfBlocks = frame.cells.contains { $0.character == "▀" }
    #expect(halfBlocks == (unicode && (tier == .truecolor || tier == .ansi256)))
  }
}
