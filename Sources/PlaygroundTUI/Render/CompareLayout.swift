/// Where compare mode's panels go (issue 13).
///
/// One panel per variant (title, test and training loss, the decision heatmap) in the
/// grid that makes the heatmaps largest, and the loss chart either in a column on the
/// right or in a band across the bottom, whichever leaves the heatmaps larger (the column
/// when equal). In presentation view the chart takes less room, so the heatmaps grow.
struct CompareLayout: Equatable, Sendable {
  /// Rows above each heatmap: the title and the two loss lines.
  static let headerRows = 3

  /// One rectangle per variant, in order.
  let panels: [Rect]
  /// Each panel's heatmap, square in pixels (width = 2 × height cells).
  let heatmaps: [Rect]
  /// The loss chart: its title and toggles, chart, axis and legend.
  let chart: Rect

  init(body: Rect, count: Int, presentation: Bool) {
    let n = Swift.max(1, count)
    let share = presentation ? 0.22 : 0.3
    let chartWidth = Swift.min(
      Swift.max(presentation ? 22 : 26, Int(Double(body.width) * share)), body.width / 2)
    // Title and toggles, 3 rows of chart at least (4 unless presenting), the axis, and a
    // legend line per variant.
    let bandHeight = 2 + (presentation ? 3 : 4) + 1 + n
    let column = (
      chart: Rect(
        x: body.x + body.width - chartWidth, y: body.y, width: chartWidth, height: body.height),
      area: Rect(x: body.x, y: body.y, width: body.width - chartWidth - 1, height: body.height)
    )
    let band = (
      chart: Rect(
        x: body.x, y: body.y + body.height - bandHeight, width: body.width, height: bandHeight),
      area: Rect(x: body.x, y: body.y, width: body.width, height: body.height - bandHeight - 1)
    )
    let inColumn = Self.grid(in: column.area, count: n)
    let inBand = Self.grid(in: band.area, count: n)
    let useBand = inBand.mapRows > inColumn.mapRows
    let best = useBand ? inBand : inColumn
    let mapRows = Swift.max(1, best.mapRows)
    var area = useBand ? band.area : column.area
    var panelHeight = area.height / best.rows
    if useBand {
      // The heatmaps are as wide as they can be: the rows they leave go to the chart.
      panelHeight = Swift.min(panelHeight, Self.headerRows + mapRows + 1)
      area = Rect(x: area.x, y: area.y, width: area.width, height: panelHeight * best.rows)
      let top = area.y + area.height
      chart = Rect(
        x: band.chart.x, y: top, width: band.chart.width, height: body.y + body.height - top)
    } else {
      chart = column.chart
    }
    let panelWidth = area.width / best.columns
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

  /// The grid of `count` panels in `area` whose heatmaps are largest; fewer rows when two
  /// are equal.
  private static func grid(in area: Rect, count: Int) -> (columns: Int, rows: Int, mapRows: Int) {
    var best = (columns: count, rows: 1, mapRows: -1)
    for columns in 1...count {
      let rows = (count + columns - 1) / columns
      let mapRows = Swift.min(
        area.height / rows - headerRows, (area.width / columns - 1) / 2)
      if mapRows > best.mapRows || (mapRows == best.mapRows && rows < best.rows) {
        best = (columns, rows, mapRows)
      }
    }
    return best
  }
}
