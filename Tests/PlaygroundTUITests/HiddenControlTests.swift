import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// A scenario's `view.hide`: hidden controls are not drawn, and their keys and clicks do
/// nothing but say so.
@Suite struct HiddenControlTests {
  static let size = Size(width: 160, height: 48)

  static func state(hiding hidden: Set<HideableControl>) -> AppState {
    let scenario = Scenario(dataset: .xor, hiddenLayers: [4], view: ViewOptions(hidden: hidden))
    return AppState(session: Session(scenario: scenario, seed: 1), presetName: "Classroom")
  }

  /// The click targets of the frame `state` draws at 160×48.
  static func targets(_ state: AppState) -> [HitTarget] {
    var renderer = FrameRenderer()
    return renderer.render(state, size: size, options: RenderOptions()).targets
  }

  /// Every key of each control; all of them must do nothing when it is hidden.
  static let keys: [(HideableControl, [Key])] = [
    (.showTestData, [.character("v")]),
    (.discretize, [.character("c")]),
    (.playButton, [.character(" ")]),
    (.stepButton, [.character("n")]),
    (.resetButton, [.character("r"), .character("w")]),
    (.learningRate, [.character("l"), .character("L")]),
    (.activation, [.character("a"), .character("A")]),
    (.regularization, [.character("e"), .character("E")]),
    (.regularizationRate, [.character("x"), .character("X")]),
    (.problem, [.character("m")]),
    (.dataset, [.character("d"), .character("D")]),
    (.trainRatio, [.character("t"), .character("T")]),
    (.noise, [.character("z"), .character("Z")]),
    (.batchSize, [.character("b"), .character("B")]),
    (.hiddenLayers, [.character("+"), .character("-")]),
    (.features, (1...7).map { .character(Character("\($0)")) }),
    (.speed, [.character("<"), .character(">")]),
  ]

  /// Nothing was sent and nothing will change: the settings and the snapshot as before.
  static func same(_ a: AppState, _ b: AppState) -> Bool {
    a.settings == b.settings && a.snapshot == b.snapshot && a.sentCommand == b.sentCommand
  }

  @Test func everyControlHasKeysHere() {
    #expect(Set(Self.keys.map(\.0)) == Set(HideableControl.allCases))
  }

  @Test(arguments: HideableControl.allCases)
  func hiddenControlsKeysHaveNoEffect(_ control: HideableControl) throws {
    let keys = try #require(Self.keys.first { $0.0 == control }?.1)
    for key in keys {
      var s = Self.state(hiding: [control])
      let before = s
      #expect(s.apply(.input(.key(key))) == [], "\(key)")
      #expect(Self.same(s, before))
      #expect(!s.isRunning)
      #expect(s.speed == .default)
      #expect(
        s.message?.text.text(in: .en)
          == "\(Strings(.en)[control.titleKey]): hidden in this lesson")
    }
    // The first key works when nothing is hidden (the second may be at its end already).
    var open = Self.state(hiding: [])
    #expect(open.apply(.input(.key(keys[0]))) != [], "\(keys[0]) with nothing hidden")
  }

  @Test func stepStillWorksWithoutThePlayButton() {
    var s = Self.state(hiding: [.playButton])
    #expect(s.apply(.input(.key(.character(" ")))) == [])
    #expect(
      s.apply(.input(.key(.character("n")))).map(\.unnumbered) == [
        .setRunning(false), .session(.step),
      ])
    var t = Self.state(hiding: [.playButton, .stepButton])
    #expect(t.apply(.input(.key(.character("n")))) == [])
  }

  @Test func neuronsStayEditableWhenLayersAreHidden() {
    var s = Self.state(hiding: [.hiddenLayers])
    #expect(s.apply(.input(.key(.up))).map(\.unnumbered) == [.session(.setHiddenLayers([5]))])
  }

  @Test func hiddenControlsHaveNoMouseTargets() {
    let all = Set(HideableControl.allCases)
    let open = Self.targets(Self.state(hiding: []))
    #expect(open.contains { $0.action.control == .learningRate })
    #expect(open.contains { $0.action == .setDataset(.circle) })
    var s = Self.state(hiding: all)
    let targets = Self.targets(s)
    #expect(!targets.contains { $0.action.control != nil })
    #expect(targets.contains { $0.action == .showMap(.output) }, "neurons and maps stay clickable")
    // A click where the learning rate was does nothing.
    if let rate = open.first(where: { $0.action.control == .learningRate }) {
      let before = s
      #expect(s.click(x: rate.rect.x, y: rate.rect.y, size: Self.size) == [])
      #expect(Self.same(s, before))
      #expect(s.message == nil)
    }
  }

  @Test func hiddenControlsAreNotDrawnAndHelpMarksThem() {
    let hidden: Set<HideableControl> = [
      .learningRate, .noise, .dataset, .playButton, .showTestData,
    ]
    let lines = Screens.render(Self.state(hiding: hidden), 160, 48).lines
    let text = lines.joined(separator: "\n")
    #expect(!text.contains("Learning rate"))
    #expect(!text.contains("z Z") && !text.contains("Noise"))
    #expect(!text.contains("d D"))
    #expect(!text.contains("Show test data"))
    #expect(!lines[47].contains("Space"))
    #expect(
      text.contains("Activation") && text.contains("Ratio train") && text.contains("Discretize"))
    var help = Self.state(hiding: hidden)
    _ = help.apply(.input(.key(.character("?"))))
    let helpText = Screens.render(help, 160, 48).lines.joined(separator: "\n")
    #expect(helpText.contains("(hidden) learning rate"))
    #expect(helpText.contains("(hidden) noise"))
    #expect(!helpText.contains("(hidden) activation"))
  }

  @Test(arguments: [80, 160]) func classroomSnapshot(width: Int) {
    let height = width == 80 ? 24 : 48
    let hidden: Set<HideableControl> = [
      .learningRate, .regularization, .regularizationRate, .problem, .dataset, .noise,
      .batchSize, .speed, .discretize,
    ]
    let buffer = Screens.render(Self.state(hiding: hidden), width, height)
    Snapshot.check(buffer, named: "classroom-\(width)x\(height)")
  }
}
