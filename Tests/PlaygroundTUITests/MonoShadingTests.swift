import PlaygroundTUI
import Testing

/// `CellBuffer.applyMonoShading(unicode:)`: heatmap shades as density glyphs without colour.
@Suite struct MonoShadingTests {
  /// One cell per (top, bottom) shade pair, all in one row.
  private func shaded(_ pairs: [(UInt8, UInt8)], bold: Bool = false) -> CellBuffer {
    var buffer = CellBuffer(width: pairs.count, height: 1)
    for (x, pair) in pairs.enumerated() {
      buffer.set(x, 0, "▀", Style(foreground: .shade(pair.0), background: .shade(pair.1), bold: bold))
    }
    return buffer
  }

  /// The ramp index is min(4, (top + bottom) * 5 / 62): it steps at sums 13, 25, 38, 50.
  @Test func theRampStepsWhereTheSumOfTheTwoShadesCrossesAFifth() {
    let sums = [0, 12, 13, 24, 25, 37, 38, 49, 50, 60]
    var buffer = shaded(sums.map { (UInt8($0 / 2), UInt8($0 - $0 / 2)) })
    buffer.applyMonoShading(unicode: true)
    #expect(buffer.lines == ["  ░░▒▒▓▓██"])
    var ascii = shaded(sums.map { (UInt8($0 / 2), UInt8($0 - $0 / 2)) })
    ascii.applyMonoShading(unicode: false)
    #expect(ascii.lines == ["  ..::##@@"])
  }

  @Test func shadedCellsKeepOnlyBoldReverseAndUnderline() {
    var buffer = CellBuffer(width: 2, height: 1)
    buffer.set(0, 0, "●", Style(foreground: .shade(30), background: .shade(15), bold: true, underline: true))
    buffer.set(1, 0, "▀", Style(foreground: .shade(0), background: .shade(30), reverse: true))
    buffer.applyMonoShading(unicode: true)
    #expect(buffer[0, 0] == Cell("▓", style: Style(bold: true, underline: true)))
    #expect(buffer[1, 0] == Cell("▒", style: Style(reverse: true)))
  }

  /// Only a cell with two shades is a heatmap cell; text, lines and one-shade glyphs stay.
  @Test func cellsWithoutTwoShadesAreLeftAlone() {
    var buffer = CellBuffer(width: 4, height: 2, fill: Cell("x"))
    buffer.set(0, 0, "▀", Style(foreground: .shade(30)))
    buffer.set(1, 0, " ", Style(background: .shade(15)))
    buffer.set(2, 0, "a", Style(foreground: .ui(.accent), background: .shade(15), bold: true))
    buffer.set(3, 1, "─", Style(foreground: .shade(0), background: .ui(.panel)))
    let before = buffer
    buffer.applyMonoShading(unicode: true)
    #expect(buffer == before)
  }

  @Test func applyingTwiceIsApplyingOnce() {
    var once = shaded([(0, 0), (6, 7), (15, 15), (30, 30)], bold: true)
    once.applyMonoShading(unicode: false)
    var twice = once
    twice.applyMonoShading(unicode: false)
    #expect(twice == once)
    #expect(once.lines == [" .:@"])
  }
}
