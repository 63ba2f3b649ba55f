import Testing

@testable import PlaygroundCore

/// `Loss`: its formulas, and the four-lane form the training kernels use against the
/// scalar one.
@Suite struct LossTests {
  /// Outputs and targets training meets, plus the edges: ±0, the clamp's neighbourhood,
  /// infinities and NaN.
  static let samples: [(output: Double, target: Double)] = {
    var rng = SeededGenerator(seed: 2024)
    var pairs: [(Double, Double)] = []
    for _ in 0..<4000 {
      let target = rng.nextUnit() < 0.5 ? (rng.nextUnit() < 0.5 ? -1 : 1) : rng.uniform(-3, 3)
      pairs.append((rng.uniform(-1.5, 1.5), target))
    }
    let edges: [Double] = [
      0, -0.0, 1, -1, 0.5, 1e-16, 1 - 1e-16, 2, -2, .infinity, -.infinity, .nan,
    ]
    for o in edges {
      for t in [-1.0, 1, 0.25] { pairs.append((o, t)) }
    }
    return pairs
  }()

  static let activationsAndLosses: [(Activation, Loss)] = Activation.allCases.flatMap { a in
    Loss.allCases.map { (a, $0) }
  }

  @Test(arguments: activationsAndLosses)
  func fourLaneDerivativeEqualsTheScalarOneBitForBit(_ activation: Activation, _ loss: Loss) {
    var mismatches = 0
    var k = 0
    while k + 4 <= Self.samples.count {
      let o = SIMD4((0..<4).map { Self.samples[k + $0].output })
      let t = SIMD4((0..<4).map { Self.samples[k + $0].target })
      let lanes = loss.derivative(output: o, target: t, activation: activation)
      for i in 0..<4 {
        let scalar = loss.derivative(output: o[i], target: t[i], activation: activation)
        let lane = lanes[i]
        if lane.bitPattern != scalar.bitPattern && !(lane.isNaN && scalar.isNaN) { mismatches += 1 }
      }
      k += 4
    }
    #expect(mismatches == 0)
  }

  @Test func squaredIsHalfTheSquaredError() {
    #expect(Loss.squared.value(output: 0.25, target: 1) == 0.5 * 0.75 * 0.75)
    #expect(Loss.squared.value(output: -1, target: -1) == 0)
    #expect(Loss.squared.derivative(output: 0.5, target: -1, activation: .linear) == 1.5)
    // tanh output: (o − t)·(1 − o²).
    #expect(Loss.squared.derivative(output: 0.5, target: 1, activation: .tanh) == -0.5 * 0.75)
  }

  @Test func crossEntropyReadsTheOutputAsTheProbabilityOfPlusOne() {
    #expect(Loss.crossEntropy.value(output: 0.5, target: 1) == -LibM.log(0.5))
    #expect(Loss.crossEntropy.value(output: 0.8, target: -1) == -LibM.log(1 - 0.8))
    // Clamped, so a saturated wrong answer costs a lot but stays finite.
    #expect(Loss.crossEntropy.value(output: 0, target: 1) == -LibM.log(1e-15))
    #expect(Loss.crossEntropy.derivative(output: 0.8, target: -1, activation: .sigmoid) == 0.8)
    #expect(Loss.crossEntropy.derivative(output: 0.8, target: 1, activation: .sigmoid) == 0.8 - 1)
  }

  /// ∂L/∂z against a central difference of L(f(z)) through the output activation.
  @Test(arguments: activationsAndLosses)
  func derivativeIsTheSlopeOfTheValue(_ activation: Activation, _ loss: Loss) {
    // Cross-entropy's derivative holds for its sigmoid output only.
    guard loss == .squared || activation == .sigmoid else { return }
    var rng = SeededGenerator(seed: 7)
    let h = 1e-6
    var worst = 0.0
    for _ in 0..<500 {
      // Away from the kinks of relu-like activations.
      var z = rng.uniform(-2, 2)
      if abs(z) < 1e-3 { z = 0.5 }
      let t: Double = rng.nextUnit() < 0.5 ? -1 : 1
      let numeric =
        (loss.value(output: activation.value(z + h), target: t)
          - loss.value(output: activation.value(z - h), target: t)) / (2 * h)
      let analytic = loss.derivative(output: activation.value(z), target: t, activation: activation)
      worst = max(worst, abs(numeric - analytic) / max(1, abs(numeric)))
    }
    #expect(worst < 1e-6, "worst relative error \(worst)")
  }
}
