import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Whole screens at 80×24 and 160×48: text, foreground and background layers.
@Suite struct ScreenSnapshotTests {
  static let sizes = [(80, 24), (160, 48)]

  @Test(arguments: sizes) func pausedDefault(width: Int, height: Int) {
    Snapshot.check(
      Screens.render(Screens.paused(), width, height), named: "paused-\(width)x\(height)")
  }

  @Test(arguments: sizes) func trainedXOR(width: Int, height: Int) {
    Snapshot.check(
      Screens.render(Screens.trainedXOR(), width, height), named: "xor-\(width)x\(height)")
  }

  @Test(arguments: sizes) func diverged(width: Int, height: Int) {
    let state = Screens.diverged()
    #expect(state.snapshot.isDiverged)
    let buffer = Screens.render(state, width, height)
    #expect(buffer.lines.contains { $0.contains("✖ Diverged") })
    #expect(buffer.lines.joined().contains("lower the learning rate"))
    Snapshot.check(buffer, named: "diverged-\(width)x\(height)")
  }

  @Test(arguments: sizes) func helpOpen(width: Int, height: Int) {
    let buffer = Screens.render(Screens.help(), width, height)
    let text = buffer.lines.joined(separator: "\n")
    for entry in KeyMap.help { #expect(text.contains(entry.keys), "help lacks \(entry.keys)") }
    Snapshot.check(buffer, named: "help-\(width)x\(height)")
  }

  @Test func tooSmall() {
    let buffer = Screens.render(Screens.paused(), 60, 20)
    #expect(buffer.lines.joined().contains("enlarge the terminal to 80×24"))
    Snapshot.check(buffer, named: "too-small-60x20")
  }

  @Test func epochCounterIsOnOneLine() {
    var session = Session(scenario: .default, seed: 1)
    for _ in 0..<3 { session.step() }
    let buffer = Screens.render(AppState(session: session, presetName: nil), 80, 24)
    #expect(buffer.lines[0].contains("Epoch 3"))
  }

  @Test(arguments: [ColorTier.mono, .ansi16]) func otherTiersDrawTheHeatmap(tier: ColorTier) {
    let buffer = Screens.render(Screens.trainedXOR(), 80, 24, RenderOptions(tier: tier))
    // Both tiers shade with the same glyphs; 16 colours adds orange/blue foregrounds.
    let glyphs: Set<Character> = ["░", "▒", "▓", "█"]
    #expect(buffer.cells.contains { glyphs.contains($0.character) })
    #expect(!buffer.cells.contains { $0.character == "▀" })
  }

  /// In mono the frame is what the terminal shows: no cell is left for the backend to
  /// turn from a pair of shades into a density character.
  @Test(arguments: [true, false]) func monoFramesCarryNoShadePairs(unicode: Bool) {
    for state in [Screens.trainedXOR(), Screens.presentation(), Screens.paused()] {
      let buffer = Screens.render(state, 160, 48, RenderOptions(tier: .mono, unicode: unicode))
      let pairs = buffer.cells.filter { cell in
        if case .shade = cell.style.foreground, case .shade = cell.style.background { return true }
        return false
      }
      #expect(pairs.isEmpty)
    }
  }

  @Test func asciiOnlyUsesASCII() {
    let buffer = Screens.render(
      Screens.trainedXOR(), 160, 48, RenderOptions(tier: .mono, unicode: false))
    #expect(buffer.cells.allSatisfy { $0.character.isASCII })
    #expect(buffer.cells.contains { $0.character == "@" })
  }
}
