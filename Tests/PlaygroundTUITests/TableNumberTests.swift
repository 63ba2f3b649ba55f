import PlaygroundCore
import PlaygroundTUI
import Testing

/// `train`'s table shows the value csv prints to at least four significant digits (issue
/// 11, item 8: it used to cut the text at the dot, so 9.92e-05 became `9.9e-050`).
@Suite struct TableNumberTests {
  @Test(arguments: [
    (9.92e-05, "9.9200e-05"), (5e17, "5.0000e+17"), (-5e17, "-5.0000e+17"),
    (0.5093393086472764, "0.509339"), (-0.5, "-0.500000"), (1234.5678, "1234.567800"),
    (0.0012345, "0.001235"), (0.001, "0.001000"), (0.000999, "9.9900e-04"),
    (9999.9999999, "10000.000000"), (10_000, "1.0000e+04"), (123_456_789, "1.2346e+08"),
    (0.0099999999, "0.010000"), (9.99995e-7, "1.0000e-06"), (1e-300, "1.0000e-300"),
    (.leastNonzeroMagnitude, "5.0000e-324"), (-1.7976931348623157e308, "-1.7977e+308"),
    (0, "0.000000"),
    (-0.0, "0.000000"), (Double.nan, "nan"), (Double.infinity, "nan"), (-Double.infinity, "nan"),
  ])
  func showsTheValue(_ value: Double, _ expected: String) {
    #expect(TableNumber.text(value) == expected)
  }

  /// Over every magnitude a Double has, the text reads back within half a unit of the
  /// fourth significant digit, and fits the table's column of 14.
  @Test(arguments: [11 as UInt64]) func everyMagnitudeKeepsFourDigits(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<20_000 {
      let value = Double(
        sign: Bool.random(using: &generator) ? .minus : .plus,
        exponent: Int.random(in: -1074...1023, using: &generator),
        significand: Double.random(in: 1..<2, using: &generator))
      guard value.isFinite, value != 0 else { continue }
      let text = TableNumber.text(value)
      let back = try #require(Double(text), "\(value) → \(text)")
      #expect(abs(back - value) <= abs(value) * 5e-4, "\(value) → \(text)")
      #expect(text.count < 14, "\(value) → \(text)")
    }
  }
}
