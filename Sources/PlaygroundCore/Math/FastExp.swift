/// A vectorizable eˣ for the softmax of 3...6 classes, the way `FastTanh` computes its
/// exponential: x/ln 2 = n + f (n by magic-number rounding, |f| ≤ 1/2), e^{f·ln 2} by its
/// [5/5] Padé approximant (E + O)/(E − O), and 2ⁿ added to the result's exponent field.
///
/// x/ln 2 is clamped to ±1020 first (e^−707 is 0 next to the largest term of a softmax,
/// which is 1; e^707 is never asked for): the exponent then stays normal. NaN stays NaN.
/// Relative error against glibc (`FastExpTests`): about 1e-15 for |x| ≤ 40, growing with
/// |x| (the rounding of x/ln 2) to about 1e-13 at -700.
enum FastExp {
  typealias Vector = SIMD4<Double>

  @inline(__always)
  static func exp(_ x: Vector) -> Vector {
    let magic = Vector(repeating: 6_755_399_441_055_744.0)
    let limit = 1020.0
    let scaled = x * 1.4426950408889634  // 1/ln 2
    let high = scaled.replacing(with: limit, where: scaled .> limit)
    let t = high.replacing(with: -limit, where: high .< -limit)
    let shifted = t + magic
    let f = t - (shifted - magic)
    let f2 = f * f
    // e^{f·ln 2} = (E + O)/(E − O), the coefficients of FastTanh with f in place of 2x/ln 2.
    var even = f2 * 2.290030739911542e-4 + 5.3383668213133485e-2
    even = even * f2 + 1
    var odd = f2 * 5.2910945025509685e-6 + 4.625342388735131e-3
    odd = odd * f2 + 0.34657359027997264
    odd = odd * f
    let ratio = (even + odd) / (even - odd)
    let shiftedBits = unsafeBitCast(shifted, to: SIMD4<UInt64>.self)
    return unsafeBitCast(
      unsafeBitCast(ratio, to: SIMD4<UInt64>.self) &+ (shiftedBits &<< 52), to: Vector.self)
  }

  /// Scalar entry point (for tests and single values).
  static func scalar(_ x: Double) -> Double { exp(Vector(repeating: x))[0] }
}
