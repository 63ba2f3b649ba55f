import PlaygroundCore

/// `?`: every key and what it does, in columns over the middle of the screen; keys of
/// controls the lesson hides are dimmed and marked "(hidden)".
struct HelpOverlayView: Sendable {
  var glyphs: Glyphs
  var strings: Strings
  /// The scenario's view options, for the hidden controls.
  var view = ViewOptions()
  /// The run's seed, in the title (the data column may be too narrow for a long one).
  var seed: UInt64? = nil
  /// The link's seed string, shown instead of `seed` when the points come from it.
  var tfSeed: String? = nil

  func render(into buffer: inout CellBuffer, area: Rect) {
    let entries = KeyMap.help.map { entry in
      (
        keys: glyphs.text(entry.keysName.map { strings[$0] } ?? entry.keys),
        action: glyphs.text(strings[entry.action]), isHidden: entry.isHidden(in: view)
      )
    }
    let keyWidth = entries.map(\.keys.count).max() ?? 8
    let actionWidth = entries.map(\.action.count).max() ?? 20
    let rows = Swift.max(1, Swift.min(entries.count, area.height - 4))
    let columns = (entries.count + rows - 1) / rows
    let columnWidth = Swift.min(
      keyWidth + 2 + actionWidth, (area.width - 4 - (columns - 1) * 3) / columns)
    let width = Swift.min(area.width, columns * columnWidth + (columns - 1) * 3 + 4)
    let height = Swift.min(area.height, rows + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
    drawBox(box, into: &buffer)
    let title =
      [Span(" \(strings[.helpTitle]) ", Styles.header)]
      + strings.spans(.helpCloses, Styles.dim, [Span.key("Esc")], [Span.key("?")])
      + [Span(" ", Styles.dim)]
    // The seed is shown whole or not at all: a cut seed cannot be typed back.
    let seedText = tfSeed.map { strings(.tfSeed, $0) } ?? seed.map { strings(.seed, String($0)) }
    let seedSpans = seedText.map { [Span(" \($0) ", Styles.dim)] } ?? []
    let fits = title.width + seedSpans.width <= box.width - 4
    buffer.write(title + (fits ? seedSpans : []), x: box.x + 2, y: box.y, maxWidth: box.width - 4)
    for (index, entry) in entries.enumerated() {
      let column = index / rows
      let row = index % rows
      let x = box.x + 2 + column * (columnWidth + 3)
      let y = box.y + 2 + row
      guard y < box.y + box.height - 1 else { continue }
      let pad = String(repeating: " ", count: keyWidth - entry.keys.count + 2)
      let spans =
        entry.isHidden
        ? [
          Span(entry.keys, Styles.dim), Span(pad),
          Span(strings[.hidden] + " " + entry.action, Styles.dim),
        ]
        : [Span.key(entry.keys), Span(pad), Span(entry.action, Styles.text)]
      buffer.write(spans, x: x, y: y, maxWidth: Swift.min(columnWidth, box.x + box.width - 1 - x))
    }
  }

  private func drawBox(_ box: Rect, into buffer: inout CellBuffer) {
    buffer.fill(box, with: Cell(" ", style: Styles.text))
    let u = glyphs.unicode
    let h: Character = u ? "─" : "-"
    let v: Character = u ? "│" : "|"
    for x in box.x..<(box.x + box.width) {
      buffer.set(x, box.y, h, Styles.panel)
      buffer.set(x, box.y + box.height - 1, h, Styles.panel)
    }
    for y in box.y..<(box.y + box.height) {
      buffer.set(box.x, y, v, Styles.panel)
      buffer.set(box.x + box.width - 1, y, v, Styles.panel)
    }
    let right = box.x + box.width - 1
    let bottom = box.y + box.height - 1
    buffer.set(box.x, box.y, u ? "╭" : "+", Styles.panel)
    buffer.set(right, box.y, u ? "╮" : "+", Styles.panel)
    buffer.set(box.x, bottom, u ? "╰" : "+", Styles.panel)
    buffer.set(right, bottom, u ? "╯" : "+", Styles.panel)
  }

  /// The same frame for other overlays.
  func frame(_ box: Rect, into buffer: inout CellBuffer) { drawBox(box, into: &buffer) }
}
