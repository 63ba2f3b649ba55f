import PlaygroundCore
import Testing

/// A live comparison under a `tfSeed` (issues 13 and 16): every variant is the run the page
/// would open from the variant's own link with the same seed, as `train --variant` builds
/// it, and `g` gives every variant the same new seed and points.
@Suite struct ComparisonTFSeedTests {
  static let overrides = [
    ScenarioOverrides(hiddenLayers: []), ScenarioOverrides(hiddenLayers: [4, 2]),
    ScenarioOverrides(activation: .relu),
  ]

  static func base() -> Scenario {
    var s = Scenario.default
    s.hiddenLayers = [4, 2]
    s.tfSeed = "0.45454"
    s.compare = overrides
    return s
  }

  /// The solo session of variant `i` of `scenario`.
  static func solo(_ scenario: Scenario, _ i: Int, seed: UInt64 = 5) -> Session {
    Session(scenario: scenario.variants[i], seed: seed)
  }

  static func expectSame(_ live: Session, _ solo: Session, _ what: Comment) {
    #expect(live.network.parameters == solo.network.parameters, what)
    #expect(live.report.train == solo.report.train, what)
    #expect(live.report.test == solo.report.test, what)
    #expect(live.data == solo.data, what)
    #expect(live.scenario.tfSeed == solo.scenario.tfSeed, what)
  }

  @Test func everyVariantIsTheRunOfItsOwnLink() {
    var c = Comparison(base: Session(scenario: Self.base(), seed: 5))
    #expect(c.variants.count == 3)
    for i in c.variants.indices {
      Self.expectSame(c.variants[i], Self.solo(Self.base(), i), "variant \(i) at epoch 0")
    }
    #expect(c.variants[1].network.weights == c.variants[2].network.weights, "same shape")
    #expect(c.variants[1].network.weights == c.base.network.weights)
    c.apply(.step)
    c.apply(.step)
    for i in c.variants.indices {
      var solo = Self.solo(Self.base(), i)
      solo.step()
      solo.step()
      Self.expectSame(c.variants[i], solo, "variant \(i) at epoch 2")
    }
    // Reset rebuilds from the same weights it started from.
    c.apply(.reset)
    for i in c.variants.indices {
      Self.expectSame(c.variants[i], Self.solo(Self.base(), i), "variant \(i) after reset")
    }
  }

  @Test func startingAComparisonOnATFSeedSessionBuildsTheSameVariants() {
    var plain = Self.base()
    plain.compare = []
    var c = Comparison(base: Session(scenario: plain, seed: 5))
    c.apply(.setCompare(Self.overrides))
    for i in c.variants.indices {
      Self.expectSame(c.variants[i], Self.solo(Self.base(), i), "variant \(i)")
    }
  }

  @Test func newWeightsDrawEveryVariantsNextNetworkFromItsLink() {
    var c = Comparison(base: Session(scenario: Self.base(), seed: 5))
    c.apply(.newWeights)
    for i in c.variants.indices {
      var solo = Self.solo(Self.base(), i)
      solo.apply(.newWeights)
      Self.expectSame(c.variants[i], solo, "variant \(i) after w")
    }
  }

  @Test func regenerateGivesEveryVariantTheBasesNewSeedAndPoints() {
    var c = Comparison(base: Session(scenario: Self.base(), seed: 5))
    c.apply(.step)
    let networks = c.variants.map(\.network)
    c.apply(.regenerate)
    let seed = c.base.scenario.tfSeed
    #expect(seed != nil && seed != "0.45454")
    #expect(c.variants.allSatisfy { $0.scenario.tfSeed == seed })
    #expect(c.variants.allSatisfy { $0.data == c.base.data })
    #expect(c.variants.map(\.network) == networks, "regenerate keeps the networks")
    #expect(c.variants.map(\.epoch) == [1, 1, 1])
    // Reset then builds every variant as its own link with the new seed would.
    c.apply(.reset)
    var next = Self.base()
    next.tfSeed = seed
    for i in c.variants.indices {
      Self.expectSame(c.variants[i], Self.solo(next, i), "variant \(i) after g and r")
    }
  }
}
