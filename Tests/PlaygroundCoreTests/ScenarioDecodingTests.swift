import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// Valid files decode to the values DESIGN.md §3 describes.
@Suite struct ScenarioDecodingTests {
  static func decode(_ json: String, file: String = "test.json") throws -> Scenario {
    try Scenario.decode(from: Data(json.utf8), file: file)
  }

  @Test func onlyVersionGivesTheOriginalsDefaults() throws {
    #expect(try Self.decode(#"{"version": 1}"#) == Scenario.default)
  }

  @Test func firstDesignExampleDecodes() throws {
    let json = """
      {
        "version": 1,
        "name": "XOR needs a hidden layer",
        "description": "One line a teacher reads out.",
        "seed": 42,
        "problem": "classification",
        "dataset": "xor",
        "noise": 0,
        "trainRatio": 50,
        "batchSize": 10,
        "shuffle": false,
        "features": ["x1", "x2"],
        "hiddenLayers": [4, 2],
        "activation": "tanh",
        "learningRate": 0.03,
        "regularization": "none",
        "regularizationRate": 0,
        "loss": "squared",
        "view": { "showTestData": false, "discretize": false }
      }
      """
    let expected = Scenario(
      name: "XOR needs a hidden layer", description: "One line a teacher reads out.", seed: 42,
      dataset: .xor)
    #expect(try Self.decode(json) == expected)
  }

  @Test func secondDesignExampleDecodes() throws {
    let json = """
      {
        "version": 1,
        "problem": "classification",
        "features": ["x1", "x2"],
        "hiddenLayers": [2],
        "data": { "train": [[0.5, -1.2, 1], [2.0, 3.1, -1]], "test": [[-0.3, 0.7, -1]] },
        "parameters": { "weights": [[[0.1, -0.2], [0.3, 0.05]], [[0.7, -0.4]]],
                        "biases": [[0.1, 0.1], [0.1]] }
      }
      """
    let s = try Self.decode(json)
    #expect(s.hiddenLayers == [2])
    #expect(s.dataset == .circle)
    #expect(
      s.data
        == DataSplit(
          train: [DataPoint(x: 0.5, y: -1.2, label: 1), DataPoint(x: 2, y: 3.1, label: -1)],
          test: [DataPoint(x: -0.3, y: 0.7, label: -1)]))
    #expect(
      s.parameters
        == Parameters(
          weights: [[[0.1, -0.2], [0.3, 0.05]], [[0.7, -0.4]]], biases: [[0.1, 0.1], [0.1]]))
    #expect(s.parameters?.fits(layerSizes: s.layerSizes) == true)
  }

  @Test func featuresComeOutInCanonicalOrder() throws {
    let s = try Self.decode(#"{"version": 1, "features": ["sinX2", "x1TimesX2", "x2"]}"#)
    #expect(s.features == [.x2, .x1TimesX2, .sinX2])
  }

  @Test func newKeysAndEdgeValuesAreAccepted() throws {
    let s = try Self.decode(
      #"""
      {"version": 1.0, "seed": 9007199254740992, "problem": "regression", "dataset": "multiGauss",
       "batchSize": "all", "shuffle": true, "hiddenLayers": [], "activation": "leakyRelu",
       "learningRate": 10, "regularization": "l1", "regularizationRate": 10, "noise": 50,
       "trainRatio": 90, "view": {"showTestData": true}}
      """#)
    #expect(s.seed == 1 << 53)
    #expect(s.dataset == .multiGauss)
    #expect(s.batchSize == .all)
    #expect(s.shuffle && s.view.showTestData && !s.view.discretize)
    #expect(s.hiddenLayers.isEmpty && s.activation == .leakyRelu)
    #expect(
      s.learningRate == 10 && s.regularizationRate == 10 && s.noise == 50 && s.trainRatio == 90)
    #expect(try Self.decode(#"{"version": 1, "batchSize": 3.0}"#).batchSize == .count(3))
  }

  @Test func regressionDataKeepsAnyLabel() throws {
    let s = try Self.decode(
      #"{"version": 1, "problem": "regression", "data": {"train": [[1, 2, 0.25]]}}"#)
    #expect(s.data == DataSplit(train: [DataPoint(x: 1, y: 2, label: 0.25)], test: []))
    #expect(s.dataset == .plane)
  }

  /// Every parity fixture's `scenario` object, extracted and re-serialized by Foundation,
  /// is a valid file whose parameters fit its network.
  @Test(arguments: Fixtures.parityNames)
  func parityFixtureScenarioDecodes(name: String) throws {
    let root = try #require(
      try JSONSerialization.jsonObject(with: Fixtures.data(name)) as? [String: Any])
    let object = try #require(root["scenario"])
    let data = try JSONSerialization.data(withJSONObject: object)
    let s = try Scenario.decode(from: data, file: name)
    let parameters = try #require(s.parameters)
    #expect(parameters.fits(layerSizes: s.layerSizes))
    #expect(s.name?.en == String(name.dropLast(5)))
    let parity = try ParityCase(name: name)
    #expect(parameters == parity.initial)
    #expect(s.data == parity.data)
    #expect(s.layerSizes == parity.sizes)
  }

  static var presetNames: [String] {
    RepositoryFiles.presetFileNames
  }

  @Test func presetsFolderIsNotEmpty() {
    #expect(Self.presetNames.contains("default.json"))
  }

  @Test(arguments: presetNames)
  func everyPresetDecodes(name: String) throws {
    let url = RepositoryFiles.presets.appendingPathComponent(name)
    let s = try Scenario.decode(from: Data(contentsOf: url), file: name)
    #expect(s.name?.isEmpty == false)
    #expect(s.seed != nil || s.tfSeed != nil)
  }

  @Test func defaultPresetIsTheOriginalsDefaults() throws {
    let url = RepositoryFiles.url("Presets/default.json")
    var s = try Scenario.decode(from: Data(contentsOf: url), file: "default.json")
    #expect(s.name?.en == "Default")
    #expect(s.seed == 2)
    #expect(
      s.description.en
        == "The original playground's defaults: a circle, two hidden layers, and a loss that falls."
    )
    s.name = nil
    s.seed = nil
    s.description = ""
    #expect(s == Scenario.default)
  }
}

/// `classes` and `dataFile` (issue 15).
@Suite struct ClassesDecodingTests {
  func decode(_ text: String) throws(ScenarioError) -> Scenario {
    try Scenario.decode(from: Data(text.utf8), file: "s.json")
  }

  func message(_ text: String) -> String {
    do {
      _ = try decode(text)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func threeClassesStartFromBlobsWithSoftmaxCrossEntropy() throws {
    let s = try decode(#"{"version": 1, "classes": 3}"#)
    #expect(s.classes == 3 && s.dataset == .gauss && s.loss == .crossEntropy)
    #expect(s.layerSizes == [2, 4, 2, 3])
    #expect(try decode(s.encodedJSON()) == s)
    #expect(try decode(#"{"version": 1}"#).layerSizes.last == 1)
  }

  @Test func badClassesAreNamed() {
    #expect(message(#"{"version": 1, "classes": 7}"#) == "s.json: classes: 7 is out of range 2...6")
    #expect(
      message(#"{"version": 1, "classes": 3, "dataset": "circle"}"#)
        == "s.json: dataset: 'circle' makes 2 classes; with classes 3 use one of 'gauss', 'spiral', 'pinwheel'"
    )
    #expect(
      message(#"{"version": 1, "dataset": "pinwheel"}"#)
        == "s.json: dataset: 'pinwheel' makes 3...6 classes; with classes 2 use one of 'circle', 'xor', 'gauss', 'spiral', 'moons'"
    )
    #expect(
      message(#"{"version": 1, "classes": 4, "loss": "squared"}"#)
        == "s.json: loss: 'squared' is for 2 classes; with classes 4 the loss is 'crossEntropy'")
    #expect(
      message(#"{"version": 1, "problem": "regression", "classes": 3}"#)
        == "s.json: classes: 3 classes need problem 'classification'; leave 'classes' out")
    #expect(
      message(#"{"version": 1, "classes": 3, "data": {"train": [[0, 0, 3]]}}"#)
        == "s.json: data.train[0][2]: label 3 must be a class 0...2")
  }

  @Test func dataFileExcludesOtherPoints() throws {
    let s = try decode(#"{"version": 1, "dataFile": "p.csv", "trainRatio": 70}"#)
    #expect(s.dataFile == "p.csv" && s.trainRatio == 70)
    #expect(try decode(s.encodedJSON()) == s)
    #expect(
      message(#"{"version": 1, "dataFile": "p.csv", "noise": 5}"#)
        == "s.json: noise: must be left out when 'dataFile' gives the points")
  }
}
