import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Texts that once ran into each other in real screenshots: the key legend at 80 columns,
/// the network's two titles with six hidden layers, and a slider's value and keys.
@Suite struct LayoutCollisionTests {
  static let sizes = [(80, 24), (120, 40), (160, 48)]

  /// `spiral-deep`'s shape: every feature and six hidden layers of eight, running.
  static func deep() -> AppState {
    let scenario = Scenario(
      dataset: .spiral, features: Feature.allCases, hiddenLayers: Array(repeating: 8, count: 6))
    let session = Session(scenario: scenario, seed: 1)
    var state = AppState(session: session, presetName: "Spiral with a deep network")
    _ = state.apply(.sessionUpdated(session, isRunning: true))
    return state
  }

  @Test(arguments: sizes) func legendFitsAndEndsWithQuit(width: Int, height: Int) {
    let lines = Screens.render(Self.deep(), width, height).lines
    let legend = lines[height - 1].trimmingSpaces
    #expect(legend.hasSuffix("q quit"), "\(legend)")
    #expect(legend.hasPrefix("Spc pause") || legend.hasPrefix("Space pause"), "\(legend)")
    #expect(legend.contains("? help"))
  }

  @Test func legendDropsOnlyWhatItMust() {
    let legend = KeyLegendView(isRunning: true, presentation: false, glyphs: Glyphs(RenderOptions()))
    for width in [40, 60, 80, 100] {
      let spans = legend.spans(width: width)
      #expect(spans.width <= width, "width \(width)")
    }
    let wide = legend.spans(width: 200).map(\.text).joined()
    #expect(wide.contains("= edit") && wide.contains("w weights") && wide.contains("Space pause"))
  }

  @Test(arguments: sizes) func networkTitlesReadFully(width: Int, height: Int) {
    let lines = Screens.render(Self.deep(), width, height).lines
    let header = lines[1]
    let titles = ["FEATURES 1-7", "INPUTS 1-7", "IN 1-7"]
    #expect(titles.contains { header.contains($0) }, "\(header)")
    if height >= 40 {
      #expect(header.contains("+- 6 "), "\(header)")
      #expect(header.contains("←→↑↓"), "\(header)")
      let features = titles.compactMap { header.range(of: $0) }.first
      let hidden = header.range(of: "+- 6")
      if let features, let hidden { #expect(features.upperBound < hidden.lowerBound) }
    }
  }

  @Test(arguments: sizes) func sliderValueAndKeysKeepAGap(width: Int, height: Int) {
    let lines = Screens.render(Self.deep(), width, height).lines
    for keys in ["t T", "z Z", "b B"] {
      let line = lines.first { $0.contains(keys) }
      #expect(line != nil, "no line with \(keys) at \(width)×\(height)")
      guard let line, let range = line.range(of: keys) else { continue }
      let before = line[line.startIndex..<range.lowerBound]
      #expect(before.hasSuffix(" "), "\(line)")
      #expect(before.contains { $0.isNumber || $0 == "a" }, "value missing: \(line)")
    }
  }
}
