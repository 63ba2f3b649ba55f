/// The loss chart's y axis: from 0 to the largest loss, or logarithmic from the smallest
/// positive loss to the largest.
///
/// From 0, a run stuck at 0.19 sits near the top and one that reached 0.004 near the
/// bottom; a tiny fall at a very small learning rate stays a tiny fall. The log scale
/// shows the late, small improvements a linear axis flattens.
struct ChartScale: Equatable, Sendable {
  /// The value at the bottom of the chart.
  let low: Double
  /// The value at the top.
  let high: Double
  let isLogarithmic: Bool
  /// log10 of `low` and of `high` on a log scale (0 otherwise), worked out once rather than
  /// for every point plotted.
  private let logLow: Double
  private let logHigh: Double

  /// The scale for `values`; non-finite values are left out, and a log scale with no
  /// positive value falls back to the linear one.
  init?(values: [Double], logarithmic: Bool) {
    let finite = values.filter(\.isFinite)
    guard let largest = finite.max(), let smallest = finite.min() else { return nil }
    let positive = finite.filter { $0 > 0 }
    if logarithmic, let top = positive.max(), let bottom = positive.min() {
      isLogarithmic = true
      high = top
      // One flat value still gets a decade below it, so it is drawn at the top.
      low = bottom < top ? bottom : top / 10
    } else {
      isLogarithmic = false
      low = Swift.min(0, smallest)
      high = largest > low ? largest : low + 1
    }
    logLow = isLogarithmic ? Self.log10(low) : 0
    logHigh = isLogarithmic ? Self.log10(high) : 0
  }

  /// Where `value` lies between the bottom (0) and the top (1).
  ///
  /// Values at or below zero on a log scale are at the bottom; nil for a value that is
  /// not finite.
  func fraction(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    let f: Double
    if isLogarithmic {
      guard value > 0 else { return 0 }
      f = (Self.log10(value) - logLow) / (logHigh - logLow)
    } else {
      f = (value - low) / (high - low)
    }
    return Swift.min(1, Swift.max(0, f))
  }

  /// The base-10 logarithm of a positive finite value, to about 1e-12.
  ///
  /// The module has no libm (DESIGN.md §1), and a chart needs no more: `x = m·2^e` with
  /// `m` in [1, 2), and ln m = 2·atanh((m − 1)/(m + 1)) as a series in z ≤ 1/3.
  static func log10(_ x: Double) -> Double {
    let e = Double(x.exponent)
    let m = x.significand
    let z = (m - 1) / (m + 1)
    let z2 = z * z
    var term = z
    var sum = 0.0
    for k in stride(from: 1.0, through: 25, by: 2) {
      sum += term / k
      term *= z2
    }
    let ln2 = 0.693_147_180_559_945_3
    let ln10 = 2.302_585_092_994_045_7
    return (2 * sum + e * ln2) / ln10
  }
}
