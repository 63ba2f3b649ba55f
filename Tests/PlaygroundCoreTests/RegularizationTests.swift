import PlaygroundCore
import Testing

/// `Regularization`: the derivative is the slope of the penalty.
@Suite struct RegularizationTests {
  @Test(arguments: Regularization.allCases)
  func derivativeIsTheSlopeOfThePenalty(_ regularization: Regularization) {
    var rng = SeededGenerator(seed: 11)
    let h = 1e-6
    for _ in 0..<500 {
      var w = rng.uniform(-3, 3)
      if abs(w) < 1e-3 { w = 0.25 }
      let numeric = (regularization.penalty(w + h) - regularization.penalty(w - h)) / (2 * h)
      #expect(abs(numeric - regularization.derivative(w)) < 1e-6, "w = \(w)")
    }
  }

  @Test func penaltiesAreTheOriginals() {
    #expect(Regularization.none.penalty(-3) == 0)
    #expect(Regularization.l1.penalty(-3) == 3)
    #expect(Regularization.l2.penalty(-3) == 4.5)
    #expect(Regularization.l1.derivative(0) == 0)
    #expect(Regularization.l1.derivative(-0.5) == -1)
    #expect(Regularization.l2.derivative(-0.5) == -0.5)
  }
}
