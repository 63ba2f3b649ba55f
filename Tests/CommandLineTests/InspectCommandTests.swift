import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// `inspect` end to end on the real binary: one training point's backprop, the numbers
/// Core's `PointTrace` computes for the same state.
@Suite struct InspectCommandTests {
  /// Numbers read back exactly: Core's own reader keeps the literal, and Swift parses it
  /// to the nearest double (Foundation's JSON parser may be off by an ulp).
  static func number(_ value: JSONValue?) -> Double? {
    guard case .number(let n) = value else { return nil }
    return Double(n.literal)
  }

  static func numbers(_ value: JSONValue?) -> [Double]? {
    guard case .array(let items) = value else { return nil }
    let values = items.compactMap(number)
    return values.count == items.count ? values : nil
  }

  static func rows(_ value: JSONValue?) -> [[Double]]? {
    guard case .array(let items) = value else { return nil }
    let rows = items.compactMap(numbers)
    return rows.count == items.count ? rows : nil
  }

  static func keys(_ value: JSONValue?) -> [String] {
    guard case .object(let members) = value else { return [] }
    return members.map(\.key)
  }

  @Test func jsonHasOneEntryPerLayerWithTheTracesNumbersInFullPrecision() throws {
    let result = try CLI.run([
      "inspect", "--seed", "3", "--epochs", "7", "--point", "12", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONValue.parse(result.stdout)
    #expect(Self.keys(json) == ["point", "inputs", "output", "loss", "layers"])

    var session = Session(scenario: Scenario(), seed: 3)
    for _ in 0..<7 { session.step() }
    let trace = try need(session.snapshot.trace(point: 12))
    let point = json["point"]
    #expect(Self.keys(point) == ["index", "x", "y", "label"])
    #expect(Self.number(point?["index"]) == 12)
    #expect(Self.number(point?["x"]) == trace.point.x)
    #expect(Self.number(point?["y"]) == trace.point.y)
    #expect(Self.number(point?["label"]) == trace.point.label)
    #expect(Self.numbers(json["inputs"]) == trace.inputs)
    #expect(Self.number(json["output"]) == trace.output)
    #expect(Self.number(json["loss"]) == trace.loss)
    guard case .array(let layers) = json["layers"] else {
      Issue.record("no layers")
      return
    }
    #expect(layers.count == 3)
    for (layer, expected) in zip(layers, trace.layers) {
      #expect(Self.keys(layer) == ["z", "a", "delta", "weightGradients", "biasGradients"])
      #expect(Self.numbers(layer["z"]) == expected.z)
      #expect(Self.numbers(layer["a"]) == expected.a)
      #expect(Self.numbers(layer["delta"]) == expected.delta)
      #expect(Self.rows(layer["weightGradients"]) == expected.weightGradients)
      #expect(Self.numbers(layer["biasGradients"]) == expected.biasGradients)
    }
    // weightGradients[i][j]: 4 neurons × 2 inputs, 2 × 4, then the output's 1 × 2.
    let shapes = layers.map { Self.rows($0["weightGradients"])?.map(\.count) ?? [] }
    #expect(shapes == [[2, 2, 2, 2], [4, 4], [2]])
  }

  @Test func backpropWalkPrintsItsFirstPoint() throws {
    let result = try CLI.run([
      "inspect", "--preset", "backprop-walk", "--point", "0", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONValue.parse(result.stdout)
    guard case .array(let layers) = json["layers"] else {
      Issue.record("no layers")
      return
    }
    #expect(layers.count == 2)
    #expect(Self.number(json["point"]?["index"]) == 0)
    #expect(Self.numbers(json["inputs"]) == [2, 1])
  }

  @Test(arguments: ["250", "-1", "100000"])
  func aPointOutOfRangeNamesTheValidRange(point: String) throws {
    let result = try CLI.run(["inspect", "--seed", "3", "--point=\(point)"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("0...249"), "\(result.stderr)")
    #expect(result.stderr.contains("--point \(point)"), "\(result.stderr)")
  }

  @Test func tableShowsTheLossAndEveryLayer() throws {
    let result = try CLI.run(["inspect", "--seed", "3", "--point", "0"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("point 0 at epoch 0"))
    #expect(result.stdout.contains("loss "))
    #expect(result.stdout.contains("hidden layer 1 (tanh)"))
    #expect(result.stdout.contains("hidden layer 2 (tanh)"))
    #expect(result.stdout.contains("output (tanh)"))
  }

  @Test func thePointIsRequired() throws {
    let result = try CLI.run(["inspect", "--seed", "3"])
    #expect(result.status == 64)
  }
}
