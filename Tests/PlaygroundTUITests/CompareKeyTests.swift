import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Compare mode's keys (issue 13): `C` opens the chooser and leaves compare mode, `h` and
/// `j` toggle the chart, Esc leaves; play, step, reset and the rest go to every variant
/// through the worker.
@Suite struct CompareKeyTests {
  static func key(_ c: Character) -> Action { .input(.key(.character(c))) }

  @Test func cOpensTheChooserAndEscOrCLeavesItWithNothingSent() {
    var state = Screens.paused()
    #expect(state.apply(Self.key("C")).isEmpty)
    guard case .compareChooser = state.overlay else {
      Issue.record("no chooser")
      return
    }
    #expect(state.apply(.input(.key(.escape))).isEmpty)
    #expect(state.overlay == .none && !state.isComparing)
    _ = state.apply(Self.key("C"))
    #expect(state.apply(Self.key("C")).isEmpty)
    #expect(state.overlay == .none && state.sentCommand == 0)
  }

  @Test func enterStartsTheLecturesExerciseOfTheRowPaused() {
    var state = Screens.paused()
    _ = state.apply(Self.key("C"))
    _ = state.apply(.input(.key(.down)))
    _ = state.apply(.input(.key(.down)))  // batch size
    let effects = state.apply(.input(.key(.enter)))
    let batches = [BatchSize.count(1), .count(10), .all].map { ScenarioOverrides(batchSize: $0) }
    #expect(
      effects == [
        .send(.setRunning(false), sequence: 1),
        .send(.session(.setCompare(batches)), sequence: 2),
      ])
    #expect(state.isComparing && state.settings.compare == batches)
    #expect(state.overlay == .none)
  }

  @Test func theChooserEditsTheValues() {
    var chooser = CompareChooser()
    chooser.moveRow(by: 1)  // learning rate: 0.0001, 0.03, 3
    chooser.changeValue(by: 1)  // 0.0001 → 0.001
    chooser.addSlot()
    #expect(chooser.variants.map(\.learningRate) == [0.001, 0.03, 3, 0.00001])
    chooser.moveSlot(by: 1)  // wraps to the first
    chooser.removeSlot()
    chooser.removeSlot()
    chooser.removeSlot()  // two stay
    #expect(chooser.variants.count == 2)
    chooser.moveRow(by: -2)  // wraps to the last row: loss
    #expect(chooser.dimension == .loss)
  }

  @Test func cAndEscLeaveCompareModeAndHJToggleOnlyThere() {
    var state = CompareScreenTests.comparing(CompareScreenTests.activations)
    #expect(state.apply(Self.key("h")).isEmpty && state.compareShowsTrainLoss)
    #expect(state.apply(Self.key("j")).isEmpty && state.compareAxisInUpdates)
    let effects = state.apply(Self.key("C"))
    #expect(
      effects == [
        .send(.setRunning(false), sequence: 1), .send(.session(.setCompare([])), sequence: 2),
      ])
    #expect(!state.isComparing)
    _ = state.apply(Self.key("h"))
    #expect(state.message?.text == Phrase(.compareOnly))
    var again = CompareScreenTests.comparing(CompareScreenTests.activations)
    #expect(
      again.apply(.input(.key(.escape))).contains(.send(.session(.setCompare([])), sequence: 2)))
  }

  @Test func playStepResetAndSpeedGoToTheWorkerAsUsual() {
    var state = CompareScreenTests.comparing(CompareScreenTests.activations)
    #expect(state.apply(Self.key(" ")) == [.send(.setRunning(true), sequence: 1)])
    #expect(state.apply(Self.key("n")).contains(.send(.session(.step), sequence: 3)))
    #expect(state.apply(Self.key("r")).contains(.send(.session(.reset), sequence: 5)))
    #expect(state.apply(Self.key("g")) == [.send(.session(.regenerate), sequence: 6)])
    #expect(state.apply(Self.key(">")).count == 1)
    _ = state.apply(Self.key("="))
    #expect(state.message?.text == Phrase(.notInCompare))
  }

  /// `S` writes the snapshot the worker published: its scenario carries `compare`.
  @Test func savingInCompareModeWritesTheComparison() throws {
    var state = CompareScreenTests.comparing(CompareScreenTests.activations)
    _ = state.apply(Self.key("S"))
    let effects = state.apply(.input(.key(.enter)))
    #expect(effects == [.save(path: "scenario.json", includeWeights: false, overwrite: false)])
    let saved = state.snapshot.scenarioForSaving(includeWeights: false)
    #expect(saved.compare == CompareScreenTests.activations)
    let back = try Scenario.decode(from: Data(saved.encodedJSON().utf8), file: "s.json")
    #expect(back.compare == CompareScreenTests.activations)
  }

  @Test func everyNewKeyIsInTheHelp() {
    let keys = KeyMap.help.flatMap(\.bindings)
    for c in ["C", "h", "j"] as [Character] {
      #expect(keys.contains(.character(c)))
      #expect(KeyMap.intent(for: .character(c)) != nil)
    }
  }

  /// The inspector, the activation panel and edit mode work on one network: in compare
  /// mode their keys say so instead of opening something the compare screen does not draw,
  /// and `C` closes the inspector before the chooser opens.
  @Test func singleNetworkModesWaitForTheSingleRun() {
    var state = Screens.paused()
    _ = state.apply(Self.key("i"))
    #expect(state.inspector != nil)
    _ = state.apply(Self.key("C"))
    #expect(state.inspector == nil)
    _ = state.apply(.input(.key(.enter)))
    #expect(state.isComparing)
    for c: Character in ["i", "I", "o"] {
      #expect(state.apply(Self.key(c)).isEmpty)
      #expect(state.inspector == nil && !state.activationPanel && state.overlay == .none)
      #expect(state.message?.text == Phrase(.notInCompare))
    }
  }

  /// A preset loaded with the inspector or the panel open closes them: they belong to the
  /// network that was on screen, and a compare preset would not draw them.
  @Test func loadingAPresetClosesTheInspectorAndThePanel() {
    var state = Screens.paused()
    _ = state.apply(Self.key("i"))
    _ = state.apply(Self.key("I"))
    #expect(state.inspector != nil && state.activationPanel)
    var scenario = Scenario()
    scenario.compare = [ScenarioOverrides(activation: .tanh), ScenarioOverrides(activation: .relu)]
    _ = state.apply(
      .presetLoaded(.success(LoadedPreset(id: "compare", scenario: scenario, seed: 1))))
    #expect(state.inspector == nil && !state.activationPanel)
  }
}
