import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The playground's save refuses weights that diverged, and says how to save without
/// them (issue 11, item 7).
@Suite struct DivergedSaveTests {
  func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.apply(.input(.key(key))).map(\.unnumbered)
  }

  @Test func divergedWeightsAreNotSaved() throws {
    var s = Screens.diverged()
    try #require(s.snapshot.isDiverged && !s.snapshot.network.isFinite)
    _ = press(.character("S"), &s)
    _ = press(.tab, &s)
    #expect(press(.enter, &s).isEmpty)
    let message = try #require(s.message)
    #expect(message.isError)
    let text = message.text.text(in: .en)
    #expect(text == "Not saved: the weights diverged. Press S, Enter to save without weights")
    let screen = Screens.render(s, 80, 24)
    #expect(screen.lines.contains { $0.contains(text) }, "fits in 80 columns")
    // As the message says: S, then Enter (weights start unticked), saves.
    _ = press(.character("S"), &s)
    #expect(
      press(.enter, &s) == [.save(path: "scenario.json", includeWeights: false, overwrite: false)])
  }

  /// Confirming an overwrite checks again.
  @Test func divergedWeightsAreNotSavedOverAFileEither() {
    var s = Screens.diverged()
    _ = s.apply(.saved(.failure(ScenarioFileError("exists", fileExists: true))))
    s.overlay = .prompt(.confirmOverwrite(path: "old.json", includeWeights: true))
    #expect(press(.character("y"), &s).isEmpty)
    #expect(s.message?.text.text(in: .en).hasPrefix("Not saved") == true)
  }

  @Test func finiteWeightsAreSaved() {
    var s = Screens.trainedXOR()
    _ = press(.character("S"), &s)
    _ = press(.tab, &s)
    #expect(
      press(.enter, &s) == [.save(path: "scenario.json", includeWeights: true, overwrite: false)])
  }
}
