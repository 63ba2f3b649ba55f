import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The inspector and the activation panel on 3 classes: softmax probabilities at the
/// output, −ln p[y] at the loss, δᵢ = pᵢ − yᵢ going back, and the gradient flow of that δ.
@Suite struct InspectorClassScreenTests {
  static let sizes = [(80, 24), (160, 48)]

  static func threeClasses() throws -> AppState {
    let scenario = try InspectorTests.preset("three-classes")
    return AppState(snapshot: Session(scenario: scenario, seed: 1).snapshot, presetName: nil)
  }

  /// The softmax of the point's class scores, from the network alone.
  static func probabilities(_ s: AppState, point: Int) -> [Double] {
    let p = s.snapshot.data.train[point]
    let input = s.snapshot.scenario.features.map { $0.value(x: p.x, y: p.y) }
    return Softmax.probabilities(s.snapshot.network.outputs(for: input))
  }

  @Test(arguments: sizes) func lossStepShowsTheClassProbabilityAndItsLog(width: Int, height: Int)
    throws
  {
    var s = try Self.threeClasses()
    // i opens on point 0; n: layer 1, the output, then the loss.
    InspectorTests.press(.character("i"), .character("n"), .character("n"), into: &s)
    let buffer = Screens.render(s, width, height)
    let label = Int(s.snapshot.data.train[0].label)
    let p = Self.probabilities(s, point: 0)
    let own = Format.inspect(p[label])
    #expect(buffer.text.contains("the loss"))
    #expect(buffer.text.contains("out  L = −ln p[y], y = \(label): −ln \(own) = "))
    #expect(buffer.text.contains(Format.inspect(-log(p[label]))))
    #expect(buffer.text.contains("target \(label)"))
    if width >= 160 {
      let all = p.enumerated().map { "\($0):\(Format.inspect($1))" }.joined(separator: " ")
      #expect(buffer.text.contains("output " + all))
    } else {
      #expect(buffer.text.contains("output p[\(label)] \(own)"))
    }
    Snapshot.check(buffer, named: "inspector-classes3-loss-\(width)x\(height)")
  }

  @Test(arguments: sizes) func backwardOutputDeltaIsPMinusY(width: Int, height: Int) throws {
    var s = try Self.threeClasses()
    InspectorTests.press(.character("i"), into: &s)
    for _ in 0..<3 { InspectorTests.press(.character("n"), into: &s) }
    let buffer = Screens.render(s, width, height)
    let label = Int(s.snapshot.data.train[0].label)
    let p = Self.probabilities(s, point: 0)
    let y = label == 0 ? 1.0 : 0
    #expect(buffer.text.contains("backward: layer 2"))
    #expect(
      buffer.text.contains(
        "out 0  δᵢ = pᵢ − yᵢ = \(Format.inspect(p[0])) − \(Int(y)) = \(Format.inspect(p[0] - y))"))
    Snapshot.check(buffer, named: "inspector-classes3-backward-\(width)x\(height)")
  }

  /// The output bar is the mean |(pᵢ − yᵢ)·aⱼ| over the points and links; the dead count
  /// counts hidden neurons only.
  @Test(arguments: ["three-classes", "spiral-3"]) func activationPanelFlowsTheSoftmaxDelta(
    preset: String
  ) throws {
    let scenario = try InspectorTests.preset(preset)
    var s = AppState(snapshot: Session(scenario: scenario, seed: 1).snapshot, presetName: nil)
    InspectorTests.press(.character("I"), into: &s)
    let buffer = Screens.render(s, 160, 48)
    let network = s.snapshot.network
    let sizes = network.layerSizes
    let points = s.snapshot.data.train
    var sum = 0.0
    for (index, point) in points.enumerated() {
      let trace = try #require(s.snapshot.trace(point: index))
      let hidden = trace.layers[trace.layers.count - 2].a
      let p = Self.probabilities(s, point: index)
      for (i, pi) in p.enumerated() {
        let delta = pi - (Double(i) == point.label ? 1 : 0)
        for a in hidden { sum += abs(delta * a) }
      }
    }
    let expected = sum / Double(points.count * sizes[sizes.count - 2] * sizes[sizes.count - 1])
    let shown = s.snapshot.activity.gradientFlow.last ?? .nan
    #expect(abs(shown - expected) <= 1e-12 * expected)
    #expect(buffer.text.contains(Format.inspect(shown)))
    let hiddenCount = sizes.dropFirst().dropLast().reduce(0, +)
    #expect(buffer.text.contains("dead: \(s.snapshot.activity.deadCount) of \(hiddenCount)"))
    #expect(s.snapshot.activity.dead.map(\.count) == Array(sizes.dropFirst().dropLast()))
  }

  @Test func russianClassLossIsInRussianAroundTheFormula() throws {
    var s = try Self.threeClasses()
    InspectorTests.press(.character("i"), .character("n"), .character("n"), into: &s)
    let buffer = Screens.render(s, 80, 24, RenderOptions(language: .ru))
    #expect(buffer.text.contains("функция потерь"))
    #expect(buffer.text.contains("выход  L = −ln p[y]"))
  }
}
