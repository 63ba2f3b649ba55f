/// Numbers written as JavaScript writes them, for links the original page reads.
public enum JSNumberText {
  /// `x.toFixed(5)` for 0 ≤ x < 1e21: the exact binary value rounded to five decimals,
  /// halves away from zero (the larger n of ECMAScript's rule).
  public static func fixed5(_ x: Double) -> String {
    precondition(x >= 0 && x.isFinite, "fixed5 takes a finite number ≥ 0")
    let scale: UInt128 = 100_000
    var n: UInt128 = 0
    if x > 0 {
      let significand =
        UInt128(x.significandBitPattern) | (x.isNormal ? UInt128(1) << 52 : 0)
      let exponent = Int(x.isNormal ? x.exponent : Double.leastNormalMagnitude.exponent) - 52
      if exponent >= 0 {
        n = (significand << exponent) * scale
      } else if -exponent < 120 {
        let shift = -exponent
        n = (significand * scale + (UInt128(1) << (shift - 1))) >> shift
      }
    }
    let whole = n / scale
    let fraction = String(n % scale)
    return "\(whole)." + String(repeating: "0", count: 5 - fraction.count) + fraction
  }

  /// `String(x)` in JavaScript for a finite number: the shortest digits that read back
  /// as `x`, in plain decimals for 1e-6 ≤ |x| < 1e21 and as `1e-7` otherwise.
  public static func number(_ x: Double) -> String {
    precondition(x.isFinite, "a link holds finite numbers")
    if x == 0 { return "0" }
    // Swift's description has the same shortest digits; only the layout differs.
    let text = "\(abs(x))"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits = String(mantissa.filter { $0 != "." })
    let dot = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
    var point = mantissa.distance(from: mantissa.startIndex, to: dot) + exponent
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    let sign = x < 0 ? "-" : ""
    // ECMAScript Number::toString: n = point, k = digits.count.
    let k = digits.count
    if k <= point && point <= 21 {
      return sign + digits + String(repeating: "0", count: point - k)
    }
    if 0 < point && point <= 21 {
      return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
    if -6 < point && point <= 0 {
      return sign + "0." + String(repeating: "0", count: -point) + digits
    }
    let e = point - 1
    let expText = e < 0 ? "-\(-e)" : "+\(e)"
    let head = k == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
    return sign + head + "e" + expText
  }
}
