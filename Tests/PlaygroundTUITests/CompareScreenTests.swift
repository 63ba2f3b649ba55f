import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Compare mode on screen (issue 13): small multiples and one loss chart, at the sizes
/// the issue names, as buffer snapshots.
@Suite struct CompareScreenTests {
  /// A comparison of `overrides` on `base`, trained `epochs` epochs, as the screen gets it.
  static func comparing(
    _ overrides: [ScenarioOverrides], base: Scenario = .default, epochs: Int = 40
  ) -> AppState {
    var scenario = base
    scenario.compare = overrides
    var comparison = Comparison(base: Session(scenario: scenario, seed: 2))
    for _ in 0..<epochs { comparison.apply(.step) }
    var state = AppState(snapshot: comparison.base.snapshot, presetName: "Compare")
    _ = state.apply(.sessionUpdated(LiveSnapshot(comparison, isRunning: false, appliedCommand: 0)))
    return state
  }

  static let activations = [ScenarioOverrides(activation: .tanh), .init(activation: .relu)]
  static let batches = [
    ScenarioOverrides(batchSize: .count(1)), .init(batchSize: .count(10)), .init(batchSize: .all),
  ]
  static let rates = [0.0001, 0.03, 3, 10].map { ScenarioOverrides(learningRate: $0) }

  @Test func twoVariantsAt80x24() {
    let state = Self.comparing(Self.activations)
    #expect(state.isComparing && state.variants.count == 2)
    let buffer = Screens.render(state, 80, 24)
    let text = buffer.text
    for word in ["Tanh", "ReLU", "Test loss", "h☐train", "j☐updates", "epoch"] {
      #expect(text.contains(word), "\(word) missing\n\(text)")
    }
    #expect(buffer.lines[23].contains("C single"))
    Snapshot.check(buffer, named: "compare-2-80x24")
  }

  @Test func fourVariantsAt120x40WithADivergedOne() {
    let base = Scenario(problem: .regression, hiddenLayers: [8, 8], activation: .relu)
    let state = Self.comparing(Self.rates, base: base, epochs: 60)
    #expect(state.variants[3].isDiverged && !state.variants[1].isDiverged)
    let buffer = Screens.render(state, 120, 40)
    let text = buffer.text
    for title in ["lr 0.0001", "lr 0.03", "lr 3", "lr 10"] {
      #expect(text.contains(title), "\(title) missing\n\(text)")
    }
    #expect(text.contains("✖ Diverged"), "the diverged variant is marked")
    Snapshot.check(buffer, named: "compare-4-120x40")
  }

  @Test func threeVariantsAt160x48InUpdatesWithTrainLoss() {
    var state = Self.comparing(Self.batches, epochs: 20)
    _ = state.apply(.input(.key(.character("h"))))
    _ = state.apply(.input(.key(.character("j"))))
    let buffer = Screens.render(state, 160, 48)
    let text = buffer.text
    for word in ["batch 1 (SGD)", "batch 10", "batch all (GD)", "updates", "h☑train", "j☑updates"] {
      #expect(text.contains(word), "\(word) missing\n\(text)")
    }
    // SGD made 250 updates an epoch on 250 training points: 20 epochs end at 5,000.
    #expect(text.contains("5,000"))
    Snapshot.check(buffer, named: "compare-3-160x48")
  }

  /// Every panel and the chart stay inside the body, apart from each other.
  @Test(arguments: [(80, 24, 2), (120, 40, 4), (160, 48, 3), (80, 24, 4)])
  func panelsFitTheBody(width: Int, height: Int, count: Int) {
    let body = Rect(x: 0, y: 1, width: width, height: height - 3)
    for presentation in [false, true] {
      let layout = CompareLayout(body: body, count: count, presentation: presentation)
      let rects = layout.panels + [layout.chart]
      for rect in rects + layout.heatmaps {
        #expect(rect.x >= 0 && rect.y >= 1 && rect.x + rect.width <= width)
        #expect(rect.y + rect.height <= height - 2)
      }
      for (i, a) in rects.enumerated() {
        for b in rects[(i + 1)...] {
          let apart =
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y
            || b.y + b.height <= a.y
          #expect(apart, "\(a) overlaps \(b)")
        }
      }
      // The sizes (2 at 80×24, 4 at 120×40) get big maps; 4 at 80×24 still fits.
      let least = width == 80 && count == 4 ? 6 : 8
      #expect(layout.heatmaps.allSatisfy { $0.height >= least }, "\(layout.heatmaps)")
    }
  }

  @Test func presentationGrowsTheHeatmaps() {
    let body = Rect(x: 0, y: 1, width: 120, height: 37)
    let normal = CompareLayout(body: body, count: 2, presentation: false)
    let large = CompareLayout(body: body, count: 2, presentation: true)
    #expect(large.heatmaps[0].height > normal.heatmaps[0].height)
  }

  @Test func theChooserOpensOverTheSingleView() {
    var state = Screens.paused()
    _ = state.apply(.input(.key(.character("C"))))
    let buffer = Screens.render(state, 80, 24)
    let text = buffer.text
    for word in ["Compare", "Activation", "Tanh · ReLU", "lr 0.0001 · lr 0.03 · lr 3"] {
      #expect(text.contains(word), "\(word) missing\n\(text)")
    }
    Snapshot.check(buffer, named: "compare-chooser-80x24")
    let russian = Screens.render(state, 80, 24, RenderOptions(language: .ru)).text
    #expect(russian.contains("Сравнение") && russian.contains("Что меняем"))
  }

  @Test(arguments: [ColorTier.mono, .ansi256], [true, false])
  func everyTierAndGlyphSetDrawsIt(tier: ColorTier, unicode: Bool) {
    let state = Self.comparing(Self.activations)
    let buffer = Screens.render(state, 80, 24, RenderOptions(tier: tier, unicode: unicode))
    if !unicode { #expect(buffer.cells.allSatisfy { $0.character.isASCII }) }
    #expect(buffer.text.contains("ReLU"))
  }
}
