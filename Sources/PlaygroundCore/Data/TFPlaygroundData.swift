/// The data and initial weights the original page makes on load from its seed string,
/// draw for draw (its dataset.ts and playground.ts; see
/// Tests/PlaygroundCoreTests/Fixtures/tf-links/README.md).
///
/// On load the page seeds `Math.random` with the seed, generates the dataset's points
/// (every draw a generator makes, even with noise 0), shuffles them in place
/// (Fisher–Yates from the end, one draw per point), splits them at
/// ⌊n·percTrainData/100⌋, and builds the network, one `Math.random() − 0.5` per weight in
/// the order of `Network.weights` (layer by layer, neuron by neuron, source neuron 0
/// first). Nothing else draws in between.
public enum TFPlaygroundData {
  /// The page's training and test points for `dataset` and the generator right after
  /// drawing them (where the page starts drawing the weights).
  ///
  /// `moons` is not the original's: under a seed string it draws from the same stream,
  /// in the order of its own generator (DESIGN.md §2), with the page's normal draws.
  public static func split(
    _ dataset: DatasetKind, noise: Double, trainRatio: Double, seed: String
  ) -> (data: DataSplit, after: SeedRandom) {
    var rng = SeedRandom(seed: seed)
    var points = generate(dataset, noise: noise / 100, using: &rng)
    var counter = points.count
    while counter > 0 {
      let index = Int((rng.next() * Double(counter)).rounded(.down))
      counter -= 1
      points.swapAt(counter, index)
    }
    let cut = Int((Double(points.count) * trainRatio / 100).rounded(.down))
    return (DataSplit(train: Array(points[..<cut]), test: Array(points[cut...])), rng)
  }

  /// `count` initial weights, one draw − 0.5 each.
  public static func weights(count: Int, using rng: inout SeedRandom) -> [Double] {
    (0..<count).map { _ in rng.next() - 0.5 }
  }

  /// The original's point counts: 500 for classification, 1200 for regression.
  static func generate(_ kind: DatasetKind, noise: Double, using rng: inout SeedRandom)
    -> [DataPoint]
  {
    let n = kind.pointCount
    switch kind {
    case .circle: return circle(n, noise, &rng)
    case .xor: return xor(n, noise, &rng)
    case .gauss: return gauss(n, noise, &rng)
    case .spiral: return spiral(n, noise, &rng)
    case .moons: return moons(n, noise, &rng)
    // The page has no k-class data; a session with 3-6 classes draws its points with
    // playground-tui's own generator (`Session.makeData`), so this is never reached.
    case .pinwheel: return []
    case .plane: return plane(n, noise, &rng)
    case .multiGauss: return multiGauss(n, noise, &rng)
    }
  }

  /// d3 3.5's linear scale: t = (x − d0)/(d1 − d0), then r0·(1 − t) + r1·t.
  static func linearScale(
    _ x: Double, domain: (Double, Double), range: (Double, Double), clamp: Bool = false
  ) -> Double {
    var t = (x - domain.0) / (domain.1 - domain.0)
    if clamp { t = Swift.max(0, Swift.min(1, t)) }
    return range.0 * (1 - t) + range.1 * t
  }

  private static func circle(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let radius = 5.0
    var points: [DataPoint] = []
    for positive in [true, false] {
      for _ in 0..<(n + 1) / 2 {
        let r = positive ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius)
        let angle = rng.uniform(0, 2 * Double.pi)
        let x = r * FdlibmTrig.sin(angle)
        let y = r * FdlibmTrig.cos(angle)
        let nx = x + rng.uniform(-radius, radius) * noise
        let ny = y + rng.uniform(-radius, radius) * noise
        let inside = LibM.sqrt(nx * nx + ny * ny) < radius * 0.5
        points.append(DataPoint(x: x, y: y, label: inside ? 1 : -1))
      }
    }
    return points
  }

  private static func xor(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let padding = 0.3
    return (0..<n).map { _ in
      var x = rng.uniform(-5, 5)
      x += x > 0 ? padding : -padding
      var y = rng.uniform(-5, 5)
      y += y > 0 ? padding : -padding
      let nx = x + rng.uniform(-5, 5) * noise
      let ny = y + rng.uniform(-5, 5) * noise
      return DataPoint(x: x, y: y, label: nx * ny >= 0 ? 1 : -1)
    }
  }

  private static func gauss(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let variance = linearScale(noise, domain: (0, 0.5), range: (0.5, 4))
    var points: [DataPoint] = []
    for (c, label) in [(2.0, 1.0), (-2.0, -1.0)] {
      for _ in 0..<(n + 1) / 2 {
        let x = rng.normal(mean: c, variance: variance)
        let y = rng.normal(mean: c, variance: variance)
        points.append(DataPoint(x: x, y: y, label: label))
      }
    }
    return points
  }

  private static func spiral(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let half = Double(n) / 2
    var points: [DataPoint] = []
    for (delta, label) in [(0.0, 1.0), (Double.pi, -1.0)] {
      var i = 0.0
      while i < half {
        let r = i / half * 5
        let t = 1.75 * i / half * 2 * Double.pi + delta
        let x = r * FdlibmTrig.sin(t) + rng.uniform(-1, 1) * noise
        let y = r * FdlibmTrig.cos(t) + rng.uniform(-1, 1) * noise
        points.append(DataPoint(x: x, y: y, label: label))
        i += 1
      }
    }
    return points
  }

  /// Ours (DESIGN.md §2), drawn from the page's stream.
  ///
  /// Per point: t, then (with noise) two normal variates of σ = noise/50, that is
  /// 2·noise here, where noise is a fraction.
  private static func moons(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let sigma = noise * 2
    return (0..<n).map { i in
      let positive = i < n / 2
      let t = rng.uniform(0, Double.pi)
      var x = positive ? FdlibmTrig.cos(t) : 1 - FdlibmTrig.cos(t)
      var y = positive ? FdlibmTrig.sin(t) : 0.5 - FdlibmTrig.sin(t)
      x = 4 * (x - 0.5)
      y = 4 * (y - 0.25)
      if sigma > 0 {
        x += rng.normal(mean: 0, variance: sigma * sigma)
        y += rng.normal(mean: 0, variance: sigma * sigma)
      }
      return DataPoint(x: x, y: y, label: positive ? 1 : -1)
    }
  }

  private static func plane(_ n: Int, _ noise: Double, _ rng: inout SeedRandom) -> [DataPoint] {
    let radius = 6.0
    return (0..<n).map { _ in
      let x = rng.uniform(-radius, radius)
      let y = rng.uniform(-radius, radius)
      let nx = rng.uniform(-radius, radius) * noise
      let ny = rng.uniform(-radius, radius) * noise
      let label = linearScale((x + nx) + (y + ny), domain: (-10, 10), range: (-1, 1))
      return DataPoint(x: x, y: y, label: label)
    }
  }

  private static let gaussians: [(Double, Double, Double)] = [
    (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
  ]

  private static func multiGauss(_ n: Int, _ noise: Double, _ rng: inout SeedRandom)
    -> [DataPoint]
  {
    let radius = 6.0
    return (0..<n).map { _ in
      let x = rng.uniform(-radius, radius)
      let y = rng.uniform(-radius, radius)
      let px = x + rng.uniform(-radius, radius) * noise
      let py = y + rng.uniform(-radius, radius) * noise
      var label = 0.0
      for (cx, cy, sign) in gaussians {
        let dx = px - cx
        let dy = py - cy
        let scaled = linearScale(
          LibM.sqrt(dx * dx + dy * dy), domain: (0, 2), range: (1, 0), clamp: true)
        let candidate = sign * scaled
        if abs(candidate) > abs(label) { label = candidate }
      }
      return DataPoint(x: x, y: y, label: label)
    }
  }
}
