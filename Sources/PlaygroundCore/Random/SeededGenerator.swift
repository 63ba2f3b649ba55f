/// A small, fast, seedable generator (SplitMix64): the engine's only source of
/// randomness, always passed explicitly.
///
/// The same seed gives the same stream on every platform. Independent streams for data,
/// weights and shuffling come from `SeededGenerator(seed:stream:)`.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
  private var state: UInt64

  /// Creates a generator whose stream is a pure function of `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// Creates one of several independent streams derived from the same seed.
  public init(seed: UInt64, stream: Stream) {
    var mixer = SeededGenerator(seed: seed ^ stream.rawValue)
    state = mixer.next()
  }

  /// The purposes that draw from separate streams, so that changing one (say, new
  /// weights) never shifts another (the data).
  public enum Stream: UInt64, Sendable {
    case data = 0x6461_7461_0000_0001
    case weights = 0x7765_6967_6874_0002
    case shuffle = 0x7368_7566_666c_0003
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform double in [a, b).
  public mutating func uniform(_ a: Double, _ b: Double) -> Double {
    nextUnit() * (b - a) + a
  }

  /// A normal variate by the Marsaglia polar method, as the original playground draws it.
  public mutating func normal(mean: Double = 0, variance: Double = 1) -> Double {
    var v1 = 0.0
    var s = 0.0
    repeat {
      v1 = 2 * nextUnit() - 1
      let v2 = 2 * nextUnit() - 1
      s = v1 * v1 + v2 * v2
    } while s > 1 || s == 0
    let result = LibM.sqrt(-2 * LibM.log(s) / s) * v1
    return mean + LibM.sqrt(variance) * result
  }
}
