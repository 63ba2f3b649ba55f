import PlaygroundCore

/// Compare mode's body (issue 13): one panel per variant (its colour, what it changes,
/// test and training loss with accuracy, and its decision heatmap) and the loss chart of
/// every variant on the right.
struct CompareView: Sendable {
  var variants: [SessionSnapshot]
  /// What each variant changes, in order.
  var overrides: [ScenarioOverrides]
  /// Each variant's output map at its heatmap's pixel size.
  var maps: [PixelMap]
  /// With 3-6 classes: each variant's map of every class (empty otherwise).
  var classMaps: [[PixelMap]] = []
  var layout: CompareLayout
  var chart: CompareChartView
  var options: RenderOptions

  private var strings: Strings { Strings(options) }

  /// Variant `index`'s colour: the chart draws its curve in it and the panel's title
  /// starts with it.
  static func colour(_ index: Int) -> UIColor {
    [UIColor.accent, .yellow, .green, .highlight][index % 4]
  }

  func render(into buffer: inout CellBuffer) {
    for index in variants.indices where index < layout.panels.count {
      renderPanel(index, into: &buffer)
    }
    chart.render(into: &buffer, rect: layout.chart)
  }

  private func renderPanel(_ index: Int, into buffer: inout CellBuffer) {
    let variant = variants[index]
    let panel = layout.panels[index]
    let map = layout.heatmaps[index]
    let glyphs = Glyphs(options)
    let colour = Style(foreground: .ui(Self.colour(index)), bold: true)
    let title = index < overrides.count ? overrides[index].title(in: strings) : "—"
    var spans = [
      Span(CompareChartView.sample(index, unicode: options.unicode) + " ", colour),
      Span(glyphs.text(title), Styles.header),
    ]
    if variant.isDiverged {
      spans.append(Span("  " + glyphs.diverged + " " + strings[.diverged], Styles.diverged))
    }
    let x = map.x
    let width = Swift.max(map.width, panel.x + panel.width - x - 1)
    buffer.write(spans, x: x, y: panel.y, maxWidth: width)
    let classification = variant.scenario.problem == .classification
    let labels = [strings[.chartTest], strings[.chartTrain]]
    let labelWidth = (labels.map(\.count).max() ?? 0) + 1
    for (row, metrics) in [variant.report.test, variant.report.train].enumerated() {
      let label = labels[row] + String(repeating: " ", count: labelWidth - labels[row].count)
      var line = [
        Span(label, Styles.dim),
        Span(Format.loss(metrics.loss), row == 0 ? colour : Styles.value),
      ]
      if classification, let accuracy = metrics.accuracy {
        line += [
          Span("  " + strings[.accuracyShort] + " ", Styles.dim),
          Span(Format.percent(accuracy), Styles.value),
        ]
      }
      buffer.write(line, x: x, y: panel.y + 1 + row, maxWidth: width)
    }
    let pixels = index < maps.count ? maps[index] : PixelMap(empty: map.width, map.height * 2)
    let classes = index < classMaps.count && !classMaps[index].isEmpty ? classMaps[index] : nil
    DecisionMapView(
      map: variant.scenario.view.discretize ? pixels.discretized : pixels, data: variant.data,
      showTestData: variant.scenario.view.showTestData, isDiverged: variant.isDiverged,
      options: options, classMaps: classes, discretize: variant.scenario.view.discretize,
      classCount: classes?.count
    ).render(into: &buffer, area: map)
  }
}
