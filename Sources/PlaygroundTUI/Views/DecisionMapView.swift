import PlaygroundCore

/// A decision heatmap with the training points (and the test points when shown), or,
/// once the run diverged, what happened and how to recover: the output column's big map
/// and each of compare mode's small multiples.
struct DecisionMapView: Sendable {
  /// The map at the area's pixel size (already discretized if asked).
  var map: PixelMap
  var data: DataSplit
  var showTestData: Bool
  var isDiverged: Bool
  var options: RenderOptions
  /// With 3-6 classes and the output shown: each class's map (the big map is then unused),
  /// painted by likeliest class; points take their class colours.
  var classMaps: [PixelMap]? = nil
  /// Whether the class maps are drawn as hard regions.
  var discretize = false

  /// The number of classes when points are class indices (3-6), else nil.
  var classCount: Int? = nil

  private func pointColor(_ label: Double) -> Color {
    classCount != nil
      ? ClassPalette.color(Int(label), tone: ClassPalette.tones - 1)
      : .shade(Palette.shadeIndex(label))
  }

  private var strings: Strings { Strings(options) }

  func render(into buffer: inout CellBuffer, area: Rect) {
    let glyphs = Glyphs(options)
    if isDiverged {
      buffer.fill(area, with: Cell.blank)
      let lines: [[Span]] = [
        [Span(glyphs.diverged + " " + strings[.diverged], Styles.diverged)],
        [Span(strings[.lossNotFinite], Styles.text)],
        [Span(strings[.lowerLearningRate] + " ", Styles.text), Span.key("L")],
        [Span(strings[.thenReset] + " ", Styles.text), Span.key("r")],
      ]
      let top = area.y + Swift.max(0, (area.height - lines.count) / 2)
      for (offset, spans) in lines.enumerated() {
        buffer.writeCentered(spans, in: area, y: top + offset)
      }
      return
    }
    let colourPixels = options.unicode && (options.tier == .truecolor || options.tier == .ansi256)
    if let classMaps {
      ClassHeatmapPainter(options: options, discretize: discretize)
        .paint(classMaps, into: &buffer, x: area.x, y: area.y)
    } else {
      HeatmapPainter(options: options, strength: 0.62)
        .paint(map, into: &buffer, x: area.x, y: area.y)
    }
    for point in data.train {
      guard let (px, py) = PixelMap.pixel(of: point, width: map.width, height: map.height) else {
        continue
      }
      let x = area.x + px
      let y = area.y + py / 2
      guard var cell = buffer[x, y] else { continue }
      let shade = pointColor(point.label)
      if colourPixels {
        if cell.character != "▀" {
          cell = Cell(
            "▀", style: Style(foreground: cell.style.foreground, background: cell.style.foreground))
        }
        if py % 2 == 0 { cell.style.foreground = shade } else { cell.style.background = shade }
        buffer[x, y] = cell
      } else {
        buffer[x, y] = pointCell(point.label, train: true, over: cell, glyphs: glyphs)
      }
    }
    if showTestData {
      for point in data.test {
        guard let (px, py) = PixelMap.pixel(of: point, width: map.width, height: map.height) else {
          continue
        }
        let x = area.x + px
        let y = area.y + py / 2
        guard let cell = buffer[x, y] else { continue }
        buffer[x, y] = pointCell(point.label, train: false, over: cell, glyphs: glyphs)
      }
    }
  }

  /// A point drawn as a glyph: colour tiers keep the heatmap behind it; mono shows the
  /// label by glyph (● +1, ○ −1; a class by its digit), training points bold and test
  /// points reversed.
  private func pointCell(_ label: Double, train: Bool, over cell: Cell, glyphs: Glyphs) -> Cell {
    if options.tier == .mono, classCount != nil {
      // The class's digit: mono's heatmap hatches the classes, the points name them.
      let digit = Character(String(Int(label)))
      return Cell(digit, style: Style(bold: true, reverse: !train))
    }
    if options.tier == .mono {
      let positive = label >= 0
      let character: Character = options.unicode ? (positive ? "●" : "○") : (positive ? "O" : "X")
      return Cell(character, style: Style(bold: true, reverse: !train))
    }
    var background = cell.style.background
    if case .terminalDefault = background { background = .shade(15) }
    return Cell(
      train ? glyphs.trainPoint : glyphs.testPoint,
      style: Style(
        foreground: pointColor(label), background: background, bold: true))
  }
}
