/// Where a network's initial weights under a `tfSeed` come from: the stream of `seed`
/// after the data, with `builds` whole networks drawn and skipped first (each `w` skips
/// one more, as each press of the original's reset draws a new network from the
/// continuing stream).
public struct TFWeightOrigin: Equatable, Sendable {
  public var seed: String
  public var builds: Int

  public init(seed: String, builds: Int = 0) {
    self.seed = seed
    self.builds = builds
  }
}

extension TFPlaygroundData {
  /// The page's generator right after it made the data of `s` from `seed` (right after
  /// seeding when `s` gives its points).
  static func afterData(_ s: Scenario, seed: String) -> SeedRandom {
    guard s.data == nil else { return SeedRandom(seed: seed) }
    return split(s.dataset, noise: s.noise, trainRatio: s.trainRatio, seed: seed).after
  }

  /// The initial weights of `s`'s network (flat, in `Network.weights` order) drawn as the
  /// page draws them from `origin`.
  static func initialWeights(_ s: Scenario, origin: TFWeightOrigin) -> [Double] {
    var rng = afterData(s, seed: origin.seed)
    let count = Network(layerSizes: s.layerSizes, activation: .linear, outputActivation: .linear)
      .weights.count
    for _ in 0..<(origin.builds * count) { _ = rng.next() }
    return weights(count: count, using: &rng)
  }

  /// The seed the original's "regenerate" writes: its next `Math.random()` with five
  /// decimals (`toFixed(5)`), drawn after the data of the current seed and, when the
  /// network on screen came from it, after that network's weights.
  static func regeneratedSeed(_ s: Scenario, origin: TFWeightOrigin?) -> String? {
    guard let seed = s.tfSeed else { return nil }
    var rng = afterData(s, seed: seed)
    if let origin, origin.seed == seed, s.parameters == nil {
      let count = Network(
        layerSizes: s.layerSizes, activation: .linear, outputActivation: .linear
      ).weights.count
      for _ in 0..<((origin.builds + 1) * count) { _ = rng.next() }
    }
    return JSNumberText.fixed5(rng.next())
  }
}
