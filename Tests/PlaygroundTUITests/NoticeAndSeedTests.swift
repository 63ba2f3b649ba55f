import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// What the screen tells about where a run came from: the seed (so it can be repeated)
/// and a start-up notice such as a TensorFlow Playground link's.
@Suite struct NoticeAndSeedTests {
  func screen(_ state: AppState) -> String {
    var renderer = FrameRenderer()
    return renderer.render(state, size: Size(width: 80, height: 24), options: RenderOptions())
      .buffer.lines.joined(separator: "\n")
  }

  @Test func theSeedIsOnScreenAndFollowsRegenerate() {
    var state = AppState(session: Session(scenario: .default, seed: 424_242), presetName: nil)
    #expect(screen(state).contains("seed 424242"))
    var worker = TestWorker(state)
    let effects = state.apply(.input(.key(.character("g"))))
    _ = state.apply(.sessionUpdated(worker.run(effects)))
    #expect(screen(state).contains("seed 424243"), "regenerate draws from the next seed")
  }

  @Test func aNoticeStaysUntilTheFirstKey() {
    var state = AppState(
      session: Session(scenario: .default, seed: 1), presetName: nil,
      notice: .verbatim("points are generated anew"))
    #expect(screen(state).contains("points are generated anew"))
    _ = state.apply(.tick(milliseconds: 60_000))
    #expect(screen(state).contains("points are generated anew"), "not a timed message")
    _ = state.apply(.input(.key(.character("v"))))
    #expect(!screen(state).contains("points are generated anew"))
  }

  @Test func aLongSeedIsNeverCutButShownWholeInHelp() {
    var state = AppState(
      session: Session(scenario: .default, seed: 2_437_135_948_869_082), presetName: nil)
    let text = screen(state)
    #expect(!text.contains("seed 24371"), "a seed is shown whole or not at all")
    _ = state.apply(.input(.key(.character("?"))))
    #expect(screen(state).contains("seed 2437135948869082"))
  }

  /// The help's title gives the seed whole or leaves it out, in either language, at either
  /// size (the Russian title is longer and once left "seed" without its number).
  @Test(arguments: [Language.en, .ru], [(80, 24), (160, 48)])
  func theHelpTitleNeverCutsTheSeed(language: Language, size: (Int, Int)) {
    var state = AppState(
      session: Session(scenario: .default, seed: 2_437_135_948_869_082), presetName: nil)
    _ = state.apply(.input(.key(.character("?"))))
    let lines = Screens.render(state, size.0, size.1, RenderOptions(language: language)).lines
    for line in lines where line.contains("seed") {
      #expect(line.contains("seed 2437135948869082"), "\(line)")
    }
  }
}
