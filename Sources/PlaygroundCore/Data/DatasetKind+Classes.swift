extension DatasetKind {
  /// `k` classes (labels 0...k−1) of `count / k` points each, class after class; `noise`
  /// is a fraction 0...0.5.
  ///
  /// - gauss: k round blobs on a circle of radius 3.5 (variance as the original's gauss).
  /// - spiral: k arms of the original's spiral, turned 2π/k apart.
  /// - pinwheel: k arms that curve as they leave the centre: a point u along the arm
  ///   (uniform in 0.6...5.4) and v across it (Gaussian, σ = 0.3 + 2·noise) turned by
  ///   2πc/k + 0.35·u. Between the two: curved borders that one hidden layer can follow,
  ///   where gauss needs none and spiral needs depth.
  static func multiClass(
    _ kind: DatasetKind, _ n: Int, _ noise: Double, _ k: Int, _ rng: inout SeededGenerator
  ) -> [DataPoint] {
    let perClass = n / k
    var points: [DataPoint] = []
    points.reserveCapacity(perClass * k)
    for c in 0..<k {
      let turn = 2 * Double.pi * Double(c) / Double(k)
      let label = Double(c)
      for i in 0..<perClass {
        switch kind {
        case .spiral:
          let r = Double(i) / Double(perClass) * 5
          let t = 1.75 * Double(i) / Double(perClass) * 2 * Double.pi + turn
          let x = r * LibM.sin(t) + rng.uniform(-1, 1) * noise
          let y = r * LibM.cos(t) + rng.uniform(-1, 1) * noise
          points.append(DataPoint(x: clamp(x), y: clamp(y), label: label))
        case .pinwheel:
          let u = rng.uniform(0.6, 5.4)
          let sigma = 0.3 + 2 * noise
          let v = rng.normal(mean: 0, variance: sigma * sigma)
          let angle = turn + 0.35 * u
          let (s, co) = (LibM.sin(angle), LibM.cos(angle))
          points.append(DataPoint(x: clamp(u * co - v * s), y: clamp(u * s + v * co), label: label))
        default:
          let variance = 0.5 + noise * (4 - 0.5) / 0.5
          let cx = 3.5 * LibM.cos(turn + Double.pi / 4)
          let cy = 3.5 * LibM.sin(turn + Double.pi / 4)
          let x = rng.normal(mean: cx, variance: variance)
          let y = rng.normal(mean: cy, variance: variance)
          points.append(DataPoint(x: clamp(x), y: clamp(y), label: label))
        }
      }
    }
    return points
  }

  /// Inside the playground's square, where a CSV file's points must lie (so every
  /// generated set can be exported and read back).
  private static func clamp(_ v: Double) -> Double { Swift.min(6, Swift.max(-6, v)) }
}
