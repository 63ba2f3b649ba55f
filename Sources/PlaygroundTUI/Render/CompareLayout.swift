/// Where compare mode's panels go (issue 13).
///
/// One panel per variant (title, test and training loss, the decision heatmap) in the
/// grid that makes the heatmaps largest, and the loss chart in a column on the right. In
/// presentation view the chart column is narrower, so the heatmaps grow.
struct CompareLayout: Equatable, Sendable {
  /// Rows above each heatmap: the title and the two loss lines.
  static let headerRows = 3

  /// One rectangle per variant, in order.
  let panels: [Rect]
  /// Each panel's heatmap, square in pixels (width = 2 × height cells).
  let heatmaps: [Rect]
  /// The loss chart column: its title, chart, axis and legend.
  let chart: Rect

  init(body: Rect, count: Int, presentation: Bool) {
    let share = presentation ? 0.22 : 0.3
    let chartWidth = Swift.min(
      Swift.max(presentation ? 22 : 26, Int(Double(body.width) * share)), body.width / 2)
    chart = Rect(
      x: body.x + body.width - chartWidth, y: body.y, width: chartWidth, height: body.height)
    let area = Rect(x: body.x, y: body.y, width: body.width - chartWidth - 1, height: body.height)
    let n = Swift.max(1, count)
    // The grid whose heatmaps are largest; fewer rows when two are equal.
    var best = (columns: n, rows: 1, mapRows: -1)
    for columns in 1...n {
      let rows = (n + columns - 1) / columns
      let panelWidth = area.width / columns
      let panelHeight = area.height / rows
      let mapRows = Swift.min(panelHeight - Self.headerRows, (panelWidth - 1) / 2)
      if mapRows > best.mapRows || (mapRows == best.mapRows && rows < best.rows) {
        best = (columns, rows, mapRows)
      }
    }
    let mapRows = Swift.max(1, best.mapRows)
    let panelWidth = area.width / best.columns
    let panelHeight = area.height / best.rows
    var panels: [Rect] = []
    var heatmaps: [Rect] = []
    for index in 0..<count {
      let (row, column) = (index / best.columns, index % best.columns)
      let panel = Rect(
        x: area.x + column * panelWidth, y: area.y + row * panelHeight, width: panelWidth,
        height: panelHeight)
      panels.append(panel)
      heatmaps.append(
        Rect(
          x: panel.x + (panel.width - mapRows * 2) / 2, y: panel.y + Self.headerRows,
          width: mapRows * 2, height: mapRows))
    }
    self.panels = panels
    self.heatmaps = heatmaps
  }
}
