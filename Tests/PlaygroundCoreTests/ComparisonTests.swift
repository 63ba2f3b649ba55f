import PlaygroundCore
import Testing

/// `Comparison`: the base session and one session per variant, and how commands reach
/// them (issue 13).
@Suite struct ComparisonTests {
  static let pair = [ScenarioOverrides(activation: .tanh), ScenarioOverrides(activation: .relu)]

  @Test func withoutCompareEverythingGoesToTheBase() {
    var c = Comparison(base: Session(scenario: .default, seed: 4))
    #expect(!c.isComparing)
    c.apply(.step)
    #expect(c.base.epoch == 1 && c.variants.isEmpty)
  }

  @Test func startingAComparisonKeepsTheBaseAndBuildsVariantsFromItsDataAndSeeds() {
    var c = Comparison(base: Session(scenario: .default, seed: 4))
    c.apply(.step)
    c.apply(.regenerate)
    c.apply(.newWeights)
    let before = c.base
    c.apply(.setCompare(Self.pair))
    #expect(c.variants.count == 2)
    #expect(c.variants.allSatisfy { $0.data == before.data && $0.epoch == 0 })
    #expect(c.variants[0].network.weights == c.variants[1].network.weights)
    #expect(c.variants[0].dataSeed == before.dataSeed)
    #expect(c.variants[1].weightSeed == before.weightSeed)
    #expect(c.variants[1].scenario.activation == .relu)
    c.apply(.step)
    c.apply(.step)
    #expect(c.variants.map(\.epoch) == [2, 2])
    #expect(c.base.epoch == before.epoch, "the base waits")
    c.apply(.regenerate)
    #expect(c.variants[0].data == c.variants[1].data && c.variants[0].data != before.data)
    #expect(c.variants.map(\.epoch) == [2, 2], "regenerate keeps the networks")
    c.apply(.reset)
    #expect(c.variants.map(\.epoch) == [0, 0])
    c.apply(.setCompare([]))
    #expect(!c.isComparing)
    #expect(c.base.network == before.network && c.base.epoch == before.epoch)
  }

  @Test func aSettingChangesTheBaseAndTheVariantsFollowUnlessTheyOverrideIt() {
    var base = Scenario.default
    base.compare = Self.pair
    var c = Comparison(base: Session(scenario: base, seed: 9))
    c.apply(.step)
    c.apply(.setActivation(.sigmoid))
    c.apply(.setHiddenLayers([3]))
    #expect(c.variants.map(\.scenario.activation) == [.tanh, .relu])
    #expect(c.variants.allSatisfy { $0.network.layerSizes == [2, 3, 1] && $0.epoch == 0 })
    #expect(c.base.scenario.compare == Self.pair)
  }

  @Test func aComparisonDivergesOnlyWhenEveryVariantHas() {
    var base = Scenario(problem: .regression, hiddenLayers: [8, 8], activation: .relu)
    base.compare = [ScenarioOverrides(learningRate: 10), ScenarioOverrides(learningRate: 0.01)]
    var c = Comparison(base: Session(scenario: base, seed: 3))
    for _ in 0..<20 { c.apply(.step) }
    #expect(c.variants[0].isDiverged && !c.variants[1].isDiverged)
    #expect(!c.isDiverged)
    #expect(c.variants[1].epoch == 20)
  }
}
