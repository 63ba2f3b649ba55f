import PlaygroundCore

/// Compare mode's loss chart (issue 13): every variant's test loss as its own curve (its
/// colour and, for mono, its dash), the training losses too when `h` asks (dotted), over
/// epochs or weight updates (`j`); toggles on top, a legend with each variant's current
/// test loss below the axis.
struct CompareChartView: Sendable {
  var variants: [SessionSnapshot]
  var overrides: [ScenarioOverrides]
  var showTrainLoss: Bool
  var axisInUpdates: Bool
  var logScale: Bool
  var options: RenderOptions

  private var strings: Strings { Strings(options) }

  /// Variant `index`'s test curve: solid, then dashes of 3, 2 and 1 dots.
  static func dash(_ index: Int) -> Int? { [nil, 3, 2, 1][index % 4] }

  /// Without Unicode a cell shows one mark per variant.
  static func mark(_ index: Int) -> Character { ["*", "+", "o", "x"][index % 4] }

  /// A short piece of variant `index`'s curve, for the legend and the panel titles.
  static func sample(_ index: Int, unicode: Bool) -> String {
    guard unicode else { return String(repeating: mark(index), count: 3) }
    return ["⠒⠒⠒", "⠒⠒ ", "⠒ ⠒", "⠂⠂⠂"][index % 4]
  }

  /// Weight updates after `epoch` epochs of `variant`: every `batch` training points
  /// (leftovers carry into the next epoch).
  static func updates(after epoch: Int, of variant: SessionSnapshot) -> Int {
    let count = variant.data.train.count
    let batch = variant.scenario.batchSize.effective(trainingCount: count)
    return epoch * count / Swift.max(1, batch)
  }

  private func x(_ epoch: Int, _ variant: SessionSnapshot) -> Int {
    axisInUpdates ? Self.updates(after: epoch, of: variant) : epoch
  }

  /// `h☐train j☐updates y☐log`.
  private var toggles: [Span] {
    let glyphs = Glyphs(options)
    func toggle(_ key: String, _ on: Bool, _ word: TextKey) -> [Span] {
      [
        Span.key(key), Span(on ? glyphs.checked : glyphs.unchecked, Styles.value),
        Span(strings[word] + " ", on ? Styles.value : Styles.dim),
      ]
    }
    return toggle("h", showTrainLoss, .compareTrainToggle)
      + toggle("j", axisInUpdates, .compareUpdatesToggle) + toggle("y", logScale, .logScale)
  }

  func render(into buffer: inout CellBuffer, rect: Rect) {
    guard rect.width > 8, rect.height > 6 else { return }
    var title = [Span(strings[.compareLoss], Styles.header)]
    if showTrainLoss {
      title.append(Span(" · " + strings[.chartTrain] + " " + sampleTrain, Styles.dim))
    }
    buffer.write(title, x: rect.x, y: rect.y, maxWidth: rect.width)
    buffer.write(toggles, x: rect.x, y: rect.y + 1, maxWidth: rect.width)
    let legendRows = variants.count
    let axisY = rect.y + rect.height - legendRows - 1
    let chartTop = rect.y + 2
    let chartRows = axisY - chartTop
    guard chartRows >= 2 else { return }
    var values: [Double] = []
    for variant in variants {
      values += variant.history.test
      if showTrainLoss { values += variant.history.train }
    }
    let scale = ChartScale(values: values, logarithmic: logScale)
    let labels = scale.map { (Format.axis($0.high), Format.axis($0.low)) }
    let gutter = Swift.max(labels?.0.count ?? 0, labels?.1.count ?? 0) + 1
    let chart = Rect(
      x: rect.x + gutter, y: chartTop, width: rect.width - gutter, height: chartRows)
    var canvas = BrailleCanvas(width: chart.width, height: chart.height)
    let last = variants.map { v in v.history.epochs.last.map { x($0, v) } ?? 0 }.max() ?? 0
    if let scale { plot(on: &canvas, scale: scale, lastX: Swift.max(1, last)) }
    canvas.draw(into: &buffer, x: chart.x, y: chart.y, unicode: options.unicode)
    if let labels {
      buffer.write(labels.0, x: chart.x - 1 - labels.0.count, y: chart.y, style: Styles.dim)
      buffer.write(
        labels.1, x: chart.x - 1 - labels.1.count, y: chart.y + chart.height - 1,
        style: Styles.dim)
    }
    drawAxis(into: &buffer, y: axisY, chartX: chart.x, width: chart.width, last: last)
    drawLegend(into: &buffer, rect: rect, y: axisY + 1)
  }

  private var sampleTrain: String { options.unicode ? "⠂⠂⠂" : "..." }

  private func plot(on canvas: inout BrailleCanvas, scale: ChartScale, lastX: Int) {
    for (index, variant) in variants.enumerated() {
      let colour = Color.ui(CompareView.colour(index))
      let history = variant.history
      func point(_ i: Int, _ fraction: Double) -> (Int, Int) {
        let px = Double(x(history.epochs[i], variant)) / Double(lastX) * Double(canvas.dotWidth - 1)
        let py = (1 - fraction) * Double(canvas.dotHeight - 1)
        return (Int(px.rounded()), Int(py.rounded()))
      }
      var series: [(values: [Double], dash: Int?, priority: Double, mark: Character)] = [
        (history.test, Self.dash(index), Double(10 - index), Self.mark(index))
      ]
      if showTrainLoss { series.append((history.train, 1, Double(-index), ".")) }
      for curve in series {
        var previous: (Int, Int)?
        var phase = 0
        for (i, value) in curve.values.enumerated() {
          guard let fraction = scale.fraction(value) else {
            previous = nil
            continue
          }
          let p = point(i, fraction)
          if let q = previous {
            if let dash = curve.dash {
              canvas.dashedLine(
                q.0, q.1, p.0, p.1, colour: colour, priority: curve.priority, mark: curve.mark,
                dash: dash, phase: &phase)
            } else {
              canvas.line(
                q.0, q.1, p.0, p.1, colour: colour, priority: curve.priority, mark: curve.mark)
            }
          } else {
            canvas.dot(p.0, p.1, colour: colour, priority: curve.priority, mark: curve.mark)
          }
          previous = p
        }
      }
    }
  }

  /// `0 ──── epoch ──── 1,234` (or `updates`).
  private func drawAxis(into buffer: inout CellBuffer, y: Int, chartX: Int, width: Int, last: Int) {
    let glyphs = Glyphs(options)
    buffer.write(
      String(repeating: glyphs.horizontalRule, count: width), x: chartX, y: y, style: Styles.dim)
    let end = Format.grouped(last, separator: strings[.digitGroupSeparator])
    buffer.write("0", x: chartX, y: y, style: Styles.dim)
    buffer.write(end, x: chartX + width - end.count, y: y, style: Styles.dim)
    let word = " " + strings[axisInUpdates ? .updatesAxis : .epochAxis] + " "
    if word.count + end.count + 3 <= width {
      buffer.write(word, x: chartX + (width - word.count) / 2, y: y, style: Styles.dim)
    }
  }

  /// One line per variant: its curve, its current test loss and what it changes.
  private func drawLegend(into buffer: inout CellBuffer, rect: Rect, y: Int) {
    let glyphs = Glyphs(options)
    for (index, variant) in variants.enumerated() {
      let colour = Style(foreground: .ui(CompareView.colour(index)), bold: true)
      let loss = variant.isDiverged ? glyphs.diverged : Format.loss(variant.report.test.loss)
      let title = index < overrides.count ? overrides[index].title(in: strings) : "—"
      buffer.write(
        [
          Span(Self.sample(index, unicode: options.unicode) + " ", colour),
          Span(loss + " ", variant.isDiverged ? Styles.diverged : Styles.value),
          Span(glyphs.text(title), Styles.text),
        ], x: rect.x, y: y + index, maxWidth: rect.width)
    }
  }
}
