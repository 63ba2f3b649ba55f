import PlaygroundCore

/// The loss chart: train and test loss per epoch since the last reset as braille lines,
/// train solid and test dashed (told apart in mono too) with a legend naming both; the y
/// axis labelled at top and bottom in a gutter on the left, from 0 or on a log scale
/// (`y`); the epoch axis below, with the legend on it and the log toggle under the labels.
struct LossChartView: Sendable {
  var history: LossHistory
  var options: RenderOptions
  /// `y`: a logarithmic y axis.
  var logScale = false

  private var strings: Strings { Strings(options) }

  /// The toggle under the y labels: `y☐log`.
  private var toggle: [Span] {
    let glyphs = Glyphs(options)
    return [
      Span.key("y"), Span(logScale ? glyphs.checked : glyphs.unchecked, Styles.value),
      Span(strings[.logScale], logScale ? Styles.value : Styles.dim),
    ]
  }

  /// The y axis: its scale (nil without a finite loss), labels and gutter.
  ///
  /// The gutter is the cells left of the plot: the widest of the labels and the toggle,
  /// and a space. Computed once per drawing: the scale reads every point of the history.
  private struct Axis {
    var scale: ChartScale?
    var labels: (top: String, bottom: String)?
    var gutter: Int
  }

  private func axis() -> Axis {
    let scale = ChartScale(values: history.train + history.test, logarithmic: logScale)
    let labels = scale.map { (top: Format.axis($0.high), bottom: Format.axis($0.low)) }
    let gutter =
      Swift.max(toggle.width, labels?.top.count ?? 0, labels?.bottom.count ?? 0) + 1
    return Axis(scale: scale, labels: labels, gutter: gutter)
  }

  /// Draws the chart into `rect`'s rows except the last, and the axis into the last.
  func render(into buffer: inout CellBuffer, rect: Rect) {
    let axis = axis()
    let (scale, labels, gutter) = (axis.scale, axis.labels, axis.gutter)
    guard rect.width > gutter + 2, rect.height > 1 else { return }
    let chart = Rect(
      x: rect.x + gutter, y: rect.y, width: rect.width - gutter, height: rect.height - 1)
    var canvas = BrailleCanvas(width: chart.width, height: chart.height)
    if let scale { plot(on: &canvas, scale: scale) }
    canvas.draw(into: &buffer, x: chart.x, y: chart.y, unicode: options.unicode)
    // Drawn last and beside the plot: no curve can cover the labels.
    if let labels {
      buffer.write(
        labels.top, x: chart.x - 1 - labels.top.count, y: chart.y, style: Styles.dim)
      buffer.write(
        labels.bottom, x: chart.x - 1 - labels.bottom.count, y: chart.y + chart.height - 1,
        style: Styles.dim)
    }
    drawAxis(into: &buffer, rect: rect, chartX: chart.x)
  }

  private func plot(on canvas: inout BrailleCanvas, scale: ChartScale) {
    guard let first = history.epochs.first, let last = history.epochs.last else { return }
    let epochs = Double(Swift.max(1, last - first))
    func point(_ index: Int, _ fraction: Double) -> (Int, Int) {
      let x = Double(history.epochs[index] - first) / epochs * Double(canvas.dotWidth - 1)
      let y = (1 - fraction) * Double(canvas.dotHeight - 1)
      return (Int(x.rounded()), Int(y.rounded()))
    }
    for series in Series.allCases {
      let data = series == .train ? history.train : history.test
      let colour = Color.ui(series.colour)
      var previous: (Int, Int)?
      var phase = 0
      for (index, value) in data.enumerated() {
        guard let fraction = scale.fraction(value) else {
          previous = nil
          continue
        }
        let p = point(index, fraction)
        switch (previous, series.dash) {
        case (let q?, let dash?):
          canvas.dashedLine(
            q.0, q.1, p.0, p.1, colour: colour, priority: series.priority, mark: series.mark,
            dash: dash, phase: &phase)
        case (let q?, nil):
          canvas.line(
            q.0, q.1, p.0, p.1, colour: colour, priority: series.priority, mark: series.mark)
        case (nil, _):
          canvas.dot(p.0, p.1, colour: colour, priority: series.priority, mark: series.mark)
        }
        previous = p
      }
    }
  }

  /// `⠒⠒ train ⠒ ⠒ test` (spaced) or `⠒⠒train ⠒ ⠒test`, each in its curve's colour.
  private func legend(spaced: Bool) -> [Span] {
    let gap = spaced ? " " : ""
    return Series.allCases.enumerated().flatMap { index, series in
      let style = Style(foreground: .ui(series.colour), bold: true)
      return [
        Span((index > 0 ? " " + gap : "") + series.sample(unicode: options.unicode) + gap, style),
        Span(strings[series.name], style),
      ]
    }
  }

  /// The epoch axis: the first and last epoch at the ends and, between them, the legend
  /// (`⠒⠒ train ⠒ ⠒ test`) and the word `epoch`, as much as fits; under the plot, so the
  /// legend never hides a curve.
  private func drawAxis(into buffer: inout CellBuffer, rect: Rect, chartX: Int) {
    let axisY = rect.y + rect.height - 1
    let width = rect.x + rect.width - chartX
    let glyphs = Glyphs(options)
    buffer.write(toggle, x: rect.x, y: axisY, maxWidth: chartX - rect.x - 1)
    let rule = String(repeating: glyphs.horizontalRule, count: width)
    buffer.write(rule, x: chartX, y: axisY, style: Styles.dim)
    let separator = strings[.digitGroupSeparator]
    let first = Format.grouped(history.epochs.first ?? 0, separator: separator)
    let last = Format.grouped(history.epochs.last ?? 0, separator: separator)
    let epoch = [Span(" \(strings[.epochAxis]) ", Styles.dim)]
    let room = width - first.count - last.count - 2
    let middles = [
      legend(spaced: true) + epoch, legend(spaced: false) + epoch, legend(spaced: true),
      legend(spaced: false),
    ]
    buffer.write(last, x: chartX + width - last.count, y: axisY, style: Styles.dim)
    if let middle = middles.first(where: { $0.width <= room }) {
      buffer.write(first, x: chartX, y: axisY, style: Styles.dim)
      let x = chartX + first.count + 1 + (room - middle.width) / 2
      buffer.write(middle, x: x, y: axisY)
    } else {
      // No room for the first epoch too: the legend matters more.
      buffer.write(legend(spaced: false), x: chartX, y: axisY, maxWidth: width - last.count - 1)
    }
  }

  /// The log toggle's click target in `rect` (the chart's whole area, axis row included).
  func hitTargets(rect: Rect) -> [HitTarget] {
    let gutter = axis().gutter
    guard rect.width > gutter + 2, rect.height > 1 else { return [] }
    return [
      HitTarget(
        rect: Rect(x: rect.x, y: rect.y + rect.height - 1, width: toggle.width, height: 1),
        action: .intent(.toggleLogScale))
    ]
  }

  /// The two curves: how each is drawn and named.
  private enum Series: CaseIterable {
    case train, test

    var name: TextKey { self == .train ? .chartTrain : .chartTest }
    var colour: UIColor { self == .train ? .chartTrain : .chartTest }
    /// Test over train where they meet.
    var priority: Double { self == .train ? 1 : 2 }
    /// Without Unicode a cell shows one mark.
    var mark: Character { self == .train ? "." : "*" }
    /// Test is dashed: two dots on, two off.
    var dash: Int? { self == .train ? nil : 2 }

    /// A short piece of the curve as the chart draws it.
    func sample(unicode: Bool) -> String {
      switch (self, unicode) {
      case (.train, true): "⠒⠒"
      case (.test, true): "⠒ ⠒"
      case (.train, false): ".."
      case (.test, false): "* *"
      }
    }
  }
}
