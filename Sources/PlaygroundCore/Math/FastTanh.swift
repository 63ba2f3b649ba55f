/// A vectorizable tanh for the engine's hot loops.
///
/// Method: x is clamped to [-20, 20] (tanh(20) rounds to 1; NaN stays NaN), then
/// tanh(x) = (e^y − 1)/(e^y + 1) with y = 2x. e^y is computed as 2ⁿ·e^r with
/// n = round(y/ln 2) (magic-number rounding, so only SSE2 operations are needed),
/// r = y − n·ln 2 (|r| ≤ 0.35), and e^r by its [5/5] Padé approximant N/D (truncation
/// error ~1e-15), whose division is shared with tanh's own:
/// tanh = (2ⁿN − D)/(2ⁿN + D).
///
/// Measured error against glibc's tanh over [-25, 25] (`FastTanhTests`): at most about
/// 5e-16 absolute, and about 1e-15 relative for |x| ≥ 0.5 (near 0 the absolute error is
/// what counts: up to 1.5e-12 relative there). Losses after the parity
/// fixtures' epochs stay within 1e-12 relative of the libm path; DESIGN.md §2 allows 1e-7.
enum FastTanh {
  typealias Vector = SIMD4<Double>

  @inline(always)
  static func tanh(_ x: Vector) -> Vector {
    // Compare-and-select lowers to minpd/maxpd with x second, so NaN passes through and
    // ±∞ becomes ±20.
    let high = x.replacing(with: 20, where: x .> 20)
    let c = high.replacing(with: -20, where: high .< -20)
    // n = round(2c / ln 2) through the bits of 2c/ln2 + 1.5·2⁵².
    let magic = Vector(repeating: 6_755_399_441_055_744.0)
    let shifted = c * 2.8853900817779268 + magic
    let n = shifted - magic
    let r = (c + c) - n * 0.6931471805599453
    // e^r = N/D with N = E + O, D = E − O (E even in r, O odd).
    let r2 = r * r
    var even = r2 * (1.0 / 1008) + 1.0 / 9
    even = even * r2 + 1
    var odd = r2 * (1.0 / 30_240) + 1.0 / 72
    odd = odd * r2 + 0.5
    odd = odd * r
    // 2ⁿ: the low bits of `shifted` hold n (the magic's own low 12 bits are zero, and its
    // high bits shift out).
    let shiftedBits = unsafeBitCast(shifted, to: SIMD4<UInt64>.self)
    let scale = unsafeBitCast((shiftedBits &+ 1023) &<< 52, to: Vector.self)
    let numerator = scale * (even + odd)
    let denominator = even - odd
    return (numerator - denominator) / (numerator + denominator)
  }

  /// Scalar entry point (for tests and single values).
  static func scalar(_ x: Double) -> Double { tanh(Vector(repeating: x))[0] }
}
