import PlaygroundCore
import Testing

@testable import PlaygroundTUI

@Suite struct AppStateTests {
  func state() -> AppState { Screens.paused() }

  func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.apply(.input(.key(key)))
  }

  @Test func spaceTogglesRunning() {
    var s = state()
    #expect(press(.character(" "), &s) == [.setRunning(true)])
    #expect(s.isRunning)
    #expect(press(.character(" "), &s) == [.setRunning(false)])
    #expect(!s.isRunning)
  }

  @Test func stepPausesAndSteps() {
    var s = state()
    _ = s.apply(.sessionUpdated(s.session, isRunning: true))
    #expect(press(.character("n"), &s) == [.setRunning(false), .session(.step)])
    #expect(s.session.epoch == 1)
  }

  @Test func learningRateAppliesWithoutReset() {
    var s = state()
    _ = press(.character("n"), &s)
    #expect(press(.character("l"), &s) == [.session(.setLearningRate(0.1))])
    #expect(press(.character("L"), &s) == [.session(.setLearningRate(0.03))])
    #expect(s.session.epoch == 1)
  }

  /// Every key the help lists does something (or is a documented no-op at the edges).
  @Test func everyHelpBindingMapsToAnIntent() {
    for entry in KeyMap.help {
      for key in entry.bindings {
        #expect(KeyMap.intent(for: key) != nil, "\(entry.keys) \(key) has no intent")
      }
    }
  }

  @Test(arguments: [
    (Key.character("r"), [Effect.setRunning(false), .session(.reset)]),
    (.character("w"), [.setRunning(false), .session(.newWeights)]),
    (.character("g"), [.session(.regenerate)]),
    (.character("d"), [.session(.setDataset(.xor))]),
    (.character("D"), [.session(.setDataset(.moons))]),
    (.character("m"), [.session(.setProblem(.regression))]),
    (.character("3"), [.session(.setFeatures([.x1, .x2, .x1Squared]))]),
    (.character("+"), [.session(.setHiddenLayers([4, 2, 2]))]),
    (.character("-"), [.session(.setHiddenLayers([4]))]),
    (.up, [.session(.setHiddenLayers([5, 2]))]),
    (.down, [.session(.setHiddenLayers([3, 2]))]),
    (.character("a"), [.session(.setActivation(.sigmoid))]),
    (.character("A"), [.session(.setActivation(.relu))]),
    (.character("e"), [.session(.setRegularization(.l1))]),
    (.character("E"), [.session(.setRegularization(.l2))]),
    (.character("x"), [.session(.setRegularizationRate(0.001))]),
    (.character("b"), [.session(.setBatchSize(.count(11)))]),
    (.character("B"), [.session(.setBatchSize(.count(9)))]),
    (.character("z"), [.session(.setNoise(5))]),
    (.character("t"), [.session(.setTrainRatio(60))]),
    (.character("T"), [.session(.setTrainRatio(40))]),
    (.character("v"), [.session(.setView(ViewOptions(showTestData: true)))]),
    (.character("c"), [.session(.setView(ViewOptions(discretize: true)))]),
    (.character(">"), [.setSpeed(TrainingSpeed(epochsPerSecond: 120))]),
    (.character("<"), [.setSpeed(TrainingSpeed(epochsPerSecond: 30))]),
    (.character("p"), [.listPresets]),
    (.character("q"), [.quit]),
    (.control("c"), [.quit]),
  ])
  func keyEmits(_ key: Key, _ effects: [Effect]) {
    var s = state()
    #expect(press(key, &s) == effects)
  }

  @Test func settingsAreAppliedOptimistically() {
    var s = state()
    _ = press(.character("a"), &s)
    #expect(s.session.scenario.activation == .sigmoid)
    _ = press(.character("3"), &s)
    #expect(s.session.scenario.features == [.x1, .x2, .x1Squared])
  }

  @Test func layerSelectionMovesAndNeuronsFollowIt() {
    var s = state()
    _ = press(.right, &s)
    #expect(s.selection.layer == 1)
    #expect(press(.up, &s) == [.session(.setHiddenLayers([4, 3]))])
    _ = press(.right, &s)
    #expect(s.selection.layer == 1)
  }

  @Test func helpOpensAndEscCloses() {
    var s = state()
    _ = press(.character("?"), &s)
    #expect(s.overlay == .help)
    _ = press(.escape, &s)
    #expect(s.overlay == .none)
  }

  @Test func tabFocusesAndEqualsEditsAWeight() {
    var s = state()
    _ = press(.tab, &s)
    #expect(s.selection.focus == .neuron(layer: 1, index: 0))
    _ = press(.tab, &s)
    #expect(s.selection.focus == .link(layer: 0, to: 0, from: 0))
    _ = press(.character("="), &s)
    guard case .prompt(.editValue(let focus, _)) = s.overlay else {
      Issue.record("no prompt")
      return
    }
    #expect(focus == .link(layer: 0, to: 0, from: 0))
    _ = press(.control("u"), &s)
    for c in "0.5" { _ = press(.character(c), &s) }
    #expect(press(.enter, &s) == [.session(.setWeight(layer: 0, to: 0, from: 0, value: 0.5))])
    #expect(s.session.network.weights[0] == 0.5)
    #expect(s.overlay == .none)
  }

  @Test func escCancelsTheEditPrompt() {
    var s = state()
    _ = press(.tab, &s)
    _ = press(.character("="), &s)
    #expect(press(.escape, &s) == [])
    #expect(s.overlay == .none)
  }

  @Test func presetPickerListsAndLoads() {
    var s = state()
    #expect(press(.character("p"), &s) == [.listPresets])
    let list = [
      PresetSummary(id: "xor", name: "XOR", description: "Needs a hidden layer"),
      PresetSummary(id: "spiral", name: "Spiral", description: "Hard"),
    ]
    _ = s.apply(.presetsListed(list))
    _ = press(.down, &s)
    #expect(press(.enter, &s) == [.loadPreset("spiral")])
    // Loading while training pauses: a lesson starts from its untrained network.
    _ = s.apply(.sessionUpdated(s.session, isRunning: true))
    let scenario = Scenario(name: "Spiral", dataset: .spiral)
    let effects = s.apply(.presetLoaded(.success(LoadedPreset(id: "spiral", scenario: scenario, seed: 7))))
    #expect(effects == [.setRunning(false), .session(.load(scenario, seed: 7))])
    #expect(!s.isRunning)
    #expect(s.presetName == "Spiral")
    #expect(s.session.scenario.dataset == .spiral)
  }

  @Test func presetLoadFailureKeepsStateAndShowsTheMessage() {
    var s = state()
    _ = press(.character("a"), &s)
    let before = s.session.scenario
    let effects = s.apply(.presetLoaded(.failure(PresetLoadError("bad.json: hiddenLayers: at most 6"))))
    #expect(effects.isEmpty)
    #expect(s.session.scenario == before)
    #expect(s.message?.text == "bad.json: hiddenLayers: at most 6")
    let screen = Screens.render(s, 80, 24)
    #expect(screen.lines.contains { $0.contains("bad.json: hiddenLayers: at most 6") })
  }

  @Test func saveAsksBeforeOverwriting() {
    var s = state()
    _ = press(.character("S"), &s)
    _ = press(.tab, &s)
    #expect(press(.enter, &s) == [.save(path: "scenario.json", includeWeights: true, overwrite: false)])
    _ = s.apply(.saved(.failure(PresetLoadError("exists", fileExists: true))))
    #expect(s.overlay == .prompt(.confirmOverwrite(path: "scenario.json", includeWeights: true)))
    #expect(press(.character("y"), &s) == [.save(path: "scenario.json", includeWeights: true, overwrite: true)])
    _ = s.apply(.saved(.success("scenario.json")))
    #expect(s.message?.text == "Saved scenario.json")
  }

  @Test func notesFadeOnTick() {
    var s = state()
    _ = s.apply(.saved(.success("a.json")))
    _ = s.apply(.tick(milliseconds: 10_000))
    #expect(s.message == nil)
  }

  @Test func clickingANeuronShowsItsMapAndAgainGoesBack() {
    var s = state()
    _ = s.apply(.input(.resize(Size(width: 160, height: 48))))
    let layout = ScreenLayout(size: Size(width: 160, height: 48), presentation: false)
    let geometry = NetworkGeometry(rect: layout.network, hiddenLayers: [4, 2])
    let neuron = geometry.hidden[0][1]
    let click = MouseEvent(kind: .press, x: neuron.x, y: neuron.y)
    _ = s.apply(.input(.mouse(click)))
    #expect(s.selection.map == .neuron(layer: 1, index: 1))
    _ = s.apply(.input(.mouse(click)))
    #expect(s.selection.map == .output)
  }

  /// Clicks land on what is drawn in ASCII too, where a checkbox is "[ ]", not "☐".
  @Test(arguments: [true, false]) func clickingTheDiscretizeToggle(unicode: Bool) throws {
    var s = state()
    s.renderOptions = RenderOptions(unicode: unicode)
    _ = s.apply(.input(.resize(Size(width: 80, height: 24))))
    let lines = Screens.render(s, 80, 24, s.renderOptions).lines
    let row = try #require(lines.firstIndex { $0.contains("discr.") })
    let line = lines[row]
    // The label's last cell, which a target two cells off would miss.
    let end = line.distance(from: line.startIndex, to: line.range(of: "discr.")!.upperBound) - 1
    #expect(!s.session.scenario.view.discretize)
    _ = s.apply(.input(.mouse(MouseEvent(kind: .press, x: end, y: row))))
    #expect(s.session.scenario.view.discretize, "\(line) at \(end)")
  }

  @Test func clickingADatasetSelectsIt() {
    var s = state()
    let targets = s.hitTargets()
    guard let xor = targets.first(where: { $0.action == .setDataset(.xor) }) else {
      Issue.record("no xor target")
      return
    }
    let effects = s.apply(.input(.mouse(MouseEvent(kind: .press, x: xor.rect.x, y: xor.rect.y))))
    #expect(effects == [.session(.setDataset(.xor))])
  }

  @Test func divergedSpaceExplainsRecovery() {
    var s = Screens.diverged()
    #expect(press(.character(" "), &s) == [])
    #expect(s.message?.text.contains("learning rate") == true)
  }
}
