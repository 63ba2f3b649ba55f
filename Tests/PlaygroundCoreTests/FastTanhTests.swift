import Testing

@testable import PlaygroundCore

#if canImport(Glibc)
  import Glibc
#endif

/// The engine's vectorized tanh against glibc's, over the whole range training meets.
@Suite struct FastTanhTests {
  @Test func agreesWithLibmToAFewUlps() {
    var worstAbsolute = 0.0
    var worstRelative = 0.0
    var x = -25.0
    while x <= 25 {
      let fast = FastTanh.scalar(x)
      let exact = tanh(x)
      worstAbsolute = max(worstAbsolute, abs(fast - exact))
      if abs(x) >= 0.5 { worstRelative = max(worstRelative, abs(fast - exact) / abs(exact)) }
      x += 0.000_731
    }
    #expect(worstAbsolute < 1e-14, "worst absolute error \(worstAbsolute)")
    #expect(worstRelative < 1e-14, "worst relative error for |x| ≥ 0.5: \(worstRelative)")
    #expect(FastTanh.scalar(0) == 0)
    #expect(FastTanh.scalar(100) == 1 && FastTanh.scalar(-100) == -1)
    #expect(FastTanh.scalar(.infinity) == 1 && FastTanh.scalar(-.infinity) == -1)
    #expect(FastTanh.scalar(.nan).isNaN)
  }

  @Test func floatTanhIsGoodEnoughToDraw() {
    var worst: Float = 0
    var x: Float = -12
    while x <= 12 {
      worst = max(worst, abs(FloatTanh.scalar(x) - Float(tanh(Double(x)))))
      x += 0.000_37
    }
    #expect(worst < 1e-6, "worst absolute error \(worst); one of 31 shades is 0.065 wide")
    #expect(FloatTanh.scalar(.nan).isNaN)
    #expect(FloatTanh.scalar(50) == 1 && FloatTanh.scalar(-50) == -1)
    #expect(FloatTanh.scalar(.infinity) == 1 && FloatTanh.scalar(-.infinity) == -1)
  }
}
