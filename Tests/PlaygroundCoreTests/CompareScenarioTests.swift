import Foundation
import PlaygroundCore
import Testing

/// `compare` in scenario files, `train --variant` text, and the scenario of each variant
/// (issue 13).
@Suite struct CompareScenarioTests {
  static func decode(_ json: String) throws(ScenarioError) -> Scenario {
    try Scenario.decode(from: Data(json.utf8), file: "c.json")
  }

  static func message(_ json: String) -> String? {
    do {
      _ = try decode(json)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func readsVariantsInOrder() throws {
    let s = try Self.decode(
      #"""
      {"version": 1, "compare": [{"activation": "tanh"},
        {"activation": "relu", "hiddenLayers": [8, 4], "batchSize": "all", "learningRate": 0.3}]}
      """#)
    #expect(
      s.compare == [
        ScenarioOverrides(activation: .tanh),
        ScenarioOverrides(
          batchSize: .all, hiddenLayers: [8, 4], activation: .relu, learningRate: 0.3),
      ])
    #expect(
      s.compare[1].text == "batchSize=all;hiddenLayers=[8,4];activation=relu;learningRate=0.3")
  }

  /// A bad override gives the top-level key's message, at `compare[i].key`.
  @Test(arguments: [
    (#""activation": "swish""#, "activation"),
    (#""learningRate": 0"#, "learningRate"),
    (#""batchSize": 2.5"#, "batchSize"),
    (#""batchSize": "most""#, "batchSize"),
    (#""hiddenLayers": [4, 9]"#, "hiddenLayers[1]"),
    (#""features": ["x1", "x1"]"#, "features[1]"),
    (#""regularizationRate": 11"#, "regularizationRate"),
    (#""regularization": "l3""#, "regularization"),
    (#""shuffle": 1"#, "shuffle"),
  ])
  func badOverrideMatchesTopLevel(_ member: String, _ path: String) throws {
    let top = try #require(Self.message(#"{"version": 1, \#(member)}"#))
    let nested = try #require(
      Self.message(#"{"version": 1, "compare": [{}, {\#(member)}]}"#))
    #expect(nested == top.replacing("c.json: \(path)", with: "c.json: compare[1].\(path)"))
    #expect(nested.hasPrefix("c.json: compare[1].\(path): "))
  }

  @Test func crossEntropyIsRefusedForARegressionVariant() {
    #expect(
      Self.message(
        #"{"version": 1, "problem": "regression", "compare": [{}, {"loss": "crossEntropy"}]}"#)
        == "c.json: compare[1].loss: 'crossEntropy' is for classification only; "
        + "use 'squared' with problem 'regression'")
  }

  @Test func unknownKeySuggestsTheClosest() {
    #expect(
      Self.message(#"{"version": 1, "compare": [{"activaton": "relu"}, {}]}"#)
        == "c.json: compare[0].activaton: unknown key; did you mean 'activation'?")
    #expect(
      Self.message(#"{"version": 1, "compare": [{"dataset": "xor"}, {}]}"#)
        == "c.json: compare[0].dataset: unknown key; use one of 'batchSize', 'shuffle', "
        + "'features', 'hiddenLayers', 'activation', 'learningRate', 'regularization', "
        + "'regularizationRate', 'loss'")
  }

  @Test func variantCountIsTwoToFour() {
    #expect(
      Self.message(#"{"version": 1, "compare": [{}]}"#)
        == "c.json: compare: 1 variants is out of range 2...4")
    #expect(
      Self.message(#"{"version": 1, "compare": [{}, {}, {}, {}, {}]}"#)
        == "c.json: compare: 5 variants is out of range 2...4")
    #expect(
      Self.message(#"{"version": 1, "compare": {"activation": "relu"}}"#)
        == "c.json: compare: expected an array of objects of overrides, found an object")
    #expect(
      Self.message(#"{"version": 1, "compare": [{}, 3]}"#)
        == "c.json: compare[1]: expected an object, found 3")
  }

  @Test func roundTrips() throws {
    var s = Scenario(seed: 5, dataset: .xor)
    s.compare = [
      ScenarioOverrides(batchSize: .count(1)),
      ScenarioOverrides(batchSize: .all, shuffle: true, features: [.x2, .x1]),
      ScenarioOverrides(
        hiddenLayers: [], activation: .relu, learningRate: 0.1 + 0.2, regularization: .l2,
        regularizationRate: 1e-300, loss: .crossEntropy),
      ScenarioOverrides(),
    ]
    let text = s.encodedJSON()
    #expect(text.contains("\n  \"compare\": [\n    {\"batchSize\": 1},\n"))
    let back = try Scenario.decode(from: Data(text.utf8), file: "saved.json")
    #expect(back == s)
    #expect(back.encodedJSON() == text)
  }

  @Test func variantsShareDataAndWeightsWhereShapesAgree() {
    var base = Scenario(seed: 11, dataset: .spiral, noise: 20)
    base.compare = [
      ScenarioOverrides(activation: .tanh), ScenarioOverrides(activation: .relu),
      ScenarioOverrides(hiddenLayers: [3]),
    ]
    let sessions = base.variants.map { Session(scenario: $0, seed: 11) }
    #expect(sessions.allSatisfy { $0.data == sessions[0].data })
    #expect(sessions[0].network.weights == sessions[1].network.weights)
    #expect(sessions[1].scenario.activation == .relu)
    #expect(sessions[2].network.layerSizes == [2, 3, 1])
    #expect(base.variants.allSatisfy { $0.compare.isEmpty })
  }

  @Test func givenParametersStayOnlyWhereTheyFit() {
    let given = Parameters(
      weights: [[[0.1, -0.2], [0.3, 0.05]], [[0.7, -0.4]]], biases: [[0.1, 0.1], [0.1]])
    let base = Scenario(seed: 1, hiddenLayers: [2], parameters: given)
    #expect(base.variant(ScenarioOverrides(activation: .relu)).parameters == given)
    #expect(base.variant(ScenarioOverrides(hiddenLayers: [3])).parameters == nil)
  }

  @Test func parsesCommandLineText() throws {
    let o = try ScenarioOverrides.parse(
      "activation=relu; hiddenLayers=[8,4];batchSize=all;features=[x1,\"x2\",sinX1];shuffle=true",
      source: "--variant 1", problem: .classification)
    #expect(
      o
        == ScenarioOverrides(
          batchSize: .all, shuffle: true, features: [.x1, .x2, .sinX1], hiddenLayers: [8, 4],
          activation: .relu))
    let again = try ScenarioOverrides.parse(o.text, source: "", problem: .classification)
    #expect(again == o)
    #expect(
      try ScenarioOverrides.parse("learningRate=0.3", source: "", problem: .classification)
        == ScenarioOverrides(learningRate: 0.3))
  }

  @Test(arguments: [
    ("activation=swish", "--variant 2: activation: 'swish' is not valid; use one of "),
    ("learningRate=0", "--variant 2: learningRate: 0 is out of range; use a number greater than 0"),
    ("activaton=relu", "--variant 2: activaton: unknown key; did you mean 'activation'?"),
    ("relu", "--variant 2: 'relu' is not key=value"),
    ("", "--variant 2: nothing to override; write key=value[;key=value]"),
    ("batchSize=1;batchSize=2", "--variant 2: batchSize: is given twice"),
    ("hiddenLayers=[8,9]", "--variant 2: hiddenLayers[1]: 9 is out of range 1...8"),
    ("loss=crossEntropy", "--variant 2: loss: 'crossEntropy' is for classification only"),
  ])
  func badCommandLineTextNamesVariantAndKey(_ text: String, _ start: String) {
    #expect(throws: ScenarioError.self) {
      try ScenarioOverrides.parse(text, source: "--variant 2", problem: .regression)
    }
    do {
      _ = try ScenarioOverrides.parse(text, source: "--variant 2", problem: .regression)
    } catch {
      #expect(error.description.hasPrefix(start), "\(error.description)")
    }
  }
}
