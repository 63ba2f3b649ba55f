import PlaygroundCore

/// The DESIGN.md §7 workloads, and issue 15's: `big4` (the big network with four softmax
/// classes) and `points10k` (the default network on 10,000 points read from CSV).
struct Workload {
  var name: String
  var scenario: Scenario
  /// Epochs per timed round: about the same work in every workload.
  var epochsPerRound = 200

  static let big = Scenario(
    seed: 1, features: Feature.allCases, hiddenLayers: Array(repeating: 8, count: 6),
    regularization: .l2, regularizationRate: 0.001)

  static let all: [Workload] = [
    Workload(name: "default", scenario: Scenario(seed: 1)),
    Workload(name: "big", scenario: big, epochsPerRound: 40),
    Workload(name: "big4", scenario: bigFourClasses, epochsPerRound: 40),
    Workload(name: "points10k", scenario: tenThousandPoints, epochsPerRound: 5),
  ]

  /// The big workload with 4 classes of gauss (500 points, as the 2-class one).
  static var bigFourClasses: Scenario {
    var s = big
    s.classes = 4
    s.dataset = .gauss
    s.loss = .crossEntropy
    return s
  }

  /// 10,000 circle points as CSV text, the way `--data` gets them.
  static let tenThousandPointsCSV: String = {
    var rng = SeededGenerator(seed: 1, stream: .data)
    let points = DatasetKind.circle.generate(count: PointTable.maximumCount, noise: 0, using: &rng)
    var text = "x,y,label\n"
    for p in points { text += "\(p.x),\(p.y),\(Int(p.label))\n" }
    return text
  }()

  /// The default network on the 10,000 points, split by the ratio.
  static var tenThousandPoints: Scenario {
    var s = Scenario(seed: 1)
    s.pointTable = try? PointTable.parseCSV(
      tenThousandPointsCSV, file: "bench.csv", problem: .classification, classes: 2)
    return s
  }
}

/// One workload's medians.
struct BenchResult {
  var name: String
  var epochMicros: Double
  var samplesPerSecond: Double
  var gridMicros: Double
  /// One 160×48 screen of a network that changed since the last frame: the grids sampled
  /// again, every view drawn (what the run loop's main thread does per frame).
  var frameMicros: Double
  /// The inspector's and the activation panel's costs.
  var inspector: InspectorTimes
}
