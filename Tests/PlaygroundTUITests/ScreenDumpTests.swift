import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Writes the screens as ANSI files to look at (`DUMP_SCREENS=/tmp/dir`); does nothing
/// otherwise.
@Suite struct ScreenDumpTests {
  /// A tool, not a check: skipped (and reported as skipped) unless DUMP_SCREENS is set.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["DUMP_SCREENS"] != nil))
  func dumpScreens() throws {
    guard let directory = ProcessInfo.processInfo.environment["DUMP_SCREENS"] else { return }
    let states: [(String, AppState)] = [
      ("paused", Screens.paused()), ("xor", Screens.trainedXOR()), ("diverged", Screens.diverged()),
      ("help", Screens.help()), ("present", Screens.presentation()),
    ]
    let tiers: [(String, RenderOptions)] = [
      ("", RenderOptions()), ("-16", RenderOptions(tier: .ansi16)), ("-mono", RenderOptions(tier: .mono)),
      ("-ascii", RenderOptions(unicode: false)),
    ]
    for (name, state) in states {
      for (width, height) in [(80, 24), (160, 48)] {
        for (suffix, options) in tiers {
          let buffer = Screens.render(state, width, height, options)
          let path = "\(directory)/\(name)-\(width)x\(height)\(suffix).ans"
          try BufferDump.ansi(buffer).write(toFile: path, atomically: true, encoding: .utf8)
        }
      }
    }
  }
}
