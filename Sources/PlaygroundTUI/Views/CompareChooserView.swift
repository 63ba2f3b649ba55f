import PlaygroundCore

/// The compare chooser that `C` opens (issue 13).
///
/// One row per setting with the values it would compare; the highlighted row's values can
/// be changed (←/→ the marked one, Tab the next, `+`/`-` add or remove), Enter starts, Esc
/// or `C` goes back.
struct CompareChooserView: Sendable {
  var chooser: CompareChooser
  var glyphs: Glyphs
  var strings: Strings

  /// The box: up to 76 columns, one row per setting plus the frame, the title and hints.
  func box(in area: Rect) -> Rect {
    let width = Swift.max(Swift.min(area.width, 40), Swift.min(area.width - 4, 76))
    let height = Swift.min(area.height, CompareChooser.Dimension.allCases.count + 5)
    return Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
  }

  func render(into buffer: inout CellBuffer, area: Rect) {
    let box = box(in: area)
    HelpOverlayView(glyphs: glyphs, strings: strings).frame(box, into: &buffer)
    buffer.write(
      [
        Span(" \(strings[.compareTitle]) ", Styles.header), Span.key(glyphs.upDown),
        Span(" Enter", Styles.key), Span(" \(strings[.compareStart])  ", Styles.dim),
        Span.key("Esc"), Span(" \(strings[.back]) ", Styles.dim),
      ],
      x: box.x + 2, y: box.y, maxWidth: box.width - 4)
    let inner = box.width - 4
    let names = CompareChooser.Dimension.allCases.map { strings[$0.titleKey] }
    let nameWidth = Swift.min((names.map(\.count).max() ?? 0) + 2, inner / 2)
    buffer.write(
      [
        Span("  " + pad(strings[.compareVary], nameWidth), Styles.dim),
        Span(strings[.compareValues], Styles.dim),
      ], x: box.x + 2, y: box.y + 1, maxWidth: inner)
    for (row, dimension) in CompareChooser.Dimension.allCases.enumerated() {
      let y = box.y + 2 + row
      guard y < box.y + box.height - 2 else { break }
      let current = row == chooser.row
      var spans = [
        Span(current ? String(glyphs.selected) + " " : "  ", Styles.key),
        Span(pad(names[row], nameWidth), current ? Styles.header : Styles.text),
      ]
      let choices = dimension.choices
      for (slot, pick) in chooser.picks[row].enumerated() {
        let text = glyphs.text(choices[pick].title(in: strings))
        let marked = current && slot == chooser.slot
        spans.append(
          Span(marked ? " \(text) " : " \(text) ", marked ? Styles.selected : Styles.text))
        if slot < chooser.picks[row].count - 1 { spans.append(Span(glyphs.text("·"), Styles.dim)) }
      }
      buffer.write(spans, x: box.x + 2, y: y, maxWidth: inner)
    }
    buffer.write(
      [
        Span.key(glyphs.leftRight), Span(" " + strings[.compareHintValue] + "  ", Styles.dim),
        Span.key("Tab"), Span(" " + strings[.compareHintSlot] + "  ", Styles.dim),
        Span.key("+-"), Span(" " + strings[.compareHintAddRemove], Styles.dim),
      ], x: box.x + 2, y: box.y + box.height - 2, maxWidth: inner)
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width
      ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
  }
}
