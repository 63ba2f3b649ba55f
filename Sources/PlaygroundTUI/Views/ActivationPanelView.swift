import PlaygroundCore

/// `I`: over the output column, the hidden layers' activation φ and its derivative φ′
/// (braille, z from −6 to 6), under them the histogram of the selected layer's z over the
/// training points on the same axis with the share where φ′ ≈ 0, the dead neurons, and
/// the mean |∂L/∂W| of each layer as bars on a log scale.
struct ActivationPanelView: Sendable {
  var activity: NetworkActivity
  var network: Network
  /// The selected hidden layer (0-based), whose z the histogram shows.
  var layer: Int
  var options: RenderOptions

  private var strings: Strings { Strings(options) }
  private var glyphs: Glyphs { Glyphs(options) }
  static let zRange = (-6.0, 6.0)

  func render(into buffer: inout CellBuffer, rect: Rect) {
    buffer.fill(rect, with: Cell(" ", style: Styles.text))
    let f = network.activation
    var y = rect.y
    let x = rect.x + 1
    let width = rect.width - 1
    let title = [
      Span(" \(strings[.activationTitle]) ", Styles.header),
      Span(f.rawValue + "  ", Styles.value),
      Span("φ", Style(foreground: .ui(.chartTrain), bold: true)), Span(" ", Styles.dim),
      Span("φ′", Style(foreground: .ui(.chartTest), bold: true)),
    ]
    // The layer keys' hint whole or not at all.
    let hint = [Span("  " + strings(.panelLayerHint, glyphs.leftRight), Styles.dim)]
    write(
      title + (title.width + hint.width <= width ? hint : []), x: x, y: y, width: width,
      into: &buffer)
    y += 1
    // Rows: plot, axis, histogram title, histogram, dead, flow title, one bar a layer.
    let bars = activity.gradientFlow.count
    let free = rect.y + rect.height - y - 1 - 1 - 1 - 1 - 1 - bars
    let plotRows = Swift.max(2, Swift.min(6, free / 2))
    let histogramRows = Swift.max(1, Swift.min(4, free - plotRows))
    let labelWidth = 5
    let canvas = Rect(
      x: x + labelWidth, y: y, width: Swift.max(4, width - labelWidth - 1), height: plotRows)
    drawCurves(canvas, into: &buffer)
    y += plotRows
    let axis = "\(Int(Self.zRange.0))"
    buffer.write(glyphs.text(axis), x: canvas.x, y: y, style: Styles.dim)
    buffer.write("0", x: canvas.x + canvas.width / 2, y: y, style: Styles.dim)
    buffer.write("z", x: canvas.x + canvas.width / 2 + 2, y: y, style: Styles.value)
    buffer.write("\(Int(Self.zRange.1))", x: canvas.x + canvas.width - 1, y: y, style: Styles.dim)
    y += 1
    drawHistogram(canvas: canvas, top: y, rows: histogramRows, into: &buffer, width: width, x: x)
    y += 1 + histogramRows
    let hidden = network.layerSizes.dropFirst().dropLast().reduce(0, +)
    if hidden > 0 {
      write(
        [
          Span(glyphs.unicode ? "✕ " : "x ", Styles.diverged),
          Span(strings(.deadNeurons, "\(activity.deadCount)", "\(hidden)"), Styles.value),
        ],
        x: x, y: y, width: width, into: &buffer)
    }
    y += 1
    drawFlow(x: x, y: y, width: width, bottom: rect.y + rect.height, into: &buffer)
  }

  private func write(_ spans: [Span], x: Int, y: Int, width: Int, into buffer: inout CellBuffer) {
    buffer.write(spans.map { Span(glyphs.text($0.text), $0.style) }, x: x, y: y, maxWidth: width)
  }

  /// φ solid, φ′ dashed, on a y range that holds both over the z range.
  private func drawCurves(_ rect: Rect, into buffer: inout CellBuffer) {
    var canvas = BrailleCanvas(width: rect.width, height: rect.height)
    let f = network.activation
    let (lo, hi) = Self.zRange
    let columns = canvas.dotWidth
    let zs = (0..<columns).map { lo + (hi - lo) * Double($0) / Double(Swift.max(1, columns - 1)) }
    let values = zs.map(f.value)
    let slopes = zs.map(f.derivative)
    let bottom = Swift.max(-1.5, Swift.min(0, (values + slopes).min() ?? 0))
    let top = Swift.min(3, Swift.max(1, (values + slopes).max() ?? 1))
    func dotY(_ v: Double) -> Int {
      Int(((top - v) / (top - bottom) * Double(canvas.dotHeight - 1)).rounded())
    }
    // The z = 0 and value = 0 axes, faint.
    for row in 0..<canvas.dotHeight where row % 2 == 0 {
      canvas.dot(columns / 2, row, colour: .ui(.dim), priority: 0, mark: ":")
    }
    let zero = dotY(0)
    for column in stride(from: 0, to: columns, by: 2) {
      canvas.dot(column, zero, colour: .ui(.dim), priority: 0, mark: ".")
    }
    var phase = 0
    for k in 1..<columns {
      canvas.dashedLine(
        k - 1, dotY(slopes[k - 1]), k, dotY(slopes[k]), colour: .ui(.chartTest), priority: 1,
        mark: "'", dash: 2, phase: &phase)
      canvas.line(
        k - 1, dotY(values[k - 1]), k, dotY(values[k]), colour: .ui(.chartTrain), priority: 2,
        mark: "*")
    }
    canvas.draw(into: &buffer, x: rect.x, y: rect.y, unicode: options.unicode)
    buffer.write(Format.axis(top), x: rect.x - 5, y: rect.y, style: Styles.dim)
    buffer.write(Format.axis(bottom), x: rect.x - 5, y: rect.y + rect.height - 1, style: Styles.dim)
  }

  /// One bin a column of the plot's width, bars of eighths of a cell, over `rows` rows.
  private func drawHistogram(
    canvas: Rect, top: Int, rows: Int, into buffer: inout CellBuffer, width: Int, x: Int
  ) {
    let zs = activity.z[safe: layer] ?? []
    let count = zs.first?.count ?? 0
    let saturation = activity.saturation(layer: layer)
    let share =
      saturation.isFinite ? glyphs.text(strings(.saturated, Format.percent(saturation))) : ""
    let titles = [
      strings(.zHistogram, "\(layer + 1)", "\(count)"), strings(.zHistogramShort, "\(layer + 1)"),
    ]
    let room = width - share.count - 2
    if let title = titles.first(where: { $0.count <= room }) {
      buffer.write(title, x: x, y: top, style: Styles.dim)
    }
    buffer.write(share, x: x + width - share.count, y: top, style: Styles.value)
    let (lo, hi) = Self.zRange
    let histogram = Histogram(zs.flatMap { $0 }, bins: canvas.width, lower: lo, upper: hi)
    let largest = histogram.counts.max() ?? 0
    guard largest > 0 else { return }
    let blocks: [Character] =
      glyphs.unicode
      ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
      : [" ", ".", ".", ":", ":", "|", "|", "#", "#"]
    let style = Style(foreground: .ui(.accent))
    for (column, value) in histogram.counts.enumerated() where value > 0 {
      // At least one eighth, so a bin that has points shows.
      let eighths = Swift.max(
        1, Int((Double(value) / Double(largest) * Double(rows * 8)).rounded()))
      for row in 0..<rows {
        let filled = Swift.min(8, Swift.max(0, eighths - row * 8))
        guard filled > 0 else { break }
        buffer.set(canvas.x + column, top + rows - row, blocks[filled], style)
      }
    }
  }

  /// "H1 ▇▇▇▇▇░░░ 3.2e-5", one a layer, the bar's length the value's place between the
  /// smallest and largest powers of ten shown.
  private func drawFlow(x: Int, y: Int, width: Int, bottom: Int, into buffer: inout CellBuffer) {
    write([Span(strings[.gradientFlow], Styles.dim)], x: x, y: y, width: width, into: &buffer)
    let flow = activity.gradientFlow
    let positive = flow.filter { $0 > 0 && $0.isFinite }
    let lower = (positive.min().map { floorLog10($0) } ?? -8)
    let upper = Swift.max(lower + 2, positive.max().map { floorLog10($0) + 1 } ?? 0)
    let barWidth = Swift.max(3, width - 4 - 9)
    for (l, value) in flow.enumerated() {
      let row = y + 1 + l
      guard row < bottom else { break }
      let name = l == flow.count - 1 ? strings[.outputNodeShort] : "H\(l + 1)"
      buffer.write(name, x: x, y: row, style: Styles.dim, maxWidth: 4)
      var length = 0
      if value > 0 && value.isFinite {
        let position = (ChartScale.log10(value) - Double(lower)) / Double(upper - lower)
        length = Swift.max(1, Int((position * Double(barWidth)).rounded()))
      }
      let bar = String(repeating: glyphs.unicode ? "█" : "#", count: Swift.min(barWidth, length))
      let rest = String(repeating: glyphs.unicode ? "░" : ".", count: barWidth - bar.count)
      buffer.write(bar, x: x + 4, y: row, style: Style(foreground: .ui(.chartTrain)))
      buffer.write(rest, x: x + 4 + bar.count, y: row, style: Styles.dim)
      buffer.write(Format.inspect(value), x: x + 5 + barWidth, y: row, style: Styles.value)
    }
  }
}

/// ⌊log₁₀ v⌋ for a positive finite v.
private func floorLog10(_ v: Double) -> Int { Int(ChartScale.log10(v).rounded(.down)) }
