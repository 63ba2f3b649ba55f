import PlaygroundCore

/// The loss chart: train and test loss per epoch since the last reset as braille lines
/// (test drawn over train where they meet), scaled to the data, with an epoch axis below.
struct LossChartView: Sendable {
  var history: LossHistory
  var options: RenderOptions

  /// Draws the chart into `rect`'s rows except the last, and the axis into the last.
  func render(into buffer: inout CellBuffer, rect: Rect) {
    guard rect.width > 2, rect.height > 1 else { return }
    let chart = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1)
    var canvas = BrailleCanvas(width: chart.width, height: chart.height)
    let values = (history.train + history.test).filter(\.isFinite)
    if let low = values.min(), let high = values.max(), let first = history.epochs.first,
      let last = history.epochs.last
    {
      let span = high - low > 1e-12 ? high - low : 1
      let epochs = Double(Swift.max(1, last - first))
      func point(_ index: Int, _ value: Double) -> (Int, Int) {
        let x = Double(history.epochs[index] - first) / epochs * Double(canvas.dotWidth - 1)
        let y = (1 - (value - low) / span) * Double(canvas.dotHeight - 1)
        return (Int(x.rounded()), Int(y.rounded()))
      }
      let series: [([Double], UIColor, Double, Character)] = [
        (history.train, .chartTrain, 1, "."), (history.test, .chartTest, 2, "*"),
      ]
      for (data, colour, priority, mark) in series {
        var previous: (Int, Int)?
        for (index, value) in data.enumerated() {
          guard value.isFinite else {
            previous = nil
            continue
          }
          let p = point(index, value)
          if let q = previous {
            canvas.line(q.0, q.1, p.0, p.1, colour: .ui(colour), priority: priority, mark: mark)
          } else {
            canvas.dot(p.0, p.1, colour: .ui(colour), priority: priority, mark: mark)
          }
          previous = p
        }
      }
      let top = Format.loss(high)
      buffer.write(top, x: chart.x + chart.width - top.count, y: chart.y, style: Styles.dim)
    }
    canvas.draw(into: &buffer, x: chart.x, y: chart.y, unicode: options.unicode)
    let axisY = rect.y + rect.height - 1
    let glyphs = Glyphs(options)
    let rule = String(repeating: glyphs.horizontalRule, count: rect.width)
    buffer.write(rule, x: rect.x, y: axisY, style: Styles.dim)
    let first = Format.grouped(history.epochs.first ?? 0)
    let last = Format.grouped(history.epochs.last ?? 0)
    buffer.write(first, x: rect.x, y: axisY, style: Styles.dim)
    buffer.write(last, x: rect.x + rect.width - last.count, y: axisY, style: Styles.dim)
    let label = " epoch "
    buffer.write(label, x: rect.x + (rect.width - label.count) / 2, y: axisY, style: Styles.dim)
  }
}
