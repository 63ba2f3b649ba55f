import PlaygroundCore

/// The output column: test and training loss (and accuracy), the loss chart, the big
/// decision heatmap with the training points (and test points when shown), and the colour
/// legend with the "show test data" and "discretize" toggles.
struct OutputView: Sendable {
  var session: SessionSnapshot
  var layout: ScreenLayout
  /// The map the heatmap shows, at its pixel size (already discretized if asked).
  var map: PixelMap
  /// Set when a neuron's or feature's map is shown instead of the output.
  var mapTitle: String?
  var options: RenderOptions
  /// `y`: the loss chart's log scale.
  var logScale = false
  /// With 3...6 classes and the output shown: one map per class (2p − 1), at the
  /// heatmap's pixel size.
  var classMaps: [PixelMap]? = nil
  /// Edit mode: its points are drawn instead of the session's, with the cursor.
  var editor: PointEditor? = nil

  /// 3...6 when the network has one output per class, else nil.
  private var classCount: Int? {
    let outputs = session.network.layerSizes[session.network.layerSizes.count - 1]
    return outputs > 1 ? outputs : nil
  }

  private var strings: Strings { Strings(options) }

  func render(into buffer: inout CellBuffer) {
    let rect = layout.losses
    let report = session.report
    let classification = session.scenario.problem == .classification
    // The labels padded to one width, so the two values line up.
    let labels = [strings[.testLoss], strings[.trainingLoss]]
    let labelWidth = (labels.map(\.count).max() ?? 0) + 1
    func line(_ label: String, _ metrics: Metrics, y: Int, style: Style) {
      let padded = label + String(repeating: " ", count: labelWidth - label.count)
      var spans = [Span(padded, Styles.dim), Span(Format.loss(metrics.loss), style)]
      if classification, let accuracy = metrics.accuracy {
        let word = strings[.accuracy]
        // "  accuracy 56%" where it fits, else "  acc 56%".
        let long = labelWidth + 5 + 2 + word.count + 1 + 4 <= rect.width
        spans += [
          Span("  " + (long ? word : strings[.accuracyShort]) + " ", Styles.dim),
          Span(Format.percent(accuracy), style),
        ]
      }
      buffer.write(spans, x: rect.x, y: y, maxWidth: rect.width)
    }
    line(
      labels[0], report.test, y: rect.y, style: Style(foreground: .ui(.chartTest), bold: true))
    line(
      labels[1], report.train, y: rect.y + 1,
      style: Style(foreground: .ui(.chartTrain), bold: true))
    chart.render(into: &buffer, rect: chartRect)
    renderHeatmap(into: &buffer)
    renderTitle(into: &buffer)
    renderLegend(into: &buffer, y: legendY)
  }

  private var chart: LossChartView {
    LossChartView(history: session.history, options: options, logScale: logScale)
  }

  /// The loss chart and its axis, below the two loss lines.
  private var chartRect: Rect {
    let rect = layout.losses
    return Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: layout.chartRows + 1)
  }

  /// The legend row, right below the heatmap.
  private var legendY: Int {
    Swift.min(layout.heatmap.y + layout.heatmap.height, layout.output.y + layout.output.height - 1)
  }

  /// The legend's toggles and where they sit.
  private func toggles(from x: Int, long: Bool) -> [(x: Int, spans: [Span], intent: Intent)] {
    let view = session.scenario.view
    let glyphs = Glyphs(options)
    var x = x
    var list = [(x: Int, spans: [Span], intent: Intent)]()
    for (key, label, on, intent) in [
      ("v", toggleLabels(long).test, view.showTestData, Intent.toggleTestData),
      ("c", toggleLabels(long).discretize, view.discretize, Intent.toggleDiscretize),
    ] {
      let spans = [
        Span.key(key), Span(on ? glyphs.checked : glyphs.unchecked, Styles.value),
        Span(label, Styles.text),
      ]
      // A hidden toggle keeps its place, blank, so the other one does not move.
      if !(intent.control.map(view.hides) ?? false) { list.append((x + 1, spans, intent)) }
      x += 1 + spans.width
    }
    return list
  }

  /// The toggles' labels, long ("Show test data") or short ("test").
  private func toggleLabels(_ long: Bool) -> (test: String, discretize: String) {
    long
      ? (strings[.showTestData], strings[.discretizeOutput])
      : (strings[.showTestDataShort], strings[.discretizeShort])
  }

  /// What the colours mean: the two classes, or a value (a regression's output, a
  /// neuron's or a feature's map).
  private var meaning: String {
    if legendClasses != nil { return strings[.legendClassesMany] }
    return session.scenario.problem == .classification && mapTitle == nil
      ? strings[.legendClasses] : strings[.legendValue]
  }

  /// The colour ramp's cells, whether the toggles have their long labels, and whether the
  /// meaning is written: the widest form that fits the column.
  private var legendForm: (ramp: Int, long: Bool, meaning: Bool) {
    let forms = [(15, true, true), (5, false, true), (3, false, true), (3, false, false)]
    let available = layout.output.width - 1
    // Both toggles, a space before each (a hidden one keeps its place).
    let box = [Span(Glyphs(options).unchecked)].width
    return forms.first { form in
      let labels = toggleLabels(form.1)
      let toggles = 2 * (2 + box) + labels.test.count + labels.discretize.count
      return rampWidth(form) + toggles <= available
    } ?? forms[forms.count - 1]
  }

  /// "-1", the ramp, "+1" and " class"; with k classes "■0 ■1 … ■k−1" and " classes".
  private func rampWidth(_ form: (ramp: Int, long: Bool, meaning: Bool)) -> Int {
    if let k = legendClasses {
      return (2 + classGap) * k - classGap + (form.meaning ? 1 + meaning.count : 0)
    }
    return 2 + form.ramp + 2 + (form.meaning ? 1 + meaning.count : 0)
  }

  /// The space between the class swatches: one, or none when six classes and the short
  /// toggles would not fit the column otherwise.
  private var classGap: Int {
    guard let k = legendClasses else { return 1 }
    let box = [Span(Glyphs(options).unchecked)].width
    let labels = toggleLabels(false)
    let toggles = 2 * (2 + box) + labels.test.count + labels.discretize.count
    return 3 * k - 1 + toggles <= layout.output.width - 1 ? 1 : 0
  }

  /// The classes the legend names: k when the output's class maps are shown.
  private var legendClasses: Int? { mapTitle == nil ? classCount : nil }

  /// "■0 ■1 ■2": each class's swatch in its colour (its hatching in mono), then its
  /// number; returns the x after them.
  private func renderClassLegend(_ k: Int, into buffer: inout CellBuffer, y: Int) -> Int {
    var x = layout.output.x + 1
    for c in 0..<k {
      let swatch: Span =
        options.tier == .mono
        ? Span(String(ClassPalette.hatch(c, unicode: options.unicode)), Styles.text)
        : Span(
          options.unicode ? "■" : "#",
          Style(foreground: ClassPalette.color(c, tone: ClassPalette.tones - 1), bold: true))
      x = buffer.write([swatch, Span("\(c)", Styles.text)], x: x, y: y)
      if c < k - 1 { x += classGap }
    }
    return x
  }

  private func renderHeatmap(into buffer: inout CellBuffer) {
    let area = layout.heatmap
    DecisionMapView(
      map: map, data: editor?.points ?? session.data,
      showTestData: session.scenario.view.showTestData || editor != nil,
      isDiverged: session.isDiverged, options: options,
      classMaps: mapTitle == nil ? classMaps : nil,
      discretize: session.scenario.view.discretize, classCount: classCount
    ).render(into: &buffer, area: area)
    if let editor, !session.isDiverged {
      PointEditorView(editor: editor, options: options).renderCursor(
        into: &buffer, area: area, mapWidth: map.width, mapHeight: map.height)
    }
  }

  /// The map's title over its top left corner: `OUTPUT`, or the neuron or feature shown
  /// (Esc goes back).
  private func renderTitle(into buffer: inout CellBuffer) {
    let area = layout.heatmap
    if let title = mapTitle {
      buffer.write(
        [Span(" \(title) ", Styles.selected), Span(" Esc ", Styles.key)], x: area.x, y: area.y,
        maxWidth: area.width)
    } else {
      buffer.write(
        [Span(" \(strings[.outputTitle]) ", Styles.header)], x: area.x, y: area.y,
        maxWidth: area.width)
    }
  }

  /// "-1 ramp +1 class": the ends in the classes' colours (orange −1, blue +1), then the
  /// toggles.
  private func renderLegend(into buffer: inout CellBuffer, y: Int) {
    let rect = layout.output
    let form = legendForm
    if let k = legendClasses {
      var x = renderClassLegend(k, into: &buffer, y: y)
      if form.meaning { x = buffer.write([Span(" " + meaning, Styles.text)], x: x, y: y) }
      for toggle in toggles(from: x, long: form.long) {
        buffer.write(toggle.spans, x: toggle.x, y: y, maxWidth: rect.x + rect.width - toggle.x)
      }
      return
    }
    let colour = options.tier != .mono
    func end(_ text: String, _ shade: UInt8) -> Span {
      Span(text, colour ? Style(foreground: .shade(shade), bold: true) : Styles.dim)
    }
    var x = buffer.write([end("-1", 0)], x: rect.x + 1, y: y)
    let ramp = (0..<form.ramp).map { Float(-1 + 2 * Double($0) / Double(form.ramp - 1)) }
    HeatmapPainter(options: options).paint(
      PixelMap(width: form.ramp, height: 2, values: ramp + ramp), into: &buffer, x: x, y: y)
    x = buffer.write(
      [end("+1", 30)] + (form.meaning ? [Span(" " + meaning, Styles.text)] : []), x: x + form.ramp,
      y: y)
    for toggle in toggles(from: x, long: form.long) {
      buffer.write(toggle.spans, x: toggle.x, y: y, maxWidth: rect.x + rect.width - toggle.x)
    }
  }

  func hitTargets() -> [HitTarget] {
    let form = legendForm
    return toggles(from: layout.output.x + 1 + rampWidth(form), long: form.long).map {
      HitTarget(
        rect: Rect(x: $0.x, y: legendY, width: $0.spans.width, height: 1),
        action: .intent($0.intent))
    } + chart.hitTargets(rect: chartRect)
      + (editor == nil
        ? [HitTarget(rect: layout.heatmap, action: .showMap(.output))]
        : PointEditorView.hitTargets(area: layout.heatmap))
  }
}
