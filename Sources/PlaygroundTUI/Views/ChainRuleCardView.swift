/// `k`: the lecture's f = (x + y)·z as a small computational graph, forward values in
/// green beside each node and backward gradients in red under them, then the same
/// numbers as formulas; x, y and z are edited in place (Tab moves, Enter applies).
struct ChainRuleCardView: Sendable {
  var card: ChainRuleCard
  var glyphs: Glyphs
  var strings: Strings

  /// Whole numbers as typed (`-2`), others to about four digits.
  private func n(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : Format.inspect(value)
  }
  private var forward: Style { Style(foreground: .ui(.green), bold: true) }
  private var backward: Style { Style(foreground: .ui(.red), bold: true) }

  func render(into buffer: inout CellBuffer, area: Rect) {
    let width = Swift.min(area.width, 60)
    let height = Swift.min(area.height, 20)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
      width: width, height: height)
    HelpOverlayView(glyphs: glyphs, strings: strings).frame(box, into: &buffer)
    let x = box.x + 2
    let right = box.x + box.width - 2
    func put(_ spans: [Span], _ column: Int, _ row: Int) {
      guard row < box.y + box.height - 1 else { return }
      buffer.write(
        spans.map { Span(glyphs.text($0.text), $0.style) }, x: x + column, y: box.y + row,
        maxWidth: Swift.max(0, right - x - column))
    }
    put(
      [Span(" \(strings[.chainRuleTitle]) ", Styles.header), Span("f = (x + y)·z ", Styles.value)],
      -1, 0)
    let u = glyphs.unicode
    let (h, v, down, up, join) = u ? ("─", "│", "┐", "┘", "┤") : ("-", "|", "+", "+", "+")
    // The graph: leaves at column 0, the + node at 17, the × node at 35.
    let leaves = ["x", "y", "z"]
    for (k, name) in leaves.enumerated() {
      let row = [2, 6, 10][k]
      put(leafSpans(k, name), 0, row)
      put(
        [Span("∂f/∂\(name) = ", Styles.dim), Span(n([card.dx, card.dy, card.dz][k]), backward)], 1,
        row + 1)
    }
    let line = { (count: Int) in String(repeating: h, count: count) }
    put([Span(line(3) + down, Styles.dim)], 13, 2)
    put([Span(v, Styles.dim)], 16, 3)
    put([Span(v, Styles.dim)], 16, 5)
    put([Span(line(3) + up, Styles.dim)], 13, 6)
    put(
      [
        Span(join + "(+)" + line(2) + " ", Styles.dim), Span("q = ", Styles.text),
        Span(n(card.q), forward),
        Span(" " + line(2) + down, Styles.dim),
      ], 16, 4)
    put([Span("∂f/∂q = ", Styles.dim), Span(n(card.dq), backward)], 21, 5)
    put([Span(v, Styles.dim)], 35, 5)
    put([Span(v, Styles.dim)], 35, 6)
    put(
      [
        Span(join + "(×)" + line(2) + " ", Styles.dim), Span("f = ", Styles.text),
        Span(n(card.f), forward),
      ], 35, 7)
    put([Span("∂f/∂f = ", Styles.dim), Span("1", backward)], 40, 8)
    put([Span(v, Styles.dim)], 35, 8)
    put([Span(v, Styles.dim)], 35, 9)
    put([Span(line(22) + up, Styles.dim)], 13, 10)
    // The formulas, filled in.
    let formulas = [
      "q = x + y = \(n(card.x)) + \(paren(card.y)) = \(n(card.q))",
      "f = q·z = \(n(card.q)) · \(paren(card.z)) = \(n(card.f))",
      "∂f/∂q = z = \(n(card.dq));  ∂f/∂z = q = \(n(card.dz))",
      "∂f/∂x = ∂f/∂q · ∂q/∂x = \(n(card.dq)) · 1 = \(n(card.dx))",
      "∂f/∂y = ∂f/∂q · ∂q/∂y = \(n(card.dq)) · 1 = \(n(card.dy))",
    ]
    put([Span(strings[.chainForward] + ":", Styles.header)], 0, 13)
    put([Span(strings[.chainBackward] + ":", Styles.header)], 0, 15)
    for (k, formula) in formulas.enumerated() { put([Span(formula, Styles.text)], 10, 13 + k) }
    let hint =
      card.error.map { [Span(glyphs.text(strings.text($0)), Styles.error)] }
      ?? strings.spans(
        .chainHint, Styles.dim, [Span.key("Tab")], [Span.key("Enter")], [Span.key("Esc")])
    put(hint, 0, 18)
  }

  private func paren(_ value: Double) -> String { value < 0 ? "(\(n(value)))" : n(value) }

  /// "x = [-2   ]": the field being edited shows its text and cursor.
  private func leafSpans(_ index: Int, _ name: String) -> [Span] {
    let label = Span("\(name) = ", Styles.text)
    guard index == card.field else { return [label, Span(n(card.values[index]), forward)] }
    let text = card.text
    if text.isSelected { return [label, Span(text.text, Styles.selected)] }
    let (before, after) = text.split
    return [
      label, Span(String(before), Styles.value), Span(glyphs.unicode ? "▏" : "_", Styles.key),
      Span(String(after), Styles.value),
    ]
  }
}
