import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// `p` then `u`: a TensorFlow Playground link pasted into the preset picker opens as
/// `--tf-url` opens it, with the link's seed as `tfSeed`.
@Suite struct PickerLinkTests {
  /// The link of ../shared/fixtures/tf-links/link-circle-tanh-4-2.json (seed 0.45454).
  static let link = LinkShareTests.link

  static let presets = [
    PresetSummary(id: "xor", name: "XOR learned by a hidden layer", description: "A lesson."),
    PresetSummary(id: "b", name: "Batch of one", description: "Another lesson."),
  ]

  /// The playground with the picker open and its list read.
  static func picking(_ list: [PresetSummary] = presets) -> AppState {
    var state = Screens.paused()
    #expect(state.apply(.input(.key(.character("p")))) == [.listPresets])
    _ = state.apply(.presetsListed(list, isComplete: true))
    return state
  }

  /// `text` arrives as a terminal delivers a paste without bracketed paste: key by key.
  static func paste(_ text: String, into state: inout AppState) {
    for character in text {
      #expect(state.apply(.input(.key(.character(character)))) == [])
    }
  }

  /// The `.load` among `effects`, if any.
  static func loaded(_ effects: [Effect]) -> (scenario: Scenario, seed: UInt64)? {
    for case .send(.session(.load(let scenario, let seed)), _) in effects {
      return (scenario, seed)
    }
    return nil
  }

  static func linkPrompt(_ state: AppState) -> (TextField, Phrase?)? {
    guard case .prompt(.tfLink(let field, let error, _)) = state.overlay else { return nil }
    return (field, error)
  }

  @Test func uInThePickerOpensTheLinkPrompt() {
    var state = Self.picking()
    #expect(state.apply(.input(.key(.character("u")))) == [])
    let prompt = Self.linkPrompt(state)
    #expect(prompt?.0.text == "" && prompt?.1 == nil)
    let text = Screens.render(state, 80, 24).text
    #expect(text.contains("TensorFlow Playground link:"))
    #expect(text.contains("u link"), "the picker names the key\n\(text)")
    #expect(text.contains("XOR learned by a hidden layer"), "the picker stays behind")
  }

  /// A list that fills the screen leaves the status line to the prompt.
  @Test func aLongListLeavesThePromptInView() {
    let many = (1...30).map {
      PresetSummary(id: "p\($0)", name: LocalizedText(en: "Lesson \($0)"), description: "A lesson.")
    }
    var state = Self.picking(many)
    _ = state.apply(.input(.key(.character("u"))))
    let lines = Screens.render(state, 80, 24).lines
    #expect(lines[22].hasPrefix("TensorFlow Playground link: "), "\(lines[22])")
    #expect(lines[21].contains("╰"), "the picker's bottom edge is above the prompt")
  }

  @Test func enterLoadsTheLinkWithItsSeedPaused() throws {
    var state = Self.picking()
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste(Self.link, into: &state)
    #expect(Self.linkPrompt(state)?.0.text == Self.link, "the whole link, 450 characters")
    let effects = state.apply(.input(.key(.enter)))
    let load = try #require(Self.loaded(effects))
    let expected = try Scenario.fromTFPlaygroundURL(Self.link).scenario
    #expect(load.scenario == expected)
    #expect(load.scenario.tfSeed == "0.45454")
    #expect(load.seed == Scenario.integerSeed(fromTFSeed: "0.45454"))
    #expect(effects.map(\.unnumbered).first == .setRunning(false))
    #expect(state.overlay == .none && !state.isRunning)
    #expect(state.presetName == LocalizedText(.tensorFlowLink))
    #expect(state.lessons.current == nil)
    #expect(state.message?.isError == false)
    // The worker's session then holds the page's points.
    var worker = TestWorker(Screens.paused())
    _ = state.apply(.sessionUpdated(worker.run(effects)))
    #expect(state.snapshot.scenario.tfSeed == "0.45454")
    #expect(state.snapshot.data.train.first?.x == 0.06896981565894598)
  }

  @Test func aLinkCutShortOpensWithItsNotesOnTheStatusLine() throws {
    var state = Self.picking()
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste(Self.link + "&x", into: &state)
    let effects = state.apply(.input(.key(.enter)))
    #expect(Self.loaded(effects)?.scenario.tfSeed == "0.45454")
    let message = try #require(state.message)
    #expect(!message.isError && message.expires == nil)
    let notes = try Scenario.fromTFPlaygroundURL(Self.link + "&x").notes
    #expect(!notes.isEmpty && message.text == .joined(notes.map(Phrase.verbatim)))
  }

  @Test(arguments: [
    ("", "Paste a link"),
    ("hello world", "Not a TensorFlow Playground link"),
    ("https://example.com/page", "Not a TensorFlow Playground link"),
    ("https://example.com/?a=b", "no '#' part"),
    ("https://playground.tensorflow.org/#networkShape=9", "networkShape"),
    ("https://playground.tensorflow.org/#noise=80", "noise"),
  ])
  func aBadLinkSaysWhyAndSendsNothing(text: String, reason: String) {
    var state = Self.picking()
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste(text, into: &state)
    #expect(state.apply(.input(.key(.enter))) == [])
    let error = Self.linkPrompt(state)?.1
    #expect(error?.text(in: .en).contains(reason) == true, "\(String(describing: error))")
    #expect(Self.linkPrompt(state)?.0.text == text, "the prompt keeps what was pasted")
    let line = Screens.render(state, 160, 48).lines[46]
    #expect(line.contains(reason), "\(line)")
    let narrow = Screens.render(state, 80, 24).lines[22]
    #expect(narrow.contains(reason), "the reason before the title at 80 columns: \(narrow)")
    // The next key edits the link again.
    _ = state.apply(.input(.key(.backspace)))
    #expect(Self.linkPrompt(state)?.1 == nil)
  }

  @Test func escGoesBackToThePickerAndThenCloses() {
    var state = Self.picking()
    let picker = state.overlay
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste("https://playground", into: &state)
    #expect(state.apply(.input(.key(.escape))) == [])
    #expect(state.overlay == picker)
    #expect(state.apply(.input(.key(.escape))) == [])
    #expect(state.overlay == .none)
  }

  @Test func qAndUAreTypedNotObeyedInThePrompt() {
    var state = Self.picking()
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste("qu", into: &state)
    #expect(Self.linkPrompt(state)?.0.text == "qu")
  }

  @Test func theListArrivingWhileTypingReachesThePicker() {
    var state = Screens.paused()
    _ = state.apply(.input(.key(.character("p"))))
    _ = state.apply(.input(.key(.character("u"))))
    _ = state.apply(.presetsListed(Self.presets, isComplete: true))
    _ = state.apply(.input(.key(.escape)))
    guard case .presets(let picker) = state.overlay else {
      Issue.record("not back in the picker")
      return
    }
    #expect(picker.presets == Self.presets && picker.isComplete)
  }

  /// A long link scrolls: the end stays in view next to the cursor, the cut is marked.
  @Test func theLinkPromptAt80x24() {
    var state = Self.picking()
    _ = state.apply(.input(.key(.character("u"))))
    Self.paste(Self.link, into: &state)
    let buffer = Screens.render(state, 80, 24)
    let line = buffer.lines[22]
    #expect(line.hasPrefix("TensorFlow Playground link: …"), "\(line)")
    #expect(line.contains("hideText=false▏"), "\(line)")
    #expect(line.contains("Enter open  Esc cancel"), "\(line)")
    Snapshot.check(buffer, named: "picker-link-80x24")
    let russian = Screens.render(state, 80, 24, RenderOptions(language: .ru)).lines[22]
    #expect(russian.hasPrefix("Ссылка TensorFlow Playground: …"), "\(russian)")
    for _ in 0..<Self.link.count { _ = state.apply(.input(.key(.left))) }
    let start = Screens.render(state, 80, 24).lines[22]
    #expect(start.contains("▏https://playground") && start.contains("…  Enter"), "\(start)")
  }
}
