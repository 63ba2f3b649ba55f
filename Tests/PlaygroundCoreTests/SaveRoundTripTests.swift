import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// What a save writes loads back as what was saved, for the sessions people save: every
/// preset, trained or not, with and without weights (DESIGN.md §3, load(save(s)) == s);
/// and a diverged network is refused rather than written as a file the reader rejects
/// (issue 11, item 7).
@Suite struct SaveRoundTripTests {
  static func preset(_ name: String) throws -> Scenario {
    try Scenario.decode(
      from: Data(contentsOf: RepositoryFiles.presets.appendingPathComponent(name)), file: name)
  }

  @Test(arguments: RepositoryFiles.presetFileNames)
  func aSavedSessionLoadsBackAsSaved(name: String) throws {
    let scenario = try Self.preset(name)
    for seed: UInt64 in [1, 977] {
      var session = Session(scenario: scenario, seed: seed)
      for epochs in [0, 3, 40] {
        while session.epoch < epochs && !session.isDiverged { session.step() }
        for weights in [false, true] {
          let saved = session.scenarioForSaving(includeWeights: weights)
          let text = try saved.fileText()
          let back = try Scenario.decode(from: Data(text.utf8), file: "saved.json")
          #expect(back == saved, "\(name) seed \(seed) epoch \(epochs) weights \(weights)")
          if weights { #expect(back.parameters == session.network.parameters) }
          #expect(Session(scenario: back, seed: back.seed ?? 1).network.isFinite)
        }
      }
    }
  }

  static func divergedSession() -> Session {
    var session = Session(
      scenario: Scenario(
        problem: .regression, hiddenLayers: [8, 8], activation: .relu, learningRate: 10),
      seed: 3)
    while !session.isDiverged && session.epoch < 1000 { session.step() }
    return session
  }

  @Test func divergedWeightsAreRefusedAndTheScenarioWithoutThemSaves() throws {
    let session = Self.divergedSession()
    try #require(session.isDiverged && !session.network.isFinite)
    let withWeights = session.scenarioForSaving(includeWeights: true)
    #expect(throws: ScenarioSaveError.nonFiniteParameters) { try withWeights.fileText() }
    #expect(
      ScenarioSaveError.nonFiniteParameters.description
        == "the weights are not finite numbers (training diverged)")
    let without = session.scenarioForSaving(includeWeights: false)
    let back = try Scenario.decode(from: Data(try without.fileText().utf8), file: "s.json")
    #expect(back == without)
  }

  /// Anything else the reader would refuse is refused too, with its reason.
  @Test func aScenarioThatWouldNotLoadIsRefused() {
    let points = (0..<40_000).map { DataPoint(x: Double($0) / 7, y: -1.0 / 3, label: 1) }
    let huge = Scenario(data: DataSplit(train: points, test: []))
    let error = #expect(throws: ScenarioSaveError.self) { try huge.fileText() }
    guard case .wouldNotLoad(.tooLarge) = error else {
      Issue.record("expected tooLarge, got \(String(describing: error))")
      return
    }
  }
}
