import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// `u`: the TensorFlow Playground link of the scenario on screen, copied with OSC 52.
@Suite struct LinkShareTests {
  static let link =
    "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle"
    + "&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2"
    + "&seed=0.45454&showTestData=false&discretize=false&percTrainData=50&x=true&y=true"
    + "&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false"
    + "&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false"

  static func linked() throws -> AppState {
    let scenario = try Scenario.fromTFPlaygroundURL(link).scenario
    return AppState(session: Session(scenario: scenario, seed: 1), presetName: nil)
  }

  static func screen(_ state: AppState, language: Language = .en, width: Int = 80) -> String {
    var renderer = FrameRenderer()
    var options = RenderOptions()
    options.language = language
    return renderer.render(state, size: Size(width: width, height: 24), options: options)
      .buffer.lines.joined(separator: "\n")
  }

  @Test func uShowsTheLinkAndAsksForACopy() throws {
    var state = try Self.linked()
    let effects = state.apply(.input(.key(.character("u"))))
    #expect(effects == [.copyToClipboard(Self.link)])
    guard case .link(let share) = state.overlay else {
      Issue.record("no link overlay")
      return
    }
    #expect(share.url == Self.link)
    #expect(share.chosenSeed == nil && !share.otherWeights && share.copied == nil)
    let text = Self.screen(state).replacingOccurrences(of: "\n", with: "")
    #expect(text.contains("TensorFlow Playground link"))
    #expect(text.contains("seed=0.45454"))
  }

  @Test func theScreenSaysWhetherItWasCopied() throws {
    var state = try Self.linked()
    _ = state.apply(.input(.key(.character("u"))))
    _ = state.apply(.copied(true))
    #expect(Self.screen(state).contains("Copied to the clipboard (OSC 52)"))
    #expect(Self.screen(state, language: .ru).contains("Скопировано в буфер обмена (OSC 52)"))
    _ = state.apply(.copied(false))
    #expect(Self.screen(state).contains("Not copied: the output is not a terminal."))
  }

  @Test func escOrUClosesAndQQuits() throws {
    var state = try Self.linked()
    for key in [Key.escape, .character("u"), .enter] {
      _ = state.apply(.input(.key(.character("u"))))
      #expect(state.apply(.input(.key(key))) == [])
      #expect(state.overlay == .none)
    }
    _ = state.apply(.input(.key(.character("u"))))
    #expect(state.apply(.input(.key(.character("q")))) == [.quit])
  }

  /// Without a seed string the link gets one, and the overlay says the points differ.
  @Test func aScenarioWithoutTFSeedSaysThePointsWillDiffer() throws {
    var state = AppState(session: Session(scenario: .default, seed: 5), presetName: nil)
    _ = state.apply(.input(.key(.character("u"))))
    guard case .link(let share) = state.overlay, let seed = share.chosenSeed else {
      Issue.record("no chosen seed")
      return
    }
    #expect(share.url.contains("&seed=\(seed)&"))
    #expect(Self.screen(state, width: 120).contains("The scenario has no link seed"))
    #expect(Self.screen(state, language: .ru, width: 120).contains("У сценария нет seed ссылки"))
  }

  @Test func newWeightsAreNotInTheLink() throws {
    var state = try Self.linked()
    var worker = TestWorker(state)
    let effects = state.apply(.input(.key(.character("w"))))
    _ = state.apply(.sessionUpdated(worker.run(effects)))
    _ = state.apply(.input(.key(.character("u"))))
    guard case .link(let share) = state.overlay else {
      Issue.record("no link overlay")
      return
    }
    #expect(share.otherWeights)
    #expect(Self.screen(state, width: 120).contains("the seed's first weights"))
  }

  /// What the original cannot express is an error line naming the key, in both languages.
  @Test func moonsGivesAClearMessage() {
    var state = AppState(
      session: Session(scenario: Scenario(dataset: .moons), seed: 5), presetName: nil)
    #expect(state.apply(.input(.key(.character("u")))) == [])
    #expect(state.overlay == .none)
    #expect(state.message?.isError == true)
    #expect(Self.screen(state).contains("No link: the original cannot express dataset = moons"))
    #expect(
      Self.screen(state, language: .ru).contains(
        "Ссылки нет: в оригинале нельзя задать dataset = moons"))
  }

  /// The keys playground-tui adds (classes, compare) are named with their own values.
  @Test func classesAndCompareAreNamedWithTheirValues() {
    var scenario = Scenario(dataset: .gauss)
    scenario.classes = 3
    scenario.loss = .crossEntropy
    var state = AppState(session: Session(scenario: scenario, seed: 5), presetName: nil)
    _ = state.apply(.input(.key(.character("u"))))
    #expect(Self.screen(state).contains("cannot express classes = 3"))
    scenario = Scenario()
    scenario.compare = [ScenarioOverrides(activation: .tanh), ScenarioOverrides(activation: .relu)]
    state = AppState(session: Session(scenario: scenario, seed: 5), presetName: nil)
    _ = state.apply(.input(.key(.character("u"))))
    #expect(
      Self.screen(state, width: 120).contains(
        "cannot express compare = activation=tanh | activation=relu"))
  }

  @Test func uIsInTheHelp() {
    #expect(KeyMap.intent(for: .character("u")) == .shareLink)
    #expect(KeyMap.help.contains { $0.bindings == [.character("u")] && $0.action == .helpLink })
  }
}
