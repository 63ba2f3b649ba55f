import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// `inspect` on 3–6 classes: `output` is the array of class probabilities, `label` the
/// class index, `loss` −log p[label], the numbers of Core's trace for the same state.
@Suite struct InspectClassCommandTests {
  typealias JSON = InspectCommandTests

  static func scenario(_ name: String) throws -> Scenario {
    let url = RepositoryFiles.presets.appendingPathComponent("\(name).json")
    return try Scenario.decode(from: Data(contentsOf: url), file: "\(name).json")
  }

  @Test func jsonOutputIsTheClassProbabilitiesAndLossTheirCrossEntropy() throws {
    let result = try CLI.run([
      "inspect", "--preset", "three-classes", "--seed", "4", "--epochs", "5", "--point", "3",
      "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONValue.parse(result.stdout)
    #expect(JSON.keys(json) == ["point", "inputs", "output", "loss", "layers"])

    var session = Session(scenario: try Self.scenario("three-classes"), seed: 4)
    for _ in 0..<5 { session.step() }
    let trace = try need(session.snapshot.trace(point: 3))
    let label = try need(trace.classIndex)
    #expect(result.stdout.contains("\"label\":\(label)}"))
    #expect(JSON.number(json["point"]?["label"]) == Double(label))
    let p = try need(JSON.numbers(json["output"]))
    #expect(p == trace.outputs)
    #expect(p.count == 3)
    #expect(abs(p.reduce(0, +) - 1) < 1e-12)
    let loss = try need(JSON.number(json["loss"]))
    #expect(loss == trace.loss)
    #expect(abs(loss + log(p[label])) < 1e-12)
    guard case .array(let layers) = json["layers"] else {
      Issue.record("no layers")
      return
    }
    // The output layer: z the class scores, a = p, δ = p − onehot(label).
    let output = try need(layers.last)
    #expect(JSON.numbers(output["a"]) == p)
    let delta = try need(JSON.numbers(output["delta"]))
    for c in 0..<3 { #expect(delta[c] == p[c] - (c == label ? 1 : 0)) }
    #expect(JSON.rows(output["weightGradients"])?.map(\.count) == [4, 4, 4])
  }

  @Test func tableNamesTheClassAndItsProbability() throws {
    let result = try CLI.run(["inspect", "--preset", "three-classes", "--point", "0"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("output (softmax)"), "\(result.stdout)")
    #expect(result.stdout.contains("output p ["))
    #expect(result.stdout.contains("= -log p[class]"))
  }
}
