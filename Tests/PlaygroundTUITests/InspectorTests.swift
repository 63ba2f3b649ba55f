import Foundation
import PlaygroundCore
import TestSupport
import Testing

@testable import PlaygroundTUI

/// The backprop inspector (`i`): keys, clicks, and that the numbers on screen are the
/// ones `playground-tui inspect` prints for the same state.
@Suite struct InspectorTests {
  static func preset(_ name: String) throws -> Scenario {
    let url = RepositoryFiles.presets.appendingPathComponent("\(name).json")
    return try Scenario.decode(from: Data(contentsOf: url), file: "\(name).json")
  }

  /// `backprop-walk` (points (2,1), (1,3), (3,2), (−2,−1), (−1,−3), (−3,−2)), paused.
  static func walk() throws -> AppState {
    let scenario = try preset("backprop-walk")
    return AppState(snapshot: Session(scenario: scenario, seed: 1).snapshot, presetName: nil)
  }

  @discardableResult
  static func press(_ keys: Key..., into state: inout AppState) -> [Effect] {
    keys.flatMap { state.apply(.input(.key($0))).map(\.unnumbered) }
  }

  @Test func iOpensTheInspectorPausedAndClosesIt() throws {
    var s = try Self.walk()
    Self.press(.character(" "), into: &s)
    #expect(s.isRunning)
    #expect(Self.press(.character("i"), into: &s) == [.setRunning(false)])
    #expect(s.inspector == Inspector() && !s.isRunning)
    #expect(s.selection.focus == .neuron(layer: 1, index: 0))
    Self.press(.character("i"), into: &s)
    #expect(s.inspector == nil)
    Self.press(.character("i"), .escape, into: &s)
    #expect(s.inspector == nil)
  }

  @Test func nWalksForwardThenTheLossThenBackward() throws {
    var s = try Self.walk()
    Self.press(.character("i"), into: &s)
    var phases = [s.inspector?.phase]
    var focus = [s.selection.focus]
    for _ in 0..<5 {
      Self.press(.character("n"), into: &s)
      phases.append(s.inspector?.phase)
      focus.append(s.selection.focus)
    }
    #expect(
      phases == [
        .forward(layer: 1), .forward(layer: 2), .loss, .backward(layer: 2), .backward(layer: 1),
        .forward(layer: 1),
      ])
    #expect(focus.map { $0 } == [1, 2, 2, 2, 1, 1].map { .neuron(layer: $0, index: 0) })
    Self.press(.character("N"), into: &s)
    #expect(s.inspector?.phase == .backward(layer: 1))
    #expect(s.snapshot.epoch == 0, "n walks, it does not train")
  }

  @Test func arrowsMoveTheCursorToTheNearestPointThatWayAndEnterPicksIt() throws {
    var s = try Self.walk()
    Self.press(.character("i"), .right, into: &s)
    #expect(s.inspector?.cursor == 2 && s.inspector?.point == 0)
    Self.press(.enter, into: &s)
    #expect(s.inspector?.point == 2)
    Self.press(.left, .left, into: &s)
    #expect(s.inspector?.cursor == 3)
    // (−2,−1) up: (1,3) is within 45°, (2,1) is not; (1,3) down: (2,1).
    Self.press(.up, into: &s)
    #expect(s.inspector?.cursor == 1)
    Self.press(.down, into: &s)
    #expect(s.inspector?.cursor == 0)
    #expect(s.inspector?.point == 2)
  }

  @Test func pageKeysStepThroughThePointsInOrder() throws {
    var s = try Self.walk()
    Self.press(.character("i"), .pageDown, into: &s)
    #expect(s.inspector?.point == 1 && s.inspector?.cursor == 1)
    Self.press(.pageUp, .pageUp, into: &s)
    #expect(s.inspector?.point == 5)
    Self.press(.character("g"), into: &s)
    #expect(s.inspector?.gradientLinks == true)
  }

  @Test func otherKeysKeepTheirMeaning() throws {
    var s = try Self.walk()
    Self.press(.character("i"), into: &s)
    #expect(Self.press(.character(" "), into: &s) == [.setRunning(true)])
    #expect(Self.press(.character("q"), into: &s) == [.quit])
  }

  @Test func aClickOnTheHeatmapPicksTheNearestPoint() throws {
    var s = try Self.walk()
    Self.press(.character("i"), into: &s)
    var renderer = FrameRenderer()
    let size = Size(width: 160, height: 48)
    let frame = renderer.render(s, size: size, options: RenderOptions())
    let layout = ScreenLayout(size: size, presentation: false)
    let area = layout.heatmap
    let point = s.snapshot.data.train[5]
    let (px, py) = try #require(
      PixelMap.pixel(of: point, width: area.width, height: area.height * 2))
    let click = try #require(
      frame.click(for: MouseEvent(kind: .press, x: area.x + px, y: area.y + py / 2)))
    _ = s.apply(.clicked(click))
    #expect(s.inspector?.point == 5)
  }

  /// The formula line and the neurons show the numbers `inspect` prints for the same
  /// preset, point and epoch.
  @Test func screenShowsTheNumbersInspectPrints() throws {
    let binary = try BuiltProducts.executable("playground-tui")
    let process = Process()
    process.executableURL = binary
    process.arguments = [
      "inspect", "--preset", "backprop-walk", "--point", "2", "--format", "json",
    ]
    process.currentDirectoryURL = RepositoryFiles.root
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let json = try JSONValue.parse(output)
    func number(_ value: JSONValue?) throws -> Double {
      guard case .number(let n) = value else { throw MissingNumber() }
      return try #require(Double(n.literal))
    }
    func item(_ value: JSONValue?, _ index: Int) -> JSONValue? {
      guard case .array(let items) = value else { return nil }
      return items[safe: index]
    }
    let first = item(json["layers"], 0)
    let gradient = try number(item(item(first?["weightGradients"], 1), 0))
    let delta = try number(item(first?["delta"], 1))
    let input = try number(item(json["inputs"], 0))

    var s = try Self.walk()
    Self.press(.character("i"), .pageDown, .pageDown, into: &s)
    for _ in 0..<4 { Self.press(.character("n"), into: &s) }
    #expect(s.inspector?.phase == .backward(layer: 1))
    s.selection.focus = .link(layer: 0, to: 1, from: 0)
    let f = Format.inspect
    for (width, height) in [(80, 24), (160, 48)] {
      let screen = Screens.render(s, width, height)
      #expect(
        screen.lines[height - 2].contains(
          "∂L/∂w = δᵢ · aⱼ = \(f(delta)) · \(f(input)) = \(f(gradient))"),
        "\(screen.lines[height - 2])")
    }
    // Where the squares are wide enough, each neuron shows its δ.
    let wide = Screens.render(s, 160, 48).text
    #expect(wide.contains("δ " + f(delta)))
  }

  struct MissingNumber: Error {}

  @Test func chainRuleCardComputesForwardAndBackward() throws {
    var s = try Self.walk()
    Self.press(.character("?"), .character("k"), into: &s)
    guard case .chainRule(let card) = s.overlay else {
      Issue.record("help's k opens the card")
      return
    }
    #expect(card.q == 3 && card.f == -12 && card.dx == -4 && card.dy == -4 && card.dz == 3)
    Self.press(.character("3"), .enter, into: &s)
    guard case .chainRule(let edited) = s.overlay else { return }
    #expect(edited.x == 3 && edited.field == 1)
    #expect(edited.q == 8 && edited.f == -32 && edited.dz == 8 && edited.dx == -4)
    Self.press(.character("x"), .enter, into: &s)
    guard case .chainRule(let refused) = s.overlay else { return }
    #expect(refused.error != nil && refused.y == 5)
    Self.press(.escape, into: &s)
    #expect(s.overlay == .none)
    Self.press(.character("k"), into: &s)
    #expect(s.overlay != .none)
  }
}
