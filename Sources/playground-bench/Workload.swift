import PlaygroundCore

/// The DESIGN.md §7 workloads.
struct Workload {
  var name: String
  var scenario: Scenario

  static let all: [Workload] = [
    Workload(name: "default", scenario: Scenario(seed: 1)),
    Workload(
      name: "big",
      scenario: Scenario(
        seed: 1, features: Feature.allCases, hiddenLayers: Array(repeating: 8, count: 6),
        regularization: .l2, regularizationRate: 0.001)),
  ]
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
