import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The inspector, the chain-rule card and the activation panel as whole screens.
@Suite struct InspectorScreenTests {
  static let sizes = [(80, 24), (160, 48)]

  static func trained(_ name: String, epochs: Int, seed: UInt64 = 1) throws -> AppState {
    var session = Session(scenario: try InspectorTests.preset(name), seed: seed)
    for _ in 0..<epochs { session.step() }
    return AppState(snapshot: session.snapshot, presetName: nil)
  }

  @Test(arguments: sizes) func inspectorForward(width: Int, height: Int) throws {
    var s = try InspectorTests.walk()
    InspectorTests.press(.character("i"), .pageDown, into: &s)
    let buffer = Screens.render(s, width, height)
    #expect(buffer.text.contains("forward: layer 1"))
    Snapshot.check(buffer, named: "inspector-forward-\(width)x\(height)")
  }

  @Test(arguments: sizes) func inspectorBackward(width: Int, height: Int) throws {
    var s = try InspectorTests.walk()
    InspectorTests.press(.character("i"), .character("g"), into: &s)
    for _ in 0..<3 { InspectorTests.press(.character("n"), into: &s) }
    let buffer = Screens.render(s, width, height)
    #expect(buffer.text.contains("backward: layer 2"))
    #expect(buffer.text.contains("links: ∂L/∂w"))
    Snapshot.check(buffer, named: "inspector-backward-\(width)x\(height)")
  }

  @Test func chainRuleCard() throws {
    var s = try InspectorTests.walk()
    InspectorTests.press(.character("k"), into: &s)
    let buffer = Screens.render(s, 80, 24)
    #expect(buffer.text.contains("∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4"))
    Snapshot.check(buffer, named: "chain-rule-80x24")
  }

  @Test(arguments: sizes) func activationPanelOnSigmoidVanishing(width: Int, height: Int) throws {
    var s = try Self.trained("sigmoid-vanishing", epochs: 0)
    InspectorTests.press(.character("I"), into: &s)
    let buffer = Screens.render(s, width, height)
    let flow = s.snapshot.activity.gradientFlow
    #expect(buffer.text.contains(Format.inspect(flow[0])))
    Snapshot.check(buffer, named: "activation-sigmoid-vanishing-\(width)x\(height)")
  }

  /// The panel's count and the diagram's marks are the activity's dead neurons.
  @Test(arguments: sizes) func activationPanelCountsDeadReLUs(width: Int, height: Int) throws {
    var s = try Self.trained("dead-relu", epochs: 100)
    InspectorTests.press(.character("I"), into: &s)
    let dead = s.snapshot.activity.deadCount
    #expect(dead >= 4)
    let buffer = Screens.render(s, width, height)
    #expect(buffer.text.contains("dead: \(dead) of 16"))
    let layout = ScreenLayout(size: Size(width: width, height: height), presentation: false)
    let marks = (layout.network.y..<(layout.network.y + layout.network.height)).flatMap { y in
      (layout.network.x..<(layout.network.x + layout.network.width)).filter { x in
        buffer[x, y]?.character == "✕"
      }
    }
    #expect(marks.count == dead)
    Snapshot.check(buffer, named: "activation-dead-relu-\(width)x\(height)")
  }

  @Test func russianInspectorSaysItsWordsInRussian() throws {
    var s = try InspectorTests.walk()
    InspectorTests.press(.character("i"), into: &s)
    let buffer = Screens.render(s, 80, 24, RenderOptions(language: .ru))
    #expect(buffer.text.contains("вперёд, слой 1"))
    #expect(buffer.text.contains("Точка 0 из 0…5"))
  }

  @Test func asciiInspectorUsesOnlyASCII() throws {
    var s = try InspectorTests.walk()
    InspectorTests.press(
      .character("i"), .character("n"), .character("n"), .character("I"), into: &s)
    let buffer = Screens.render(s, 160, 48, RenderOptions(tier: .mono, unicode: false))
    #expect(buffer.cells.allSatisfy { $0.character.isASCII })
  }
}

extension InspectorScreenTests {
  /// While training runs the panel's numbers lag by a few frames at most; paused, they
  /// are the network's on screen.
  @Test func panelFollowsTrainingEveryFewFramesAndAtOnceWhenPaused() throws {
    var session = Session(scenario: try InspectorTests.preset("dead-relu"), seed: 1)
    var state = AppState(snapshot: session.snapshot, presetName: nil)
    InspectorTests.press(.character("I"), into: &state)
    var renderer = FrameRenderer()
    let size = Size(width: 160, height: 48)
    func show(_ running: Bool) -> String {
      _ = state.apply(
        .sessionUpdated(
          LiveSnapshot(session: session.snapshot, isRunning: running, appliedCommand: 0)))
      return renderer.render(state, size: size, options: RenderOptions()).buffer.text
    }
    func flow(_ s: Session) -> String { Format.inspect(s.snapshot.activity.gradientFlow[0]) }
    let first = flow(session)
    #expect(show(true).contains(first))
    session.step()
    #expect(flow(session) != first)
    #expect(show(true).contains(first), "the next frame while running keeps the numbers")
    for _ in 1..<FrameRenderer.activityFrames { _ = show(true) }
    #expect(show(true).contains(flow(session)), "a few frames later they follow")
    session.step()
    #expect(show(false).contains(flow(session)), "paused, at once")
  }
}
