extension DatasetKind {
  /// Generates `count` points (the original's count by default) with `noise` in percent
  /// (0...50), following the original's formulas (reference/tfplayground.md §2.3).
  ///
  /// With `classes` 3...6 (gauss, spiral, pinwheel), ⌊n/k⌋ points of each class 0...k−1.
  public func generate(
    count: Int? = nil, noise: Double, classes: Int = 2, using rng: inout SeededGenerator
  ) -> [DataPoint] {
    let n = count ?? pointCount
    let noise = noise / 100
    if classes > 2 || self == .pinwheel {
      let points = Self.multiClass(self, n, noise, Swift.max(2, classes), &rng)
      // Two arms of a pinwheel (never in a file, but a session may switch classes) keep
      // the ±1 labels of two classes.
      return classes > 2
        ? points : points.map { DataPoint(x: $0.x, y: $0.y, label: $0.label == 0 ? 1 : -1) }
    }
    switch self {
    case .circle: return Self.circle(n, noise, &rng)
    case .xor: return Self.xor(n, noise, &rng)
    case .gauss: return Self.gauss(n, noise, &rng)
    case .spiral: return Self.spiral(n, noise, &rng)
    case .moons: return Self.moons(n, noise, &rng)
    case .plane: return Self.plane(n, noise, &rng)
    case .multiGauss: return Self.multiGauss(n, noise, &rng)
    case .pinwheel: return []
    }
  }

  /// Generates, shuffles once and splits, as the original does on every regeneration.
  public func split(
    noise: Double, trainRatio: Double, classes: Int = 2, using rng: inout SeededGenerator
  ) -> DataSplit {
    let points = generate(noise: noise, classes: classes, using: &rng)
    return DataSplit.shuffledSplit(points, trainRatio: trainRatio, using: &rng)
  }

  private static func circle(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    let radius = 5.0
    func label(_ x: Double, _ y: Double) -> Double {
      (x * x + y * y).squareRoot() < radius * 0.5 ? 1 : -1
    }
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for i in 0..<n {
      let positive = i < n / 2
      let r = positive ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius)
      let angle = rng.uniform(0, 2 * Double.pi)
      let x = r * LibM.sin(angle)
      let y = r * LibM.cos(angle)
      let nx = rng.uniform(-radius, radius) * noise
      let ny = rng.uniform(-radius, radius) * noise
      points.append(DataPoint(x: x, y: y, label: label(x + nx, y + ny)))
    }
    return points
  }

  private static func xor(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    let padding = 0.3
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for _ in 0..<n {
      var x = rng.uniform(-5, 5)
      x += x > 0 ? padding : -padding
      var y = rng.uniform(-5, 5)
      y += y > 0 ? padding : -padding
      let nx = rng.uniform(-5, 5) * noise
      let ny = rng.uniform(-5, 5) * noise
      points.append(DataPoint(x: x, y: y, label: (x + nx) * (y + ny) >= 0 ? 1 : -1))
    }
    return points
  }

  private static func gauss(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    let variance = 0.5 + noise * (4 - 0.5) / 0.5
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for (cx, cy, label, count) in [(2.0, 2.0, 1.0, n / 2), (-2.0, -2.0, -1.0, n - n / 2)] {
      for _ in 0..<count {
        let x = rng.normal(mean: cx, variance: variance)
        let y = rng.normal(mean: cy, variance: variance)
        points.append(DataPoint(x: x, y: y, label: label))
      }
    }
    return points
  }

  private static func spiral(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    let half = n / 2
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for (delta, label, count) in [(0.0, 1.0, half), (Double.pi, -1.0, n - half)] {
      for i in 0..<count {
        let r = Double(i) / Double(count) * 5
        let t = 1.75 * Double(i) / Double(count) * 2 * Double.pi + delta
        let x = r * LibM.sin(t) + rng.uniform(-1, 1) * noise
        let y = r * LibM.cos(t) + rng.uniform(-1, 1) * noise
        points.append(DataPoint(x: x, y: y, label: label))
      }
    }
    return points
  }

  /// Ours: two interleaving half circles (DESIGN.md §2), Gaussian jitter σ = noise/50
  /// (here noise is already a fraction, so σ = 2·noise).
  private static func moons(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    let sigma = noise * 2
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for i in 0..<n {
      let positive = i < n / 2
      let t = rng.uniform(0, Double.pi)
      var x = positive ? LibM.cos(t) : 1 - LibM.cos(t)
      var y = positive ? LibM.sin(t) : 0.5 - LibM.sin(t)
      x = 4 * (x - 0.5)
      y = 4 * (y - 0.25)
      if sigma > 0 {
        x += rng.normal(mean: 0, variance: sigma * sigma)
        y += rng.normal(mean: 0, variance: sigma * sigma)
      }
      points.append(DataPoint(x: x, y: y, label: positive ? 1 : -1))
    }
    return points
  }

  private static func plane(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for _ in 0..<n {
      let x = rng.uniform(-6, 6)
      let y = rng.uniform(-6, 6)
      let nx = rng.uniform(-6, 6) * noise
      let ny = rng.uniform(-6, 6) * noise
      points.append(DataPoint(x: x, y: y, label: (x + nx + y + ny) / 10))
    }
    return points
  }

  private static let cones: [(Double, Double, Double)] = [
    (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
  ]

  private static func multiGauss(_ n: Int, _ noise: Double, _ rng: inout SeededGenerator)
    -> [DataPoint]
  {
    var points: [DataPoint] = []
    points.reserveCapacity(n)
    for _ in 0..<n {
      let x = rng.uniform(-6, 6)
      let y = rng.uniform(-6, 6)
      let px = x + rng.uniform(-6, 6) * noise
      let py = y + rng.uniform(-6, 6) * noise
      var label = 0.0
      for (cx, cy, sign) in cones {
        let d = ((px - cx) * (px - cx) + (py - cy) * (py - cy)).squareRoot()
        let v = sign * Swift.max(0, 1 - d / 2)
        if abs(v) > abs(label) { label = v }
      }
      points.append(DataPoint(x: x, y: y, label: label))
    }
    return points
  }
}
