import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// The scenario key `tfSeed` and what a session does with it (README, "TensorFlow
/// Playground links").
@Suite struct TFSeedScenarioTests {
  static func decode(_ json: String) throws(ScenarioError) -> Scenario {
    try Scenario.decode(from: Data(json.utf8), file: "t.json")
  }

  /// Draws before the first weight for the circle: 4 per point (radius, angle, two noise
  /// draws even at noise 0), then one per point for the shuffle.
  static let circleDataDraws = 500 * 4 + 500

  static func circle() -> Scenario {
    var s = Scenario.default
    s.tfSeed = "0.45454"
    return s
  }

  @Test func decodesAndRoundTrips() throws {
    let s = try Self.decode(#"{"version": 1, "tfSeed": "0.45454", "dataset": "xor"}"#)
    #expect(s.tfSeed == "0.45454")
    #expect(s.seed == nil)
    #expect(try Self.decode(s.encodedJSON()) == s)
    #expect(s.encodedJSON().contains(#""tfSeed": "0.45454""#))
  }

  @Test(arguments: [
    (#""tfSeed": "", "#, "t.json: tfSeed: '' is not valid; use 1-64 printable ASCII characters"),
    (#""tfSeed": "é", "#, "t.json: tfSeed: 'é' is not valid; use 1-64 printable ASCII characters"),
    (#""tfSeed": 0.5, "#, "t.json: tfSeed: expected a string"),
    (#""seed": 3, "tfSeed": "0.5", "#, "t.json: tfSeed: give 'seed' or 'tfSeed', not both"),
  ])
  func invalidIsAnErrorNamingTheKey(fragment: String, prefix: String) {
    let error = #expect(throws: ScenarioError.self) {
      try Self.decode("{\(fragment)\"version\": 1}")
    }
    #expect(error?.description.hasPrefix(prefix) == true, "\(error?.description ?? "")")
  }

  @Test func sixtyFiveCharactersAreTooMany() {
    #expect(Scenario.isValidTFSeed(String(repeating: "1", count: 64)))
    #expect(!Scenario.isValidTFSeed(String(repeating: "1", count: 65)))
    #expect(!Scenario.isValidTFSeed("a\tb"))
  }

  @Test func theSessionKeepsTheSeedStringAndNoIntegerSeed() {
    let session = Session(scenario: Self.circle(), seed: 7)
    #expect(session.scenario.tfSeed == "0.45454")
    #expect(session.scenario.seed == nil)
    let saved = session.scenarioForSaving(includeWeights: false)
    #expect(saved == Self.circle(), "the seed string alone rebuilds data and weights")
  }

  /// `w` skips one network in the page's stream, as one press of the original's reset
  /// draws the next network; reset (`r`) then restores it, and a save keeps it.
  @Test func newWeightsAreThePagesNextNetwork() throws {
    var session = Session(scenario: Self.circle(), seed: 7)
    let first = session.network.weights
    session.apply(.newWeights)
    let second = session.network.weights
    #expect(second != first)
    var rng = SeedRandom(seed: "0.45454")
    for _ in 0..<(Self.circleDataDraws + first.count) { _ = rng.next() }
    #expect(second == (0..<second.count).map { _ in rng.next() - 0.5 })
    session.apply(.step)
    session.apply(.reset)
    #expect(session.network.weights == second)
    let saved = session.scenarioForSaving(includeWeights: false)
    #expect(saved.parameters?.weights.flatMap { $0.flatMap { $0 } } == second)
    #expect(Session(scenario: saved, seed: 1).network.weights == second)
  }

  /// `g` writes the next `Math.random()` with five decimals, as the page's regenerate does,
  /// and keeps the network; the new points are the new seed's.
  @Test func regenerateWritesANewFiveDecimalSeed() throws {
    var session = Session(scenario: Self.circle(), seed: 7)
    let network = session.network
    session.apply(.regenerate)
    var rng = SeedRandom(seed: "0.45454")
    for _ in 0..<(Self.circleDataDraws + network.weights.count) { _ = rng.next() }
    let expected = JSNumberText.fixed5(rng.next())
    #expect(session.scenario.tfSeed == expected)
    #expect(session.network == network)
    var fresh = Self.circle()
    fresh.tfSeed = expected
    #expect(session.data == Session(scenario: fresh, seed: 1).data)
    // Saved, it opens with the points on screen and the weights training started from.
    let saved = session.scenarioForSaving(includeWeights: false)
    #expect(saved.tfSeed == expected)
    let reopened = Session(scenario: saved, seed: 1)
    #expect(reopened.data == session.data)
    #expect(reopened.network.weights == network.weights)
    // A second regenerate draws right after the new points: no network came from them.
    session.apply(.regenerate)
    var next = SeedRandom(seed: expected)
    for _ in 0..<Self.circleDataDraws { _ = next.next() }
    #expect(session.scenario.tfSeed == JSNumberText.fixed5(next.next()))
  }

  /// Changing data settings keeps the seed string: the points are the seed's for the new
  /// settings (the original would draw a new seed; `g` does that here).
  @Test func dataSettingsKeepTheSeedString() {
    var session = Session(scenario: Self.circle(), seed: 7)
    session.apply(.setNoise(25))
    var expected = Self.circle()
    expected.noise = 25
    #expect(session.scenario.tfSeed == "0.45454")
    let reference = Session(scenario: expected, seed: 99)
    #expect(session.data == reference.data)
    #expect(session.network.weights == reference.network.weights)
  }

  /// Ours under a seed string: moons, leakyRelu, elu and batch "all" draw from the same
  /// stream in the same order; the run is a function of the seed string.
  @Test func oursUnderASeedStringIsAFunctionOfIt() {
    var s = Self.circle()
    s.dataset = .moons
    s.noise = 10
    s.activation = .leakyRelu
    s.batchSize = .all
    let a = Session(scenario: s, seed: 1)
    let b = Session(scenario: s, seed: 2)
    #expect(a.data == b.data)
    #expect(a.network == b.network)
    #expect(a.data.train.count == 250)
    s.activation = .tanh
    #expect(Session(scenario: s, seed: 3).network.weights == a.network.weights)
  }

  @Test(arguments: TFLinkCase.names)
  func exportGivesTheFixturesLinkBack(name: String) throws {
    let fixture = try TFLinkCase(name: name)
    let scenario = try Scenario.fromTFPlaygroundURL(fixture.url).scenario
    let (url, notes) = try scenario.tfPlaygroundURL(fallbackSeed: 0)
    #expect(url == fixture.url)
    #expect(notes.isEmpty)
  }

  @Test func exportCarriesEverySettingTheOriginalReads() throws {
    var s = Scenario(
      problem: .regression, dataset: .multiGauss, noise: 15, trainRatio: 70,
      batchSize: .count(3), features: [.x1Squared, .sinX2], hiddenLayers: [],
      activation: .sigmoid, learningRate: 0.00001, regularization: .l1,
      regularizationRate: 0.003, view: ViewOptions(showTestData: true, discretize: true))
    s.tfSeed = "0.1"
    s.view.hidden = [.noise, .hiddenLayers]
    let (url, _) = try s.tfPlaygroundURL(fallbackSeed: 0)
    #expect(url.contains("&learningRate=0.00001&"))
    #expect(url.contains("&networkShape=&"))
    #expect(url.hasSuffix("&noise_hide=true&numHiddenLayers_hide=true"))
    let back = try Scenario.fromTFPlaygroundURL(url)
    #expect(back.scenario == s)
    #expect(back.notes.isEmpty)
  }

  @Test func initZeroGoesBackAsInitZero() throws {
    let imported = try Scenario.fromTFPlaygroundURL("#seed=0.3&initZero=true&networkShape=2")
    let (url, _) = try imported.scenario.tfPlaygroundURL(fallbackSeed: 0)
    #expect(url.contains("&initZero=true&"))
    #expect(try Scenario.fromTFPlaygroundURL(url).scenario == imported.scenario)
  }

  @Test(arguments: [
    ("data", "data"), ("moons", "dataset"), ("elu", "activation"), ("leakyRelu", "activation"),
    ("all", "batchSize"), ("crossEntropy", "loss"), ("shuffle", "shuffle"),
    ("parameters", "parameters"), ("seed&", "tfSeed"),
  ])
  func whatTheOriginalCannotExpressNamesTheKey(change: String, key: String) {
    var s = Self.circle()
    switch change {
    case "data": s.data = DataSplit(train: [DataPoint(x: 0, y: 0, label: 1)], test: [])
    case "moons": s.dataset = .moons
    case "elu": s.activation = .elu
    case "leakyRelu": s.activation = .leakyRelu
    case "all": s.batchSize = .all
    case "crossEntropy": s.loss = .crossEntropy
    case "shuffle": s.shuffle = true
    case "parameters": s.parameters = Session(scenario: s, seed: 1).network.parameters
    default: s.tfSeed = "a&b"
    }
    let error = #expect(throws: ScenarioError.self) { try s.tfPlaygroundURL(fallbackSeed: 0) }
    #expect(error?.description.hasPrefix("\(key): ") == true, "\(error?.description ?? "")")
  }

  @Test func withoutATFSeedTheLinkGetsOneFromTheSeed() throws {
    var s = Scenario.default
    s.seed = 42
    let (url, notes) = try s.tfPlaygroundURL(fallbackSeed: 0)
    let (again, _) = try s.tfPlaygroundURL(fallbackSeed: 1)
    #expect(url == again, "the integer seed decides")
    let seed = try #require(try Scenario.fromTFPlaygroundURL(url).scenario.tfSeed)
    #expect(seed.count == 7 && seed.hasPrefix("0."))
    #expect(notes.count == 1)
  }
}
