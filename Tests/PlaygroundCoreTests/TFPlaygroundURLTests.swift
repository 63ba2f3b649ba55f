import PlaygroundCore
import Testing

/// TensorFlow Playground links import as the original reads them, within our ranges.
@Suite struct TFPlaygroundURLTests {
  static let defaultHash =
    "#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03"
    + "&regularizationRate=0&noise=0&networkShape=4,2&seed=0.59704&showTestData=false"
    + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false"
    + "&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false"
    + "&problem=classification&initZero=false&hideText=false"

  @Test(arguments: [defaultHash, "https://playground.tensorflow.org/" + defaultHash])
  func originalsDefaultURLIsOurDefaultScenarioWithItsSeedString(url: String) throws {
    let (s, notes) = try Scenario.fromTFPlaygroundURL(url)
    var expected = Scenario.default
    expected.tfSeed = "0.59704"
    #expect(s == expected)
    #expect(s.seed == nil)
    #expect(notes.isEmpty)
    #expect(try Scenario.fromTFPlaygroundURL("#seed=0.59704").scenario.tfSeed == "0.59704")
    // The page seeds with the text, so a trailing zero is another seed.
    #expect(try Scenario.fromTFPlaygroundURL("#seed=0.14370").scenario.tfSeed == "0.14370")
  }

  /// The note every link without a seed gets.
  static let noSeedNote =
    "seed: the link has none, so the original draws new points on every load; these are "
    + "playground-tui's own"

  @Test func aSeedThatCannotBeATFSeedBecomesAnIntegerSeed() throws {
    let long = String(repeating: "7", count: 65)
    let (s, notes) = try Scenario.fromTFPlaygroundURL("#seed=" + long)
    #expect(s.tfSeed == nil)
    let seed = try #require(s.seed)
    #expect(Limits.seed.contains(seed))
    #expect(notes.count == 1)
    #expect(notes.first?.contains("becomes seed \(seed)") == true)
  }

  @Test func aLinkCutShortOpensWithANote() throws {
    let (s, notes) = try Scenario.fromTFPlaygroundURL(
      "#activation=relu&seed=0.5&noise&networkShape&x")
    var expected = Scenario.default
    expected.activation = .relu
    expected.tfSeed = "0.5"
    #expect(s == expected)
    #expect(
      notes == [
        "noise, networkShape, x: no value (is the link cut short?); the original's default is kept"
      ])
  }

  /// The page splits every pair at each `=` and takes the text between the first two.
  @Test func theValueEndsAtTheNextEqualsSign() throws {
    let (s, _) = try Scenario.fromTFPlaygroundURL("#seed=0.5=1&noise=10=20")
    #expect(s.tfSeed == "0.5")
    #expect(s.noise == 10)
  }

  @Test func everySettingIsRead() throws {
    let (s, notes) = try Scenario.fromTFPlaygroundURL(
      "#activation=relu&regularization=L1&batchSize=30&regDataset=reg-gauss&learningRate=0.3"
        + "&regularizationRate=0.01&noise=25&networkShape=&showTestData=true&discretize=true"
        + "&percTrainData=70&x=false&xSquared=true&sinY=true&problem=regression")
    let expected = Scenario(
      problem: .regression, dataset: .multiGauss, noise: 25, trainRatio: 70,
      batchSize: .count(30), features: [.x2, .x1Squared, .sinX2], hiddenLayers: [],
      activation: .relu, learningRate: 0.3, regularization: .l1, regularizationRate: 0.01,
      view: ViewOptions(showTestData: true, discretize: true))
    #expect(s == expected)
    #expect(notes == [Self.noSeedNote])
  }

  @Test func lenientLikeTheOriginal() throws {
    let (s, notes) = try Scenario.fromTFPlaygroundURL(
      "#activation=swish&dataset=moons&showTestData=yes&discretize=&regularization=none"
        + "&cosX=true&tutorial=intro&hideText=true&noise_hide=true&learningRate_hide=true&foo=1"
        + "&colour_hide=true")
    var expected = Scenario.default
    expected.view.showTestData = true
    expected.view.hidden = [.noise, .learningRate]
    #expect(s == expected)
    #expect(
      notes == [
        "activation: 'swish' is not one of the original's values; kept 'tanh'",
        "dataset: 'moons' is not one of the original's values; kept 'circle'",
        Self.noSeedNote,
        "cosX: ignored; the original never uses it either",
        "tutorial: 'intro' is ignored; playground-tui has no tutorials",
        "hideText: ignored; playground-tui shows no article text",
        "colour_hide: not a control the original hides; ignored",
        "discretize: no value (is the link cut short?); the original's default is kept",
        "foo: unknown, ignored",
      ])
  }

  @Test func everyHideableControlOfTheOriginalMapsToOurs() throws {
    let ids = [
      "showTestData", "discretize", "playButton", "stepButton", "resetButton", "learningRate",
      "activation", "regularization", "regularizationRate", "problem", "dataset",
      "percTrainData", "noise", "batchSize", "numHiddenLayers",
    ]
    let (s, notes) = try Scenario.fromTFPlaygroundURL(
      "#" + ids.map { $0 + "_hide=true" }.joined(separator: "&") + "&x_hide=false")
    #expect(notes == [Self.noSeedNote])
    #expect(s.features == [.x1, .x2])
    #expect(
      s.view.hidden
        == Set(HideableControl.allCases).subtracting([.features, .speed]))
    #expect(s.view.hides(.trainRatio) && s.view.hides(.hiddenLayers))
  }

  @Test func hiddenFeatureIsRemovedAndInitZeroGivesZeroParameters() throws {
    let (s, notes) = try Scenario.fromTFPlaygroundURL(
      "#x_hide=true&xTimesY=true&networkShape=3&initZero=true")
    #expect(s.features == [.x2, .x1TimesX2])
    #expect(
      s.parameters
        == Parameters(
          weights: [[[0, 0], [0, 0], [0, 0]], [[0, 0, 0]]], biases: [[0, 0, 0], [0]]))
    #expect(
      notes == [
        Self.noSeedNote,
        "x_hide: the original removes this feature from the network, so it is off",
        "initZero: every weight and bias starts at 0, as in the original",
      ])
  }

  @Test(arguments: [
    ("#networkShape=4,9", "networkShape: 9 neurons in layer 2 is out of range 1...8"),
    ("#networkShape=1,1,1,1,1,1,1", "networkShape: 7 layers is out of range 0...6"),
    ("#networkShape=4,,2", "networkShape: 0 neurons in layer 2 is out of range 1...8"),
    ("#networkShape=2.5", "networkShape: 2.5 neurons in layer 1 is not an integer"),
    ("#networkShape=a", "networkShape: 'a' in layer 1 is not a number"),
    ("#noise=80", "noise: 80 is out of range 0...50"),
    ("#noise=-5", "noise: -5 is out of range 0...50"),
    ("#percTrainData=95", "percTrainData: 95 is out of range 10...90"),
    ("#batchSize=2.5", "batchSize: 2.5 is not an integer"),
    ("#batchSize=40", "batchSize: 40 is out of range 1...30"),
    ("#learningRate=abc", "learningRate: 'abc' is not a number"),
    (
      "#learningRate=0",
      "learningRate: 0 is out of range; use a number greater than 0 and at most 10"
    ),
    ("#regularizationRate=20", "regularizationRate: 20 is out of range 0...10"),
    (
      "#x=false&y=false",
      "x, y, xSquared, ySquared, xTimesY, sinX, sinY: all are off; turn at least one feature on"
    ),
    ("https://playground.tensorflow.org/", "the URL has no '#' part with settings"),
  ])
  func outOfOurRangesIsAnError(url: String, message: String) {
    let error = #expect(throws: ScenarioError.self) { try Scenario.fromTFPlaygroundURL(url) }
    #expect(error?.description == message)
  }
}
