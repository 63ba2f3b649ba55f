import Foundation
import PlaygroundCore
import Testing

/// One bad scenario file and the exact one-line message it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  var id: String
  var json: String
  var expected: String
  var testDescription: String { id }
}

/// Every message the scenario reader can give, pinned word for word (argument-parser's
/// `ErrorMessageTests`): a wording change must be deliberate.
@Suite struct ScenarioErrorMessageTests {
  static let parametersWithShortRow = """
    {"version": 1, "parameters": {
      "weights": [[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0, 0], [0, 0, 0, 0]], [[0, 0]]],
      "biases": [[0, 0, 0, 0], [0, 0], [0]]}}
    """

  static let cases: [ErrorCase] = [
    ErrorCase(
      id: "neurons out of range", json: #"{"version": 1, "hiddenLayers": [4, 9]}"#,
      expected: "xor.json: hiddenLayers[1]: 9 is out of range 1...8"),
    ErrorCase(
      id: "label not ±1",
      json: #"{"version": 1, "data": {"train": [[0, 0, 1], [0, 0, 1], [0, 0, -1], [1, 2, 0.5]]}}"#,
      expected: "xor.json: data.train[3][2]: label 0.5 must be -1 or 1"),
    ErrorCase(
      id: "unknown key, case", json: #"{"version": 1, "learningrate": 0.1}"#,
      expected: "xor.json: learningrate: unknown key; did you mean 'learningRate'?"),
    ErrorCase(
      id: "unknown key, typo", json: #"{"version": 1, "hiddenLayer": [2]}"#,
      expected: "xor.json: hiddenLayer: unknown key; did you mean 'hiddenLayers'?"),
    ErrorCase(
      id: "unknown key, nothing close", json: #"{"version": 1, "colour": 1}"#,
      expected: "xor.json: colour: unknown key; use one of 'version', 'name', 'description', "
        + "'seed', 'tfSeed', 'problem', 'dataset', 'noise', 'trainRatio', 'batchSize', 'shuffle', "
        + "'features', 'hiddenLayers', 'activation', 'learningRate', 'regularization', "
        + "'regularizationRate', 'loss', 'view', 'compare', 'data', 'parameters', 'classes', "
        + "'dataFile'"),
    ErrorCase(
      id: "unknown nested key", json: #"{"version": 1, "view": {"showtestdata": true}}"#,
      expected: "xor.json: view.showtestdata: unknown key; did you mean 'showTestData'?"),
    ErrorCase(
      id: "hide: unknown name",
      json: #"{"version": 1, "view": {"hide": ["noise", "speed", "lr"]}}"#,
      expected: "xor.json: view.hide[2]: 'lr' is not valid; use one of 'showTestData', "
        + "'discretize', 'playButton', 'stepButton', 'resetButton', 'learningRate', "
        + "'activation', 'regularization', 'regularizationRate', 'problem', 'dataset', "
        + "'trainRatio', 'noise', 'batchSize', 'hiddenLayers', 'features', 'speed'"),
    ErrorCase(
      id: "hide: close name", json: #"{"version": 1, "view": {"hide": ["learningrate"]}}"#,
      expected: "xor.json: view.hide[0]: 'learningrate' is not valid; did you mean 'learningRate'?"),
    ErrorCase(
      id: "hide: typo", json: #"{"version": 1, "view": {"hide": ["batchSise"]}}"#,
      expected: "xor.json: view.hide[0]: 'batchSise' is not valid; did you mean 'batchSize'?"),
    ErrorCase(
      id: "hide: duplicate",
      json: #"{"version": 1, "view": {"hide": ["noise", "dataset", "noise"]}}"#,
      expected: "xor.json: view.hide[2]: 'noise' is listed twice"),
    ErrorCase(
      id: "hide: not an array", json: #"{"version": 1, "view": {"hide": "noise"}}"#,
      expected: "xor.json: view.hide: expected an array of control names, found the string 'noise'"),
    ErrorCase(
      id: "hide: not a string", json: #"{"version": 1, "view": {"hide": [3]}}"#,
      expected: "xor.json: view.hide[0]: expected a string, found 3"),
    ErrorCase(
      id: "activation", json: #"{"version": 1, "activation": "swish"}"#,
      expected: "xor.json: activation: 'swish' is not valid; use one of 'relu', 'tanh', "
        + "'sigmoid', 'linear', 'leakyRelu', 'elu'"),
    ErrorCase(
      id: "newer version", json: #"{"version": 2, "futureKey": 1}"#,
      expected:
        "xor.json: version: 2 was written by a newer playground-tui (this one reads version 1)"),
    ErrorCase(
      id: "version missing", json: #"{"name": "x"}"#,
      expected: "xor.json: missing required key 'version'"),
    ErrorCase(
      id: "version zero", json: #"{"version": 0}"#,
      expected: "xor.json: version: 0 is not valid; use 1"),
    ErrorCase(
      id: "version fraction", json: #"{"version": 1.5}"#,
      expected: "xor.json: version: 1.5 is not an integer"),
    ErrorCase(
      id: "version string", json: #"{"version": "1"}"#,
      expected: "xor.json: version: expected a number, found the string '1'"),
    ErrorCase(
      id: "not an object", json: "[1]", expected: "xor.json: expected a JSON object, found an array"
    ),
    ErrorCase(
      id: "double comma", json: "{\n  \"version\": 1,\n  \"noise\": 5,,\n}",
      expected: "xor.json: line 3, column 14: expected a key in double quotes, found ','"),
    ErrorCase(
      id: "empty file", json: "",
      expected: "xor.json: line 1, column 1: expected a value, found the end of the file"),
    ErrorCase(
      id: "trailing text", json: #"{"version": 1} x"#,
      expected: "xor.json: line 1, column 16: unexpected 'x' after the JSON value"),
    ErrorCase(
      id: "duplicate key", json: #"{"version": 1, "version": 1}"#,
      expected: "xor.json: line 1, column 16: duplicate key 'version'"),
    ErrorCase(
      id: "unclosed string", json: #"{"version": 1, "name": "abc"#,
      expected: #"xor.json: line 1, column 24: this string is never closed with '"'"#),
    ErrorCase(
      id: "leading zero", json: #"{"version": 1, "noise": 01}"#,
      expected: "xor.json: line 1, column 25: invalid number '01'"),
    ErrorCase(
      id: "bad literal", json: #"{"version": tru}"#,
      expected: "xor.json: line 1, column 13: expected a value, found 'tru'"),
    ErrorCase(
      id: "batch fraction", json: #"{"version": 1, "batchSize": 2.5}"#,
      expected: "xor.json: batchSize: 2.5 is not an integer"),
    ErrorCase(
      id: "batch too big", json: #"{"version": 1, "batchSize": 31}"#,
      expected: "xor.json: batchSize: 31 is out of range 1...30"),
    ErrorCase(
      id: "batch word", json: #"{"version": 1, "batchSize": "most"}"#,
      expected: "xor.json: batchSize: 'most' is not valid; use an integer 1...30 or 'all'"),
    ErrorCase(
      id: "batch bool", json: #"{"version": 1, "batchSize": true}"#,
      expected: "xor.json: batchSize: expected an integer 1...30 or 'all', found true"),
    ErrorCase(
      id: "seed above 2^53", json: #"{"version": 1, "seed": 9007199254740993}"#,
      expected: "xor.json: seed: 9007199254740993 is out of range 0...9007199254740992"),
    ErrorCase(
      id: "seed negative", json: #"{"version": 1, "seed": -1}"#,
      expected: "xor.json: seed: -1 is out of range 0...9007199254740992"),
    ErrorCase(
      id: "dataset of other problem", json: #"{"version": 1, "dataset": "plane"}"#,
      expected: "xor.json: dataset: 'plane' is a regression dataset; with problem "
        + "'classification' use one of 'circle', 'xor', 'gauss', 'spiral', 'moons'"),
    ErrorCase(
      id: "cross-entropy regression",
      json: #"{"version": 1, "problem": "regression", "loss": "crossEntropy"}"#,
      expected: "xor.json: loss: 'crossEntropy' is for classification only; use 'squared' "
        + "with problem 'regression'"),
    ErrorCase(
      id: "noise", json: #"{"version": 1, "noise": 60}"#,
      expected: "xor.json: noise: 60 is out of range 0...50"),
    ErrorCase(
      id: "train ratio", json: #"{"version": 1, "trainRatio": 5}"#,
      expected: "xor.json: trainRatio: 5 is out of range 10...90"),
    ErrorCase(
      id: "learning rate zero", json: #"{"version": 1, "learningRate": 0}"#,
      expected:
        "xor.json: learningRate: 0 is out of range; use a number greater than 0 and at most 10"),
    ErrorCase(
      id: "regularization", json: #"{"version": 1, "regularization": "L2"}"#,
      expected: "xor.json: regularization: 'L2' is not valid; use one of 'none', 'l1', 'l2'"),
    ErrorCase(
      id: "regularization rate", json: #"{"version": 1, "regularizationRate": 11}"#,
      expected: "xor.json: regularizationRate: 11 is out of range 0...10"),
    ErrorCase(
      id: "no features", json: #"{"version": 1, "features": []}"#,
      expected: "xor.json: features: 0 names is out of range 1...7"),
    ErrorCase(
      id: "duplicate feature", json: #"{"version": 1, "features": ["x1", "x1"]}"#,
      expected: "xor.json: features[1]: 'x1' is listed twice"),
    ErrorCase(
      id: "unknown feature", json: #"{"version": 1, "features": ["x3"]}"#,
      expected: "xor.json: features[0]: 'x3' is not valid; use one of 'x1', 'x2', 'x1Squared', "
        + "'x2Squared', 'x1TimesX2', 'sinX1', 'sinX2'"),
    ErrorCase(
      id: "features not array", json: #"{"version": 1, "features": "x1"}"#,
      expected: "xor.json: features: expected an array of feature names, found the string 'x1'"),
    ErrorCase(
      id: "too many layers", json: #"{"version": 1, "hiddenLayers": [1, 1, 1, 1, 1, 1, 1]}"#,
      expected: "xor.json: hiddenLayers: 7 layers is out of range 0...6"),
    ErrorCase(
      id: "shuffle string", json: #"{"version": 1, "shuffle": "yes"}"#,
      expected: "xor.json: shuffle: expected true or false, found the string 'yes'"),
    ErrorCase(
      id: "view number", json: #"{"version": 1, "view": {"discretize": 1}}"#,
      expected: "xor.json: view.discretize: expected true or false, found 1"),
    ErrorCase(
      id: "name number", json: #"{"version": 1, "name": 3}"#,
      expected: #"xor.json: name: expected a string or {"en": "...", "ru": "..."}, found 3"#),
    ErrorCase(
      id: "dataset with data",
      json: #"{"version": 1, "dataset": "xor", "data": {"train": [[0, 0, 1]]}}"#,
      expected: "xor.json: dataset: must be left out when 'data' gives the points"),
    ErrorCase(
      id: "no training points", json: #"{"version": 1, "data": {"train": []}}"#,
      expected: "xor.json: data.train: expected at least 1 point, found none"),
    ErrorCase(
      id: "short point", json: #"{"version": 1, "data": {"train": [[1, 2]]}}"#,
      expected: "xor.json: data.train[0]: expected 3 numbers, found 2"),
    ErrorCase(
      id: "train missing", json: #"{"version": 1, "data": {"test": [[1, 2, 1]]}}"#,
      expected: "xor.json: data: missing required key 'train'"),
    ErrorCase(
      id: "infinite number", json: #"{"version": 1, "data": {"train": [[1e999, 2, 1]]}}"#,
      expected: "xor.json: data.train[0][0]: 1e999 is not a finite number"),
    ErrorCase(
      id: "weights row short", json: parametersWithShortRow,
      expected: "xor.json: parameters.weights[1][0]: expected 4 numbers, found 3"),
    ErrorCase(
      id: "weights layers",
      json: #"{"version": 1, "hiddenLayers": [], "parameters": {"weights": [], "biases": [[0]]}}"#,
      expected: "xor.json: parameters.weights: expected 1 layer, found 0"),
    ErrorCase(
      id: "weights rows",
      json:
        #"{"version": 1, "hiddenLayers": [2], "parameters": {"weights": [[[0, 0]], [[0, 0]]], "biases": [[0, 0], [0]]}}"#,
      expected: "xor.json: parameters.weights[0]: expected 2 rows, found 1"),
    ErrorCase(
      id: "biases missing",
      json: #"{"version": 1, "hiddenLayers": [], "parameters": {"weights": [[[0, 0]]]}}"#,
      expected: "xor.json: parameters: missing required key 'biases'"),
    ErrorCase(
      id: "biases short",
      json:
        #"{"version": 1, "hiddenLayers": [2], "parameters": {"weights": [[[0, 0], [0, 0]], [[0, 0]]], "biases": [[0], [0]]}}"#,
      expected: "xor.json: parameters.biases[0]: expected 2 numbers, found 1"),
  ]

  @Test(arguments: cases)
  func badInputGivesItsExactMessage(_ c: ErrorCase) {
    let error = #expect(throws: ScenarioError.self) {
      try Scenario.decode(from: Data(c.json.utf8), file: "xor.json")
    }
    #expect(error?.description == c.expected)
    #expect(error?.description.contains("\n") == false)
  }

  @Test func fileOverOneMegabyteIsRejectedUnread() {
    let json =
      #"{"version": 1, "description": ""# + String(repeating: "a", count: 1_048_576) + #""}"#
    let error = #expect(throws: ScenarioError.self) {
      try Scenario.decode(from: Data(json.utf8), file: "big.json")
    }
    #expect(
      error?.description
        == "big.json: the file has \(json.utf8.count) bytes, more than the 1048576 a scenario may have"
    )
  }

  @Test func emptyFileNameLeavesThePrefixOut() {
    let error = ScenarioError.invalidValue(
      file: "", path: "noise", reason: "60 is out of range 0...50")
    #expect(error.description == "noise: 60 is out of range 0...50")
    #expect(
      ScenarioError.missingKey(file: "", path: "", key: "version").description
        == "missing required key 'version'")
  }

  @Test func validateAllListsEveryProblemInOrder() {
    let json = #"{"version": 1, "noise": 60, "activation": "swish", "learningrate": 1}"#
    let messages = Scenario.validateAll(Data(json.utf8), file: "a.json").map(\.message)
    #expect(
      messages == [
        "noise: 60 is out of range 0...50",
        "activation: 'swish' is not valid; use one of 'relu', 'tanh', 'sigmoid', 'linear', "
          + "'leakyRelu', 'elu'",
        "learningrate: unknown key; did you mean 'learningRate'?",
      ])
    #expect(Scenario.validateAll(Data(#"{"version": 1}"#.utf8), file: "ok.json").isEmpty)
  }

  /// The reader checks keys in its own order (unknown keys first, then key by key); the
  /// list reads like the file, nested keys and array elements included.
  @Test func validateAllFollowsTheFileNotTheReader() throws {
    let json = """
      {"view": {"discretize": 3, "showTest": true}, "version": 1,
       "hiddenLayers": [9, 2, 0], "noise": 99, "activation": "swish", "lerningRate": 0.1,
       "parameters": {"biases": []}}
      """
    let errors = Scenario.validateAll(Data(json.utf8), file: "a.json")
    #expect(
      errors.map(\.path) == [
        "view.discretize", "view.showTest", "hiddenLayers[0]", "hiddenLayers[2]", "noise",
        "activation", "lerningRate", "parameters",
      ])
    #expect(errors.allSatisfy { $0.file == "a.json" })
    // `decode` reports the one that comes first.
    let first = try #require(errors.first)
    #expect(throws: first) { try Scenario.decode(from: Data(json.utf8), file: "a.json") }
  }

}
