/// Where the panels go for a terminal size: top bar, data, network, output, message line
/// and key legend (presentation view: top bar, network and output only, large; when the
/// height limits the heatmap, the losses move above the network so it gets all of it).
struct ScreenLayout: Equatable, Sendable {
  /// The smallest size that shows everything.
  static let minimum = Size(width: 80, height: 24)

  let size: Size
  let presentation: Bool
  let topBar: Rect
  let data: Rect
  let network: Rect
  let output: Rect
  let message: Rect
  let legend: Rect
  /// The test and training loss lines, then the loss chart and its axis.
  let losses: Rect
  /// Rows of the braille loss chart.
  let chartRows: Int
  /// The big heatmap, in cells (its pixels are width × 2·height).
  let heatmap: Rect

  var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

  init(size: Size, presentation: Bool) {
    self.size = size
    self.presentation = presentation
    let w = size.width
    let h = size.height
    topBar = Rect(x: 0, y: 0, width: w, height: 1)
    message = Rect(x: 0, y: h - 2, width: w, height: 1)
    legend = Rect(x: 0, y: h - 1, width: w, height: 1)
    let bodyY = 1
    let bodyHeight = Swift.max(0, h - 3)
    let chart = bodyHeight >= 40 ? 6 : (bodyHeight >= 30 ? 4 : 3)
    chartRows = chart
    // Output panel: losses (2), chart, axis (1), heatmap, legend (1).
    let lossRows = 2 + chart + 1
    let dataWidth = presentation ? 0 : (w >= 150 ? 22 : (w >= 110 ? 18 : 15))
    let share = presentation ? 0.55 : 0.4
    let widthLimit = (Int(Double(w) * share) - 2) / 2
    // Presenting, when the height limits the heatmap: the losses go above the network.
    let tall = presentation && bodyHeight - lossRows - 1 < widthLimit
    let heatRows = Swift.max(
      4, Swift.min(bodyHeight - (tall ? 0 : lossRows) - 1, widthLimit))
    let outputWidth = Swift.max(30, heatRows * 2 + 2)
    let networkWidth = w - outputWidth - dataWidth
    data = Rect(x: 0, y: bodyY, width: dataWidth, height: bodyHeight)
    output = Rect(x: w - outputWidth, y: bodyY, width: outputWidth, height: bodyHeight)
    losses =
      tall
      ? Rect(x: dataWidth + 1, y: bodyY, width: networkWidth - 2, height: lossRows)
      : Rect(x: output.x + 1, y: bodyY, width: outputWidth - 1, height: lossRows)
    let networkY = tall ? bodyY + lossRows : bodyY
    network = Rect(
      x: dataWidth, y: networkY, width: networkWidth, height: bodyY + bodyHeight - networkY)
    let heatY = tall ? output.y : output.y + lossRows
    heatmap = Rect(
      x: output.x + (outputWidth - heatRows * 2) / 2, y: heatY, width: heatRows * 2,
      height: Swift.min(heatRows, output.y + bodyHeight - 1 - heatY))
  }
}
