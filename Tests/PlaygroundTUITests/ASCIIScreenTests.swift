import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Without Unicode (no UTF-8 locale: ncursesw would draw nothing for other characters)
/// every screen is plain ASCII, and the views get there with their own glyphs.
@Suite struct ASCIIScreenTests {
  static func pressing(_ keys: [Key], on state: AppState = Screens.paused()) -> AppState {
    var state = state
    for key in keys { _ = state.apply(.input(.key(key))) }
    return state
  }

  static let presets = [
    PresetSummary(id: "xor", name: "XOR learned by a hidden layer", description: "A lesson."),
    PresetSummary(id: "b", name: "Batch of one", description: "Another lesson."),
  ]

  /// Every overlay, prompt, message and mode the screen has.
  static let states: [(String, @Sendable () -> AppState)] = [
    ("paused", { Screens.paused() }),
    ("trained XOR", { Screens.trainedXOR() }),
    ("diverged", { Screens.diverged() }),
    ("presentation", { Screens.presentation() }),
    ("help", { Screens.help() }),
    (
      "help, hidden controls",
      {
        var scenario = Scenario(dataset: .xor)
        scenario.view.hidden = Set(HideableControl.allCases)
        let state = AppState(session: Session(scenario: scenario, seed: 1), presetName: "Classroom")
        return pressing([.character("?")], on: state)
      }
    ),
    ("presets loading", { pressing([.character("p")]) }),
    (
      "presets listed",
      {
        var state = pressing([.character("p")])
        _ = state.apply(.presetsListed(presets, isComplete: true))
        return state
      }
    ),
    (
      "presets empty",
      {
        var state = pressing([.character("p")])
        _ = state.apply(.presetsListed([], isComplete: true))
        return state
      }
    ),
    (
      "loading note",
      {
        var state = pressing([.character("p")])
        _ = state.apply(.presetsListed(presets, isComplete: true))
        _ = state.apply(.input(.key(.enter)))
        return state
      }
    ),
    ("link focused", { pressing([.tab, .tab]) }),
    ("neuron focused, editing", { pressing([.tab, .character("="), .character("5")]) }),
    ("save prompt", { pressing([.character("S"), .tab]) }),
    (
      "overwrite?",
      {
        var state = pressing([.character("S"), .enter])
        _ = state.apply(.saved(.failure(ScenarioFileError("exists", fileExists: true))))
        return state
      }
    ),
    ("error message", { pressing([.character("=")]) }),
    (
      "neuron map",
      {
        var state = Screens.trainedXOR()
        state.selection.map = .neuron(layer: 1, index: 0)
        return state
      }
    ),
  ]

  @Test(arguments: [(80, 24), (120, 40), (160, 48), (60, 20)])
  func everyScreenIsASCII(width: Int, height: Int) {
    for tier in [ColorTier.mono, .ansi16, .ansi256] {
      for (name, make) in Self.states {
        var renderer = FrameRenderer()
        let options = RenderOptions(tier: tier, unicode: false)
        let own = renderer.draw(make(), size: Size(width: width, height: height), options: options)
        let stray = Set(own.buffer.cells.map(\.character).filter { !$0.isASCII })
        #expect(stray.isEmpty, "\(name) at \(width)×\(height), \(tier): \(stray.sorted())")
      }
    }
  }

  @Test func userTextOutsideASCIIIsReplaced() {
    let state = AppState(
      session: Session(scenario: .default, seed: 1), presetName: "Über — ✓")
    let buffer = Screens.render(state, 160, 48, RenderOptions(unicode: false))
    #expect(buffer.cells.allSatisfy { $0.character.isASCII })
    #expect(buffer.lines[0].contains("?ber - ?"))
  }

  @Test func helpSpellsOutArrowsWithoutUnicode() {
    let text = Screens.render(Screens.help(), 160, 48, RenderOptions(unicode: false)).lines
      .joined(separator: "\n")
    #expect(text.contains("Left / Right"))
    #expect(text.contains("Up / Down"))
    #expect(text.contains("1 ... 7"))
  }
}
