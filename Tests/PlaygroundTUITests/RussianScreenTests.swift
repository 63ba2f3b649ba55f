import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// `--lang ru`: every word on every screen is Russian or one the lecture keeps in
/// English, the lecture's own words show, and nothing is cut or runs into its neighbour
/// at 80×24 and 160×48 (Russian words are longer).
@Suite struct RussianScreenTests {
  static let russian = RenderOptions(language: .ru)
  static let sizes = [(80, 24), (160, 48)]

  static func pressing(_ keys: [Key], on state: AppState = Screens.paused()) -> AppState {
    var state = state
    for key in keys { _ = state.apply(.input(.key(key))) }
    return state
  }

  /// The screens a lecture shows, with a prompt, a note and an error.
  static let states: [(String, @Sendable () -> AppState)] = [
    ("paused", { Screens.paused() }),
    ("trained XOR", { Screens.trainedXOR() }),
    ("diverged", { Screens.diverged() }),
    ("presentation", { Screens.presentation() }),
    ("help", { Screens.help() }),
    ("focus", { pressing([.tab, .tab]) }),
    ("editor", { pressing([.tab, .character("=")]) }),
    ("editor refusal", { pressing([.tab, .character("="), .character("x"), .enter]) }),
    ("save prompt", { pressing([.character("S")]) }),
    ("error", { pressing([.character("=")]) }),
    ("presets loading", { pressing([.character("p")]) }),
    (
      "presets listed",
      {
        var state = pressing([.character("p")])
        _ = state.apply(.presetsListed(RussianScreenTests.presets, isComplete: true))
        return state
      }
    ),
    (
      "hidden controls",
      {
        var scenario = Scenario(dataset: .xor)
        scenario.view.hidden = Set(HideableControl.allCases)
        let state = AppState(session: Session(scenario: scenario, seed: 1), presetName: "Classroom")
        return pressing([.character("l")], on: state)
      }
    ),
  ]

  static let presets = [
    PresetSummary(
      id: "xor-linear",
      name: LocalizedText(en: "XOR with a single neuron", ru: "XOR и один нейрон"),
      description: LocalizedText(
        en: "A straight line cannot split XOR.", ru: "Прямая не может разделить XOR.")),
    PresetSummary(
      id: "moons", name: LocalizedText(en: "Two moons", ru: "Два полумесяца"),
      description: LocalizedText(en: "Two half circles.", ru: "Два полукруга.")),
  ]

  /// Latin words a Russian screen may show: the lecture's English terms, names that are
  /// names in every language (features, activations, XOR), key names, and the preset id
  /// the command line takes.
  static let allowedLatin: Set<String> = [
    "loss", "Test", "Train", "test", "train", "Learning", "learning", "rate", "LR", "batch",
    "Batch", "backprop", "ReLU", "Tanh", "Sigmoid", "Leaky", "ELU", "seed", "XOR", "X1", "X2",
    "X1X2", "sin", "log", "Tab", "Esc", "Enter", "Ctrl", "aA", "xor", "linear", "moons",
    "Classroom", "scenario", "json", "1e300",
  ]

  static func latinWords(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { word in
      // Three letters or more: an overlay's edge leaves pieces of the words under it.
      word.count > 2 && word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
        && !allowedLatin.contains(word)
        // "H1", "X1^2": a node's or feature's name.
        && !(word.first == "H" && word.dropFirst().allSatisfy(\.isNumber))
    }
  }

  @Test(arguments: states.indices)
  func everyWordIsRussianOrTheLecturesEnglish(_ index: Int) {
    let (name, make) = Self.states[index]
    for (width, height) in Self.sizes {
      let text = Screens.render(make(), width, height, Self.russian).text
      let english = Self.latinWords(text)
      #expect(english.isEmpty, "\(name) \(width)×\(height): \(english)")
    }
  }

  @Test(arguments: sizes)
  func theLecturesWordsShow(width: Int, height: Int) {
    let text = Screens.render(Screens.paused(), width, height, Self.russian).text
    for word in ["Эпоха 0", "Данные", "Признаки", "Шум", "Новые точки", "Классиф", "выход"] {
      #expect(text.contains(word), "\(word) missing at \(width)×\(height)\n\(text)")
    }
    if width >= 160 {
      for word in ["Пауза", "Скрытые слои", "Активация", "Регуляризация", "точность"] {
        #expect(text.contains(word), "\(word) missing at \(width)×\(height)\n\(text)")
      }
    }
  }

  /// A comma is the Russian decimal separator: thousands are grouped with a space.
  @Test func russianGroupsThousandsWithASpace() {
    for (language, expected) in [(Language.en, "Epoch 12,345"), (.ru, "Эпоха 12 345")] {
      var buffer = CellBuffer(width: 160, height: 1)
      TopBarView(
        scenario: .default, epoch: 12_345, isRunning: true, isDiverged: false, speed: .default,
        presetName: nil, glyphs: Glyphs(RenderOptions()), strings: Strings(language)
      ).render(into: &buffer, rect: Rect(x: 0, y: 0, width: 160, height: 1))
      #expect(buffer.lines[0].contains(expected), "\(buffer.lines[0])")
    }
  }

  /// Every line of `?` reads whole at the smallest size, in both languages.
  @Test(arguments: Language.allCases)
  func everyHelpLineIsWholeAt80x24(language: Language) {
    let text = Screens.render(Screens.help(), 80, 24, RenderOptions(language: language)).text
    let strings = Strings(language)
    for entry in KeyMap.help {
      let action = strings[entry.action]
      #expect(text.contains(action), "\(language): '\(action)' is cut\n\(text)")
    }
  }
}
