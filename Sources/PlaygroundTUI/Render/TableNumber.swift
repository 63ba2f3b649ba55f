/// Numbers as `train`'s table shows them: the value csv prints, to at least four
/// significant digits.
///
/// Six decimals where that keeps four digits and fits a column (0.001 ≤ |x| < 10000:
/// `0.509339`, `-1234.500000`); otherwise five significant digits and an exponent
/// (`9.9200e-05`, `5.0000e+17`). Zero is `0.000000`; a value that is not finite is `nan`,
/// as in csv. The digits come from Swift's shortest exact form of the value (the one csv
/// prints), rounded half up, so no magnitude loses precision on the way.
public enum TableNumber {
  /// `value` as the table shows it.
  public static func text(_ value: Double) -> String {
    guard value.isFinite else { return "nan" }
    guard value != 0 else { return "0.000000" }
    let sign = value < 0 ? "-" : ""
    let magnitude = abs(value)
    let (digits, point) = decimalDigits(of: magnitude)
    if magnitude >= 1e-3 && magnitude < 1e4 {
      return sign + fixed(digits, point: point, decimals: 6)
    }
    return sign + scientific(digits, point: point, significant: 5)
  }

  /// The decimal digits of a positive finite `value` (no leading zeros) and where the
  /// point goes: value = 0.d₁d₂d₃… × 10^point.
  static func decimalDigits(of value: Double) -> (digits: [UInt8], point: Int) {
    let text = value.description
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(mantissa[0].utf8)
    let fraction = mantissa.count > 1 ? Array(mantissa[1].utf8) : []
    var digits = (whole + fraction).map { $0 - UInt8(ascii: "0") }
    var point = whole.count + exponent
    while digits.first == 0 {
      digits.removeFirst()
      point -= 1
    }
    return (digits, point)
  }

  /// The first `count` digits (at least one), rounded half up on the next; the point
  /// moves one place when rounding carries out (9.99995 → 10.000).
  static func rounded(_ digits: [UInt8], point: Int, count: Int) -> (digits: [UInt8], point: Int) {
    let count = max(1, count)
    var kept = Array(digits.prefix(count))
    kept += [UInt8](repeating: 0, count: count - kept.count)
    guard digits.count > count, digits[count] >= 5 else { return (kept, point) }
    var index = count - 1
    while index >= 0 {
      if kept[index] < 9 {
        kept[index] += 1
        return (kept, point)
      }
      kept[index] = 0
      index -= 1
    }
    return ([1] + kept, point + 1)
  }

  private static func fixed(_ digits: [UInt8], point: Int, decimals: Int) -> String {
    let (kept, point) = rounded(digits, point: point, count: point + decimals)
    let text = kept.map { String($0) }.joined()
    if point <= 0 {
      return "0." + String(repeating: "0", count: -point) + text.prefix(decimals + point)
    }
    return text.prefix(point) + "." + text.dropFirst(point)
  }

  private static func scientific(_ digits: [UInt8], point: Int, significant: Int) -> String {
    let (kept, point) = rounded(digits, point: point, count: significant)
    let text = kept.prefix(significant).map { String($0) }.joined()
    let exponent = point - 1
    let magnitude = String(abs(exponent))
    return text.prefix(1) + "." + text.dropFirst() + "e" + (exponent < 0 ? "-" : "+")
      + String(repeating: "0", count: max(0, 2 - magnitude.count)) + magnitude
  }
}
