/// Number formats the screen uses.
enum Format {
  /// `1,234,567`: grouped thousands, as the original's epoch counter (without its
  /// six-digit cut-off); Russian groups with a space (`1 234 567`), since its comma
  /// is the decimal separator.
  static func grouped(_ value: Int, separator: String = ",") -> String {
    let digits = String(abs(value))
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }

  /// Three decimals (the original's `toFixed(3)`), or "-" when not finite.
  static func loss(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    return fixed(value, decimals: 3)
  }

  /// A value with `decimals` decimals.
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    guard abs(value) < 1e9 else { return "\(Float(value))" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled - Double(whole) * scale)
    var text = String(whole)
    if decimals > 0 {
      let f = String(fraction)
      text += "." + String(repeating: "0", count: decimals - f.count) + f
    }
    return (value < 0 && scaled > 0 ? "-" : "") + text
  }

  /// A rate as the original lists it: 0.00001, 0.03, 1, 10.
  static func rate(_ value: Double) -> String {
    guard value.isFinite else { return "NaN" }
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    for decimals in 1...6 {
      let text = fixed(value, decimals: decimals)
      if let parsed = Double(text), abs(parsed - value) < 1e-12 { return text }
    }
    return fixed(value, decimals: 6)
  }

  /// A fraction 0...1 as a whole percentage.
  static func percent(_ fraction: Double) -> String {
    guard fraction.isFinite else { return "-" }
    return "\(Int((fraction * 100).rounded()))%"
  }

  /// An axis label of at most five cells: 0, 0.507, 12.35, 250, 4e-5, 2e5.
  static func axis(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let magnitude = abs(value)
    let sign = value < 0 ? "-" : ""
    if magnitude == 0 { return "0" }
    if magnitude >= 0.001 && magnitude < 100 {
      return sign + fixed(magnitude, decimals: magnitude >= 1 ? 2 : 3)
    }
    if magnitude >= 100 && magnitude < 100_000 { return sign + fixed(magnitude, decimals: 0) }
    // One digit and a power of ten.
    let (mantissa, power) = powerOfTen(magnitude)
    var exponent = power
    var digit = Int(mantissa.rounded())
    if digit == 10 {
      digit = 1
      exponent += 1
    }
    return sign + "\(digit)e\(exponent)"
  }

  /// `magnitude` (> 0) as a mantissa in [1, 10) and a power of ten.
  private static func powerOfTen(_ magnitude: Double) -> (mantissa: Double, exponent: Int) {
    var exponent = 0
    var mantissa = magnitude
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    return (mantissa, exponent)
  }

  /// A weight or bias for the focus line: three decimals.
  static func parameter(_ value: Double) -> String { fixed(value, decimals: 3) }

  /// A number of the backprop inspector, about four significant digits in at most eight
  /// cells: `0.535`, `-1.479`, `12.35`, `0`, `-2.31e-5`.
  static func inspect(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    let magnitude = abs(value)
    if magnitude == 0 { return "0" }
    if magnitude >= 0.001 && magnitude < 1000 {
      let text = fixed(value, decimals: magnitude >= 100 ? 1 : (magnitude >= 10 ? 2 : 3))
      // A value that rounds to 0.000 (or 1000.0) keeps its digits in the other form.
      if text != "0.000" && text != "-0.000" { return text }
    }
    let (mantissa, power) = powerOfTen(magnitude)
    var exponent = power
    var digits = fixed(mantissa, decimals: 2)
    if digits == "10.00" {
      digits = "1.00"
      exponent += 1
    }
    return (value < 0 ? "-" : "") + digits + "e\(exponent)"
  }
}
