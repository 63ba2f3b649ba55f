import Foundation
import PlaygroundCore
import TestSupport

/// One recorded run of the original engine, read without the scenario decoder so that a
/// decoder bug cannot hide an engine bug.
struct ParityCase {
  var sizes: [Int]
  var features: [Feature]
  var activation: Activation
  var config: TrainingConfig
  var data: DataSplit
  var initial: Parameters
  var epochs: [(train: Double, test: Double)]
  var final: Parameters
  var deadLinks: [[Int]]

  init(name: String) throws {
    let root = try need(
      try JSONSerialization.jsonObject(with: Fixtures.data(name)) as? [String: Any])
    let s = try need(root["scenario"] as? [String: Any])
    features = Feature.canonical(
      try need(s["features"] as? [String]).compactMap(Feature.init(rawValue:)))
    let hidden = try need(s["hiddenLayers"] as? [Int])
    sizes = [features.count] + hidden + [1]
    activation = try need(Activation(rawValue: try need(s["activation"] as? String)))
    let problem = try need(Problem(rawValue: try need(s["problem"] as? String)))
    config = TrainingConfig(
      problem: problem, learningRate: try need(s["learningRate"] as? Double),
      regularization: try need(Regularization(rawValue: try need(s["regularization"] as? String))),
      regularizationRate: try need(s["regularizationRate"] as? Double),
      batchSize: .count(try need(s["batchSize"] as? Int)))
    let d = try need(s["data"] as? [String: [[Double]]])
    func points(_ rows: [[Double]]?) -> [DataPoint] {
      (rows ?? []).map { DataPoint(x: $0[0], y: $0[1], label: $0[2]) }
    }
    data = DataSplit(train: points(d["train"]), test: points(d["test"]))
    initial = try ParityCase.parameters(try need(s["parameters"] as? [String: Any]))
    final = try ParityCase.parameters(try need(root["final"] as? [String: Any]))
    epochs = try need(root["epochs"] as? [[String: Any]]).map {
      (($0["trainLoss"] as? Double) ?? .nan, ($0["testLoss"] as? Double) ?? .nan)
    }
    deadLinks = try need(root["deadLinks"] as? [[Int]])
  }

  static func parameters(_ object: [String: Any]) throws -> Parameters {
    Parameters(
      weights: try need(object["weights"] as? [[[Double]]]),
      biases: try need(object["biases"] as? [[Double]]))
  }
}
