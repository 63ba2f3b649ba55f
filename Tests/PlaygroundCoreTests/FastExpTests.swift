import Foundation
import Testing

@testable import PlaygroundCore

/// `FastExp` against glibc's exp where a softmax uses it (x ≤ 0), and its edges.
@Suite struct FastExpTests {
  @Test func agreesWithTheSystemExp() {
    var worst = 0.0
    var worstX = 0.0
    var x = -700.0
    while x <= 5 {
      let fast = FastExp.scalar(x)
      let exact = Foundation.exp(x)
      // The rounding of x/ln 2 costs about |x|·2e-16 relative.
      let error = abs(fast - exact) / exact / max(1, abs(x) / 40)
      if error > worst { (worst, worstX) = (error, x) }
      x += 0.0137
    }
    #expect(worst < 1e-14, "worst relative error \(worst) at \(worstX): \(FastExp.scalar(worstX))")
  }

  @Test func edges() {
    #expect(FastExp.scalar(0) == 1)
    #expect(FastExp.scalar(-.infinity) < 1e-300)
    #expect(FastExp.scalar(.nan).isNaN)
  }
}
