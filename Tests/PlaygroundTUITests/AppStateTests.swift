import PlaygroundCore
import Testing

@testable import PlaygroundTUI

@Suite struct AppStateTests {
  func state() -> AppState { Screens.paused() }

  func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.apply(.input(.key(key))).map(\.unnumbered)
  }

  /// Presses a key and lets a worker apply what it sent, as the run loop would.
  func pressAndApply(_ key: Key, _ state: inout AppState, _ worker: inout TestWorker) -> [Effect] {
    let effects = state.apply(.input(.key(key)))
    _ = state.apply(.sessionUpdated(worker.run(effects)))
    return effects.map(\.unnumbered)
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
    var worker = TestWorker(s)
    _ = pressAndApply(.character(" "), &s, &worker)
    #expect(s.isRunning)
    #expect(pressAndApply(.character("n"), &s, &worker) == [.setRunning(false), .session(.step)])
    #expect(s.snapshot.epoch == 1)
    #expect(!s.isRunning)
  }

  @Test func learningRateAppliesWithoutReset() {
    var s = state()
    var worker = TestWorker(s)
    _ = pressAndApply(.character("n"), &s, &worker)
    #expect(pressAndApply(.character("l"), &s, &worker) == [.session(.setLearningRate(0.1))])
    #expect(pressAndApply(.character("L"), &s, &worker) == [.session(.setLearningRate(0.03))])
    #expect(s.snapshot.epoch == 1)
  }

  /// Every command goes out with a number one higher than the last.
  @Test func commandsAreNumberedInOrder() {
    var s = state()
    let effects = ["a", "+", " ", ">"].flatMap { s.apply(.input(.key(.character($0)))) }
    let numbers = effects.compactMap { effect -> UInt64? in
      guard case .send(_, let sequence) = effect else { return nil }
      return sequence
    }
    #expect(numbers == [1, 2, 3, 4])
    #expect(s.sentCommand == 4)
  }

  /// A snapshot the worker took before it applied the last command sent is older than
  /// what the screen already shows: it is ignored, and a current one is taken.
  @Test func aStaleSnapshotIsIgnoredAndACurrentOneTaken() {
    var s = state()
    var worker = TestWorker(s)
    let stale = worker.run([])
    let effects = s.apply(.input(.key(.character("+"))))
    #expect(s.settings.hiddenLayers == [4, 2, 2])
    #expect(s.selection.layer == 2)
    _ = s.apply(.sessionUpdated(stale))
    #expect(s.settings.hiddenLayers == [4, 2, 2])
    #expect(s.selection.layer == 2)
    _ = s.apply(.sessionUpdated(worker.run(effects)))
    #expect(s.snapshot.scenario.hiddenLayers == [4, 2, 2])
    #expect(s.snapshot.network.layerSizes == [2, 4, 2, 2, 1])
    #expect(s.selection.layer == 2)
  }

  /// A save typed ahead of the worker (`+`, `S`, Enter in one read) writes the network
  /// the `+` made: it waits for the snapshot that applied it.
  @Test func aSaveWaitsForTheCommandsSentBeforeIt() {
    var s = state()
    var worker = TestWorker(s)
    var effects = s.apply(.input(.key(.character("+"))))
    _ = s.apply(.input(.key(.character("S"))))
    let save = s.apply(.input(.key(.enter)))
    #expect(save.isEmpty)
    effects += save
    let answered = s.apply(.sessionUpdated(worker.run(effects)))
    #expect(answered == [.save(path: "scenario.json", includeWeights: false, overwrite: false)])
    #expect(s.snapshot.scenario.hiddenLayers == [4, 2, 2])
    // With nothing on its way, a save goes at once.
    _ = s.apply(.input(.key(.character("S"))))
    #expect(!s.apply(.input(.key(.enter))).isEmpty)
  }

  /// Keys pressed before the worker answers build on each other, not on the snapshot.
  @Test func keysBuildOnPendingSettings() {
    var s = state()
    #expect(press(.character("+"), &s) == [.session(.setHiddenLayers([4, 2, 2]))])
    #expect(press(.character("+"), &s) == [.session(.setHiddenLayers([4, 2, 2, 2]))])
    #expect(press(.up, &s) == [.session(.setHiddenLayers([4, 2, 2, 3]))])
    #expect(s.snapshot.scenario.hiddenLayers == [4, 2])
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

  @Test func settingsFollowAKeyBeforeTheWorkerAnswers() {
    var s = state()
    _ = press(.character("a"), &s)
    #expect(s.settings.activation == .sigmoid)
    _ = press(.character("3"), &s)
    #expect(s.settings.features == [.x1, .x2, .x1Squared])
    #expect(s.snapshot.scenario == Screens.paused().snapshot.scenario)
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
    guard case .prompt(.editValue(let focus, _, _)) = s.overlay else {
      Issue.record("no prompt")
      return
    }
    #expect(focus == .link(layer: 0, to: 0, from: 0))
    _ = press(.control("u"), &s)
    for c in "0.5" { _ = press(.character(c), &s) }
    var worker = TestWorker(s)
    #expect(
      pressAndApply(.enter, &s, &worker) == [
        .session(.setWeight(layer: 0, to: 0, from: 0, value: 0.5))
      ])
    #expect(s.snapshot.network.weights[0] == 0.5)
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
    _ = s.apply(.presetsListed(list, isComplete: true))
    _ = press(.down, &s)
    #expect(press(.enter, &s) == [.loadPreset("spiral")])
    // Loading while training pauses: a lesson starts from its untrained network.
    var worker = TestWorker(s)
    _ = pressAndApply(.character(" "), &s, &worker)
    #expect(s.isRunning)
    let scenario = Scenario(name: "Spiral", dataset: .spiral)
    let effects = s.apply(
      .presetLoaded(.success(LoadedPreset(id: "spiral", scenario: scenario, seed: 7))))
    #expect(effects.map(\.unnumbered) == [.setRunning(false), .session(.load(scenario, seed: 7))])
    #expect(!s.isRunning)
    #expect(s.presetName == "Spiral")
    #expect(s.settings.dataset == .spiral)
    _ = s.apply(.sessionUpdated(worker.run(effects)))
    #expect(s.snapshot.scenario.dataset == .spiral)
    #expect(s.snapshot.dataSeed == 7)
    #expect(!s.isRunning)
  }

  @Test func presetLoadFailureKeepsStateAndShowsTheMessage() {
    var s = state()
    _ = press(.character("a"), &s)
    let before = s.settings
    let effects = s.apply(
      .presetLoaded(.failure(ScenarioFileError("bad.json: hiddenLayers: at most 6"))))
    #expect(effects.isEmpty)
    #expect(s.settings == before)
    #expect(s.message?.text.text(in: .en) == "bad.json: hiddenLayers: at most 6")
    let screen = Screens.render(s, 80, 24)
    #expect(screen.lines.contains { $0.contains("bad.json: hiddenLayers: at most 6") })
  }

  @Test func saveAsksBeforeOverwriting() {
    var s = state()
    _ = press(.character("S"), &s)
    _ = press(.tab, &s)
    #expect(
      press(.enter, &s) == [.save(path: "scenario.json", includeWeights: true, overwrite: false)])
    _ = s.apply(.saved(.failure(ScenarioFileError("exists", fileExists: true))))
    #expect(s.overlay == .prompt(.confirmOverwrite(path: "scenario.json", includeWeights: true)))
    #expect(
      press(.character("y"), &s) == [
        .save(path: "scenario.json", includeWeights: true, overwrite: true)
      ])
    _ = s.apply(.saved(.success("scenario.json")))
    #expect(s.message?.text.text(in: .en) == "Saved scenario.json")
  }

  @Test func notesFadeOnTick() {
    var s = state()
    _ = s.apply(.saved(.success("a.json")))
    _ = s.apply(.tick(milliseconds: 10_000))
    #expect(s.message == nil)
  }

  @Test func clickingANeuronShowsItsMapAndAgainGoesBack() {
    var s = state()
    let size = Size(width: 160, height: 48)
    let layout = ScreenLayout(size: size, presentation: false)
    let geometry = NetworkGeometry(rect: layout.network, hiddenLayers: [4, 2])
    let neuron = geometry.hidden[0][1]
    _ = s.click(x: neuron.x, y: neuron.y, size: size)
    #expect(s.selection.map == .neuron(layer: 1, index: 1))
    _ = s.click(x: neuron.x, y: neuron.y, size: size)
    #expect(s.selection.map == .output)
  }

  /// Clicks land on what is drawn in ASCII too, where a checkbox is "[ ]", not "☐".
  @Test(arguments: [true, false]) func clickingTheDiscretizeToggle(unicode: Bool) throws {
    var s = state()
    let options = RenderOptions(unicode: unicode)
    let lines = Screens.render(s, 80, 24, options).lines
    let row = try #require(lines.firstIndex { $0.contains("discr.") })
    let line = lines[row]
    // The label's last cell, which a target two cells off would miss.
    let end = line.distance(from: line.startIndex, to: line.range(of: "discr.")!.upperBound) - 1
    #expect(!s.settings.view.discretize)
    _ = s.click(x: end, y: row, options: options)
    #expect(s.settings.view.discretize, "\(line) at \(end)")
  }

  @Test func clickingADatasetSelectsIt() {
    var s = state()
    var renderer = FrameRenderer()
    let frame = renderer.render(s, size: Size(width: 80, height: 24), options: RenderOptions())
    guard let xor = frame.targets.first(where: { $0.action == .setDataset(.xor) }) else {
      Issue.record("no xor target")
      return
    }
    #expect(s.click(x: xor.rect.x, y: xor.rect.y) == [.session(.setDataset(.xor))])
  }

  @Test func divergedSpaceExplainsRecovery() {
    var s = Screens.diverged()
    #expect(press(.character(" "), &s) == [])
    #expect(s.message?.text.text(in: .en).contains("learning rate") == true)
  }
}
