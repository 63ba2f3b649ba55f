import TestSupport
import Testing

/// The shared helpers behave as documented.
///
/// The approximate comparison follows swift-numerics: equal values always match, the bound is the
/// larger of the absolute and the scaled relative tolerance, and a non-finite difference never
/// matches.
@Suite struct TestSupportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var a: Double
    var b: Double
    var absolute: Double
    var relative: Double
    var matches: Bool
    var testDescription: String { "\(a) vs \(b), abs \(absolute), rel \(relative)" }
  }

  static let cases: [Case] = [
    Case(a: 1, b: 1, absolute: 0, relative: 0, matches: true),
    Case(a: 1, b: 1 + 1e-9, absolute: 0, relative: 1e-8, matches: true),
    Case(a: 1, b: 1 + 1e-7, absolute: 0, relative: 1e-8, matches: false),
    Case(a: 1e6, b: 1e6 + 1e-3, absolute: 0, relative: 1e-8, matches: true),
    Case(a: 0, b: 1e-12, absolute: 1e-9, relative: 0, matches: true),
    Case(a: 0, b: 1e-12, absolute: 0, relative: 0.5, matches: false),
    Case(a: 0.0, b: -0.0, absolute: 0, relative: 0, matches: true),
    Case(a: .infinity, b: .infinity, absolute: 0, relative: 0, matches: true),
    Case(a: .infinity, b: 1e300, absolute: 0, relative: 1, matches: false),
    Case(a: .infinity, b: -.infinity, absolute: 0, relative: 1, matches: false),
    Case(a: .nan, b: .nan, absolute: 1, relative: 1, matches: false),
    Case(a: .nan, b: 1, absolute: 1, relative: 1, matches: false),
  ]

  @Test(arguments: cases) func followsNumericsSemantics(_ c: Case) {
    #expect(
      c.a.isApproximatelyEqual(
        to: c.b, absoluteTolerance: c.absolute, relativeTolerance: c.relative)
        == c.matches)
    #expect(
      c.b.isApproximatelyEqual(
        to: c.a, absoluteTolerance: c.absolute, relativeTolerance: c.relative)
        == c.matches, "symmetric")
  }

  @Test func needThrowsWhereTheValueWasMissing() {
    let missing: Int? = nil
    #expect(throws: MissingValue(fileID: #fileID, line: #line)) { try need(missing) }
    #expect((try? need(Optional(3))) == 3)
  }
}
