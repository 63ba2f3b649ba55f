import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The screen with 3...6 classes (issue 15): cells in the likeliest class's colour, points
/// in their class's colour, one small map per class, a legend naming the classes.
@Suite struct ClassScreenTests {
  @Test(arguments: ScreenSnapshotTests.sizes) func threeClasses(width: Int, height: Int) {
    let buffer = Screens.render(Screens.classes(3, .gauss, epochs: 200), width, height)
    #expect(buffer.lines.joined().contains("■0 ■1 ■2"))
    Snapshot.check(buffer, named: "classes3-\(width)x\(height)")
  }

  @Test func fourClassesInMono() {
    let buffer = Screens.render(
      Screens.classes(4, .pinwheel, epochs: 200), 80, 24, RenderOptions(tier: .mono))
    // Each class its hatching, each point its digit.
    for c in 0..<4 {
      #expect(buffer.cells.contains { $0.character == ClassPalette.hatch(c, unicode: true) })
      #expect(buffer.cells.contains { $0.character == Character("\(c)") && $0.style.bold })
    }
    Snapshot.check(buffer, named: "classes4-mono-80x24")
  }

  @Test func everyClassHasItsColourAndTheOutputItsMaps() {
    let state = Screens.classes(4, .pinwheel, epochs: 200)
    let buffer = Screens.render(state, 160, 48)
    var seen = Set<Int>()
    for cell in buffer.cells {
      for color in [cell.style.foreground, cell.style.background] {
        if case .classTone(let t) = color { seen.insert(Int(t) / ClassPalette.tones) }
      }
    }
    #expect(seen == [0, 1, 2, 3])
    #expect(buffer.lines.joined().contains("■0 ■1 ■2 ■3 classes"))
  }

  /// Six classes at 80×24: the swatches pack together so both toggles stay whole.
  @Test func sixClassesLegendKeepsTheToggles() {
    let buffer = Screens.render(Screens.classes(6, .gauss, epochs: 1), 80, 24)
    let legend = buffer.lines.first { $0.contains("■0") } ?? ""
    #expect(legend.contains("■0■1■2■3■4■5") && legend.contains("c☐discr."), "\(legend)")
  }

  @Test func discretizeDrawsHardRegionsAtOneTone() {
    let painter = ClassHeatmapPainter(options: RenderOptions(), discretize: true)
    #expect(painter.tone(0.34, classes: 3) == painter.tone(0.99, classes: 3))
    let soft = ClassHeatmapPainter(options: RenderOptions())
    #expect(soft.tone(0.34, classes: 3) < soft.tone(0.99, classes: 3))
  }

  @Test func theWinnerIsTheLikeliestClass() {
    let maps = [
      PixelMap(width: 1, height: 1, values: [-0.8]), PixelMap(width: 1, height: 1, values: [0.4]),
      PixelMap(width: 1, height: 1, values: [-0.6]),
    ]
    let winner = ClassHeatmapPainter.winner(maps, 0, 0)
    #expect(winner?.c == 1 && winner?.p == 0.7)
  }
}
