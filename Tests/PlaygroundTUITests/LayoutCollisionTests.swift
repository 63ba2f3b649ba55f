import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Texts that once ran into each other in real screenshots: the key legend at 80 columns,
/// the network's two titles with six hidden layers, and a slider's value and keys; in
/// both languages (Russian words are longer).
@Suite struct LayoutCollisionTests {
  static let sizes = [(80, 24), (120, 40), (160, 48)]

  /// `spiral-deep`'s shape: every feature and six hidden layers of eight, running.
  static func deep() -> AppState {
    let scenario = Scenario(
      dataset: .spiral, features: Feature.allCases, hiddenLayers: Array(repeating: 8, count: 6))
    let session = Session(scenario: scenario, seed: 1)
    var state = AppState(session: session, presetName: "Spiral with a deep network")
    _ = state.apply(
      .sessionUpdated(LiveSnapshot(session: session.snapshot, isRunning: true, appliedCommand: 0)))
    return state
  }

  @Test(arguments: sizes, Language.allCases)
  func legendFitsAndEndsWithQuit(size: (Int, Int), language: Language) {
    let (width, height) = size
    let strings = Strings(language)
    let lines = Screens.render(Self.deep(), width, height, RenderOptions(language: language))
      .lines
    let legend = lines[height - 1].trimmingSpaces
    #expect(legend.hasSuffix("q " + strings[.legendQuit]), "\(legend)")
    let pause = " " + strings[.legendPause]
    #expect(
      legend.hasPrefix(strings[.keySpaceShort] + pause)
        || legend.hasPrefix(strings[.keySpace] + pause), "\(legend)")
    #expect(legend.contains("? " + strings[.legendHelp]))
  }

  @Test(arguments: Language.allCases) func legendDropsOnlyWhatItMust(language: Language) {
    let strings = Strings(language)
    let legend = KeyLegendView(
      isRunning: true, presentation: false, glyphs: Glyphs(RenderOptions()), strings: strings)
    for width in [40, 60, 80, 100] {
      let spans = legend.spans(width: width)
      #expect(spans.width <= width, "width \(width)")
    }
    let wide = legend.spans(width: 200).map(\.text).joined()
    for entry in [
      "= " + strings[.legendEdit], "w " + strings[.legendWeights],
      strings[.keySpace] + " " + strings[.legendPause],
    ] {
      #expect(wide.contains(entry), "\(entry) missing: \(wide)")
    }
  }

  @Test(arguments: sizes, Language.allCases)
  func networkTitlesReadFully(size: (Int, Int), language: Language) {
    let (width, height) = size
    let strings = Strings(language)
    let lines = Screens.render(Self.deep(), width, height, RenderOptions(language: language))
      .lines
    let header = lines[1]
    let titles = [TextKey.featuresTitle, .inputsTitle, .inTitle].map { strings[$0] + " 1-7" }
    #expect(titles.contains { header.contains($0) }, "\(header)")
    if height >= 40 {
      #expect(header.contains("+- 6 "), "\(header)")
      #expect(header.contains("←→↑↓"), "\(header)")
      let features = titles.compactMap { header.range(of: $0) }.first
      let hidden = header.range(of: "+- 6")
      if let features, let hidden { #expect(features.upperBound < hidden.lowerBound) }
    }
  }

  /// Six hidden layers of eight, the widest network: every feature keeps its name (whole
  /// or abbreviated) left of its square, and the output neuron stays inside the panel.
  @Test(arguments: sizes + [(80, 30), (100, 30)], [false, true])
  func featureNamesStayBesideTheirSquares(size: (Int, Int), presentation: Bool) {
    var state = Self.deep()
    if presentation { _ = state.apply(.input(.key(.character("f")))) }
    let lines = Screens.render(state, size.0, size.1).lines
    let layout = ScreenLayout(
      size: Size(width: size.0, height: size.1), presentation: presentation)
    let geometry = NetworkGeometry(
      rect: layout.network, hiddenLayers: Array(repeating: 8, count: 6))
    #expect(geometry.label != .keyOnly, "\(size): names dropped")
    for (feature, square) in zip(Feature.allCases, geometry.features) {
      let y = square.y + (square.height - 1) / 2
      let row = Array(lines[y])
      let label = String(row[layout.network.x..<square.x])
      #expect(
        label.contains(feature.title) || label.contains(feature.shortTitle),
        "\(size) \(feature): '\(label)'")
    }
    #expect(geometry.output.x + geometry.output.width <= layout.network.x + layout.network.width)
  }

  @Test(arguments: sizes, Language.allCases)
  func sliderValueAndKeysKeepAGap(size: (Int, Int), language: Language) {
    let (width, height) = size
    let lines = Screens.render(Self.deep(), width, height, RenderOptions(language: language))
      .lines
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

/// The presentation view on a short terminal: the losses move above the network so the
/// heatmap can take the full height.
@Suite struct PresentationLayoutTests {
  static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  }

  @Test(arguments: [(80, 24), (100, 30), (120, 40), (160, 48)])
  func panelsDoNotOverlapAndTheHeatmapGrows(width: Int, height: Int) {
    let size = Size(width: width, height: height)
    let full = ScreenLayout(size: size, presentation: false)
    let present = ScreenLayout(size: size, presentation: true)
    #expect(present.heatmap.height > full.heatmap.height)
    for layout in [full, present] {
      #expect(!Self.overlaps(layout.losses, layout.network))
      #expect(!Self.overlaps(layout.losses, layout.heatmap))
      #expect(!Self.overlaps(layout.network, layout.output))
    }
  }

  @Test(arguments: [80, 81, 100, 120, 160, 200])
  func theHeatmapNeverShrinksWhenTheTerminalGrows(width: Int) {
    var last = 0
    for height in 24...70 {
      let rows = ScreenLayout(size: Size(width: width, height: height), presentation: true)
        .heatmap.height
      #expect(rows >= last, "\(width)×\(height): \(rows) rows after \(last)")
      last = rows
    }
  }

  /// The legend under the heatmap shows whole labels, long or short, in both glyph sets.
  @Test(arguments: [false, true])
  func legendLabelsAreWhole(unicode: Bool) {
    let options = RenderOptions(unicode: unicode)
    let states = [Screens.trainedXOR(), Screens.presentation()]
    for (width, height) in [(80, 24), (80, 29), (100, 29), (100, 30), (120, 40), (160, 48)] {
      for state in states {
        let lines = Screens.render(state, width, height, options).lines
        guard let legend = lines.first(where: { $0.contains("discr.") || $0.contains("Discretiz") })
        else {
          Issue.record("no legend at \(width)×\(height)")
          continue
        }
        #expect(legend.contains("discr.") || legend.contains("Discretize output"), "\(legend)")
      }
    }
  }

  @Test func atTheSmallestSizeTheHeatmapTakesTheHeight() {
    let layout = ScreenLayout(size: Size(width: 80, height: 24), presentation: true)
    #expect(layout.heatmap.height == 20 && layout.heatmap.width == 40)
    let lines = Screens.render(Screens.presentation(), 80, 24).lines
    #expect(lines[1].contains("Test loss") && lines[2].contains("Training loss"))
    #expect(lines.contains { $0.hasPrefix("FEATURES") })
  }
}
