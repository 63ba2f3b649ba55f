import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// `decode(encode(s)) == s`, with numbers exact to the bit (DESIGN.md §3, "save").
@Suite struct ScenarioRoundTripTests {
  static let scenarios: [Scenario] = [
    Scenario.default,
    Scenario(seed: 0),
    Scenario(name: "Default", description: "All defaults.", seed: 42, dataset: .xor),
    Scenario(
      name: "Quotes \" back\\slash\ttab\nnewline é ✓", description: "\u{01} control", seed: 1 << 53,
      problem: .regression, dataset: .multiGauss, noise: 12.5, trainRatio: 70, batchSize: .all,
      shuffle: true, features: Feature.allCases, hiddenLayers: [], activation: .elu,
      learningRate: 0.00001, regularization: .l1, regularizationRate: 0.003,
      view: ViewOptions(showTestData: true, discretize: true)),
    Scenario(
      seed: (1 << 53) - 1, dataset: .moons, noise: 0.1 + 0.2, trainRatio: 33.333333333333336,
      batchSize: .count(1), features: [.sinX1], hiddenLayers: [8, 8, 8, 8, 8, 8],
      activation: .relu, learningRate: 1e-7, regularization: .l2, regularizationRate: 1e-300,
      loss: .crossEntropy),
    Scenario(
      name: "", seed: 7, hiddenLayers: [2],
      data: DataSplit(
        train: [
          DataPoint(x: 0.5, y: -1.2, label: 1), DataPoint(x: 2, y: -0.0, label: -1),
          DataPoint(x: .leastNonzeroMagnitude, y: .greatestFiniteMagnitude, label: 1),
        ],
        test: []),
      parameters: Parameters(
        weights: [[[0.1, -0.2], [0.3, 0.05]], [[0.7, -0.4]]], biases: [[0.1, 0.1], [0.1]])),
    Scenario(
      dataset: .xor, hiddenLayers: [4],
      view: ViewOptions(hidden: [.speed, .learningRate, .noise, .showTestData])),
    Scenario(view: ViewOptions(discretize: true, hidden: Set(HideableControl.allCases))),
    Scenario(
      problem: .regression, batchSize: .all, features: [.x1, .x2, .x1Squared], hiddenLayers: [],
      data: DataSplit(
        train: [DataPoint(x: 1, y: 2, label: 0.123456789012345678)],
        test: [DataPoint(x: -3, y: 4e-10, label: -1234.5)]),
      parameters: Parameters(weights: [[[1e-5, -2.5, 3]]], biases: [[-0.0]])),
  ]

  @Test(arguments: scenarios.indices)
  func decodeOfEncodeIsIdentity(_ index: Int) throws {
    let s = Self.scenarios[index]
    let text = s.encodedJSON()
    let back = try Scenario.decode(from: Data(text.utf8), file: "saved.json")
    #expect(back == s)
    #expect(back.encodedJSON() == text)
    let bits = { (p: Parameters?) in
      p.map { $0.weights.flatMap { $0.flatMap { $0 } } + $0.biases.flatMap { $0 } }?.map(
        \.bitPattern)
    }
    #expect(bits(back.parameters) == bits(s.parameters))
    #expect(back.data?.train.map(\.y.bitPattern) == s.data?.train.map(\.y.bitPattern))
  }

  @Test(arguments: [0, 1, 2, 1 << 31, (1 << 53) - 1, 1 << 53] as [UInt64])
  func seedsUpTo2To53RoundTrip(_ seed: UInt64) throws {
    let s = Scenario(seed: seed)
    #expect(try Scenario.decode(from: Data(s.encodedJSON().utf8), file: "s.json").seed == seed)
  }

  @Test func withDataTheGeneratedDataKeysAreLeftOut() throws {
    let s = Self.scenarios[5]
    let text = s.encodedJSON()
    #expect(!text.contains("\"dataset\""))
    #expect(!text.contains("\"noise\""))
    #expect(!text.contains("\"trainRatio\""))
  }

  @Test func layoutIsStableAndReadable() {
    let s = Scenario(
      name: "Two", seed: 3, hiddenLayers: [2],
      data: DataSplit(
        train: [DataPoint(x: 0.5, y: -1.2, label: 1), DataPoint(x: 2, y: 3.1, label: -1)],
        test: [DataPoint(x: -0.3, y: 0.7, label: -1)]),
      parameters: Parameters(
        weights: [[[0.1, -0.2], [0.3, 0.05]], [[0.7, -0.4]]], biases: [[0.1, 0.1], [0.1]]))
    #expect(
      s.encodedJSON() == """
        {
          "version": 1,
          "name": "Two",
          "description": "",
          "seed": 3,
          "problem": "classification",
          "batchSize": 10,
          "shuffle": false,
          "features": ["x1", "x2"],
          "hiddenLayers": [2],
          "activation": "tanh",
          "learningRate": 0.03,
          "regularization": "none",
          "regularizationRate": 0,
          "loss": "squared",
          "view": { "showTestData": false, "discretize": false },
          "data": {
            "train": [
              [0.5, -1.2, 1],
              [2, 3.1, -1]
            ],
            "test": [
              [-0.3, 0.7, -1]
            ]
          },
          "parameters": {
            "weights": [
              [
                [0.1, -0.2],
                [0.3, 0.05]
              ],
              [
                [0.7, -0.4]
              ]
            ],
            "biases": [
              [0.1, 0.1],
              [0.1]
            ]
          }
        }

        """)
  }

  @Test func hiddenControlsAreWrittenInCanonicalOrderOnlyWhenThereAreAny() throws {
    let s = Scenario(view: ViewOptions(hidden: [.speed, .noise, .learningRate]))
    #expect(
      s.encodedJSON().contains(
        #""view": { "showTestData": false, "discretize": false, "hide": ["learningRate", "noise", "speed"] }"#
      ))
    #expect(!Scenario.default.encodedJSON().contains("hide"))
    let empty = try Scenario.decode(
      from: Data(#"{"version": 1, "view": {"hide": []}}"#.utf8), file: "e.json")
    #expect(empty == Scenario.default)
    #expect(empty.encodedJSON() == Scenario.default.encodedJSON())
  }

  @Test func defaultPresetFileIsWhatEncodingWrites() throws {
    let url = RepositoryFiles.url("Presets/default.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let s = try Scenario.decode(from: Data(text.utf8), file: "default.json")
    #expect(s.encodedJSON() == text)
  }
}
