import PlaygroundCore
import Testing

@Suite struct DatasetTests {
  @Test(arguments: DatasetKind.allCases)
  func countsDomainAndDeterminism(kind: DatasetKind) {
    var a = SeededGenerator(seed: 7, stream: .data)
    var b = SeededGenerator(seed: 7, stream: .data)
    var c = SeededGenerator(seed: 8, stream: .data)
    let first = kind.generate(noise: 0, using: &a)
    #expect(first.count == (kind.problem == .classification ? 500 : 1200))
    let same = first == kind.generate(noise: 0, using: &b)
    #expect(same, "same seed, different points")
    // A noiseless spiral draws nothing at random, so compare with noise on.
    let noise = kind == .spiral ? 10.0 : 0
    var d = SeededGenerator(seed: 7, stream: .data)
    let differs = kind.generate(noise: noise, using: &d) != kind.generate(noise: noise, using: &c)
    #expect(differs, "another seed gave the same points")
    for p in first {
      #expect(p.x.isFinite && p.y.isFinite && p.label.isFinite)
      #expect(abs(p.x) <= 6 && abs(p.y) <= 6, "\(kind) point \(p) outside [-6, 6]²")
      if kind.problem == .classification { #expect(p.label == 1 || p.label == -1) }
    }
  }

  @Test(arguments: [DatasetKind.circle, .xor, .gauss, .spiral, .moons])
  func classificationLabelsAreBalanced(kind: DatasetKind) {
    var rng = SeededGenerator(seed: 3)
    let points = kind.generate(noise: 0, using: &rng)
    let positive = points.filter { $0.label > 0 }.count
    #expect(abs(positive - points.count / 2) <= points.count / 10, "\(positive) of \(points.count)")
  }

  @Test func circleLabelsFollowTheRadiusWithoutNoise() {
    var rng = SeededGenerator(seed: 1)
    for p in DatasetKind.circle.generate(noise: 0, using: &rng) {
      let r = (p.x * p.x + p.y * p.y).squareRoot()
      #expect(p.label == (r < 2.5 ? 1 : -1))
    }
  }

  @Test func xorLabelsAreTheSignOfTheProductWithoutNoise() {
    var rng = SeededGenerator(seed: 1)
    for p in DatasetKind.xor.generate(noise: 0, using: &rng) {
      #expect(p.label == (p.x * p.y >= 0 ? 1 : -1))
      #expect(abs(p.x) >= 0.3 && abs(p.y) >= 0.3)
    }
  }

  @Test func noiseFlipsCircleLabelsButDoesNotMovePoints() {
    var a = SeededGenerator(seed: 5)
    var b = SeededGenerator(seed: 5)
    let clean = DatasetKind.circle.generate(noise: 0, using: &a)
    let noisy = DatasetKind.circle.generate(noise: 50, using: &b)
    #expect(clean.map(\.x) == noisy.map(\.x))
    let flips = zip(clean, noisy).filter { $0.label != $1.label }.count
    #expect(flips > 10)
  }

  @Test func noiseSpreadsTheGaussianClusters() {
    func spread(_ noise: Double) -> Double {
      var rng = SeededGenerator(seed: 9)
      let points = DatasetKind.gauss.generate(noise: noise, using: &rng).filter { $0.label > 0 }
      let mean = points.reduce(0) { $0 + $1.x } / Double(points.count)
      return points.reduce(0) { $0 + ($1.x - mean) * ($1.x - mean) } / Double(points.count)
    }
    let quiet = spread(0)
    let loud = spread(50)
    #expect(abs(quiet - 0.5) < 0.15, "variance \(quiet) at noise 0, expected about 0.5")
    #expect(loud > 2.5, "variance \(loud) at noise 50, expected about 4")
  }

  @Test func moonsFollowTheirFormula() {
    var rng = SeededGenerator(seed: 2)
    for p in DatasetKind.moons.generate(noise: 0, using: &rng) {
      // Undo the scaling and check the point lies on its half circle.
      let x = p.x / 4 + 0.5
      let y = p.y / 4 + 0.25
      let r =
        p.label > 0
        ? (x * x + y * y).squareRoot() : ((1 - x) * (1 - x) + (0.5 - y) * (0.5 - y)).squareRoot()
      #expect(abs(r - 1) < 1e-9)
    }
  }

  @Test func splitFollowsTheTrainRatio() {
    var rng = SeededGenerator(seed: 4)
    let split = DatasetKind.spiral.split(noise: 10, trainRatio: 30, using: &rng)
    #expect(split.train.count == 150)
    #expect(split.test.count == 350)
    var regression = SeededGenerator(seed: 4)
    let plane = DatasetKind.plane.split(noise: 0, trainRatio: 50, using: &regression)
    #expect(plane.train.count == 600 && plane.test.count == 600)
  }
}

/// The k-class generators (issue 15).
@Suite struct MultiClassDatasetTests {
  @Test(arguments: DatasetKind.multiClass, [3, 4, 6])
  func makesEveryClassEquallyInsideTheSquare(kind: DatasetKind, classes: Int) {
    var rng = SeededGenerator(seed: 3, stream: .data)
    let points = kind.generate(noise: 50, classes: classes, using: &rng)
    #expect(points.count == 500 / classes * classes)
    for c in 0..<classes {
      #expect(points.filter { $0.label == Double(c) }.count == 500 / classes)
    }
    #expect(points.allSatisfy { abs($0.x) <= 6 && abs($0.y) <= 6 })
  }

  @Test func twoClassesStayTheOriginalsGenerators() {
    var a = SeededGenerator(seed: 3, stream: .data)
    var b = SeededGenerator(seed: 3, stream: .data)
    #expect(
      DatasetKind.gauss.generate(noise: 10, classes: 2, using: &a)
        == DatasetKind.gauss.generate(noise: 10, using: &b))
  }

  @Test func onlyGaussSpiralAndPinwheelMakeMoreThanTwoClasses() {
    #expect(DatasetKind.kinds(for: .classification, classes: 4) == [.gauss, .spiral, .pinwheel])
    #expect(!DatasetKind.kinds(for: .classification).contains(.pinwheel))
    #expect(!DatasetKind.circle.supports(classes: 3) && !DatasetKind.pinwheel.supports(classes: 2))
  }
}
