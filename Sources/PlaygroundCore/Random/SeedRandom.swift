/// The original TensorFlow Playground's `Math.random` after `Math.seedrandom(seed)`:
/// seedrandom 2.4's ARC4 stream, written from the library's description.
///
/// - The key: each UTF-16 unit of the seed string, mixed into a 256-entry key (`mixkey`:
///   `key[j mod 256] = (smear ^= key[j mod 256]·19) + unit`, modulo 256, where `smear`
///   is a running XOR; an empty key acts as `[0]`).
/// - ARC4's standard key schedule over S = 0...255, then 256 outputs are dropped
///   (RC4-drop[256]).
/// - A double takes six outputs as a 48-bit numerator n over d = 2^48, adds one more byte
///   at a time until n ≥ 2^52, shifts right while n ≥ 2^53, and returns (n + x)/d: every
///   bit of the significand is random and the result is in [0, 1).
///
/// The documented check: seed `hello.` gives 0.9282578795792454 first.
public struct SeedRandom: Sendable, Equatable {
  private var s: [UInt8]
  private var i: UInt8 = 0
  private var j: UInt8 = 0

  /// The generator `Math.seedrandom(seed)` installs, for a string seed.
  public init(seed: String) {
    var key: [Int] = []
    var smear: Int32 = 0
    for (index, unit) in seed.utf16.enumerated() {
      let slot = index & 255
      let old = slot < key.count ? key[slot] : 0
      smear ^= Int32(old * 19)
      let value = (Int(smear) + Int(unit)) & 255
      if slot < key.count { key[slot] = value } else { key.append(value) }
    }
    if key.isEmpty { key = [0] }

    s = (0...255).map { UInt8($0) }
    var jj = 0
    for ii in 0..<256 {
      let t = s[ii]
      jj = (jj + key[ii % key.count] + Int(t)) & 255
      s[ii] = s[jj]
      s[jj] = t
    }
    for _ in 0..<256 { _ = nextByte() }
  }

  /// One ARC4 output.
  private mutating func nextByte() -> UInt64 {
    i &+= 1
    let t = s[Int(i)]
    j &+= t
    s[Int(i)] = s[Int(j)]
    s[Int(j)] = t
    return UInt64(s[Int(s[Int(i)] &+ t)])
  }

  /// `count` outputs as one big-endian number.
  private mutating func bytes(_ count: Int) -> UInt64 {
    var r: UInt64 = 0
    for _ in 0..<count { r = r << 8 | nextByte() }
    return r
  }

  /// The next `Math.random()`: uniform in [0, 1).
  public mutating func next() -> Double {
    var n = bytes(6)
    var d = 0x1p48
    var x: UInt64 = 0
    while n < 1 << 52 {
      n = (n + x) << 8
      d *= 256
      x = bytes(1)
    }
    while n >= 1 << 53 {
      n >>= 1
      d /= 2
      x >>= 1
    }
    return Double(n + x) / d
  }

  /// `Math.random() * (b - a) + a`, the original's `randUniform`.
  public mutating func uniform(_ a: Double, _ b: Double) -> Double {
    next() * (b - a) + a
  }

  /// The original's `normalRandom`: Marsaglia's polar method, drawing pairs until
  /// s = v1² + v2² ≤ 1, so the number of draws varies.
  public mutating func normal(mean: Double, variance: Double) -> Double {
    var v1: Double
    var s: Double
    repeat {
      v1 = 2 * next() - 1
      let v2 = 2 * next() - 1
      s = v1 * v1 + v2 * v2
    } while s > 1
    let result = LibM.sqrt(-2 * LibM.log(s) / s) * v1
    return mean + LibM.sqrt(variance) * result
  }
}
