import PlaygroundCore

/// Edit mode on screen: the status line's keys, the legend line's label and counts, and
/// the cursor on the big heatmap (the edited points are drawn by `OutputView`).
struct PointEditorView: Sendable {
  var editor: PointEditor
  var options: RenderOptions

  private var strings: Strings { Strings(options) }
  private var glyphs: Glyphs { Glyphs(options) }

  /// The label new points get, as a swatch in its colour and its name ("1", "+1").
  var labelSpans: [Span] {
    let name =
      editor.classes > 2 ? "\(Int(editor.label))" : (editor.label > 0 ? "+1" : "-1")
    let color: Color =
      editor.classes > 2
      ? ClassPalette.color(Int(editor.label), tone: ClassPalette.tones - 1)
      : .shade(Palette.shadeIndex(editor.label))
    let swatch = options.tier == .mono ? "" : String(glyphs.trainPoint)
    return [Span(swatch, Style(foreground: color, bold: true)), Span(name, Styles.value)]
  }

  /// "EDIT POINTS  Space add ●1  x remove  0-2 class  Enter done  Esc cancel  S save  ←→↑↓ move".
  var statusSpans: [Span] {
    let classKeys = editor.classes > 2 ? "0-\(editor.classes - 1)" : "+-"
    func hint(_ key: String, _ word: TextKey) -> [Span] {
      [Span("  "), Span.key(key), Span(" " + strings[word], Styles.dim)]
    }
    return [Span(strings[.editPointsTitle], Styles.header)]
      + hint(strings[.keySpaceShort], .editAdd)
      + [Span(" ")] + labelSpans + hint("x", .editRemove) + hint(classKeys, .editClass)
      + hint("Enter", .editDone) + hint("Esc", .editCancel) + hint("S", .editSave)
      + hint(glyphs.leftRight + glyphs.upDown, .editMove)
  }

  /// "x 0.5  y -1  250 train, 250 test": where the cursor is and how many points there are.
  var legendSpans: [Span] {
    let count = strings(
      .editCount, String(editor.points.train.count), String(editor.points.test.count))
    return [
      Span("x ", Styles.dim), Span(Format.parameter(editor.x), Styles.value),
      Span("  y ", Styles.dim), Span(Format.parameter(editor.y), Styles.value),
      Span("  " + count, Styles.dim),
    ]
  }

  /// Draws the cursor at its pixel of a heatmap of `map` pixels placed at `area`.
  func renderCursor(into buffer: inout CellBuffer, area: Rect, mapWidth: Int, mapHeight: Int) {
    let point = DataPoint(x: editor.x, y: editor.y, label: 0)
    guard let (px, py) = PixelMap.pixel(of: point, width: mapWidth, height: mapHeight) else {
      return
    }
    buffer.set(
      area.x + px, area.y + py / 2, options.unicode ? "✚" : "+",
      Style(foreground: .ui(.highlight), bold: true, reverse: options.tier == .mono))
  }

  /// One click target per heatmap cell: a click there adds a point at its centre.
  static func hitTargets(area: Rect) -> [HitTarget] {
    var targets: [HitTarget] = []
    targets.reserveCapacity(area.width * area.height)
    for row in 0..<area.height {
      for column in 0..<area.width {
        let x = NeuronGrid.coordinate(column, of: area.width, flipped: false)
        // The cell's two pixel rows: its centre is between them.
        let y =
          NeuronGrid.coordinate(2 * row, of: 2 * area.height, flipped: true) - 6
          / Double(Swift.max(1, 2 * area.height - 1))
        targets.append(
          HitTarget(
            rect: Rect(x: area.x + column, y: area.y + row, width: 1, height: 1),
            action: .placePoint(x: x, y: y)))
      }
    }
    return targets
  }
}
