import Foundation
import PlaygroundCore
import TestSupport

/// What the original page computes for one link (Fixtures/tf-links/README.md).
///
/// Read with the project's JSON reader, whose numbers are exact (Foundation's
/// `JSONSerialization` on Linux can be off in the last bit, and these are compared
/// exactly), without the scenario decoder.
struct TFLinkCase {
  static let names = ["link-circle-tanh-4-2.json", "link-reg-plane-relu-3.json"]

  var url: String
  var epochs: Int
  var data: DataSplit
  var initial: Parameters
  var losses: [(train: Double, test: Double)]

  init(name: String) throws {
    let root = try JSONValue.parse(
      Fixtures.data("tf-links/" + name), maximumBytes: 1 << 22)
    guard case .string(let link) = try need(root["url"]) else { throw Self.malformed() }
    url = link
    epochs = Int(try Self.number(try need(root["epochs"])))
    func points(_ key: String) throws -> [DataPoint] {
      try Self.rows(try need(root[key])).map { DataPoint(x: $0[0], y: $0[1], label: $0[2]) }
    }
    data = DataSplit(train: try points("train"), test: try points("test"))
    initial = Parameters(
      weights: try Self.array(try need(root["initialWeights"])).map { try Self.rows($0) },
      biases: try Self.rows(try need(root["initialBiases"])))
    losses = try Self.array(try need(root["losses"])).map {
      (try Self.number(try need($0["trainLoss"])), try Self.number(try need($0["testLoss"])))
    }
  }

  static func malformed(line: Int = #line) -> MissingValue {
    MissingValue(fileID: #fileID, line: line)
  }

  static func number(_ v: JSONValue) throws -> Double {
    guard case .number(let n) = v else { throw Self.malformed() }
    return n.value
  }

  static func array(_ v: JSONValue) throws -> [JSONValue] {
    guard case .array(let items) = v else { throw Self.malformed() }
    return items
  }

  static func rows(_ v: JSONValue) throws -> [[Double]] {
    try array(v).map { try array($0).map(number) }
  }
}
