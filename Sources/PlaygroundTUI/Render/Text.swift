/// Styles shared by the views.
enum Styles {
  static let text = Style(foreground: .ui(.text))
  static let dim = Style(foreground: .ui(.dim))
  static let key = Style(foreground: .ui(.accent), bold: true)
  static let header = Style(foreground: .ui(.text), bold: true)
  static let value = Style(foreground: .ui(.text), bold: true)
  /// The picker row, the selected layer, a title over the heatmap: the highlight colour as
  /// background behind the terminal's own background colour as text (reverse), so it is
  /// strong in every theme and tier, mono included.
  static let selected = Style(foreground: .ui(.highlight), bold: true, reverse: true)
  static let error = Style(foreground: .ui(.red), bold: true)
  static let note = Style(foreground: .ui(.green))
  static let running = Style(foreground: .ui(.green), bold: true)
  static let paused = Style(foreground: .ui(.yellow), bold: true)
  static let diverged = Style(foreground: .ui(.red), bold: true)
  static let panel = Style(foreground: .ui(.panel))
}

/// A piece of styled text.
struct Span: Sendable {
  var text: String
  var style: Style

  init(_ text: String, _ style: Style = Styles.text) {
    self.text = text
    self.style = style
  }

  /// A key hint such as `Span.key("l")`.
  static func key(_ text: String) -> Span { Span(text, Styles.key) }
}

extension Array where Element == Span {
  /// Total width in cells.
  var width: Int { reduce(0) { $0 + $1.text.count } }
}

extension CellBuffer {
  /// Writes spans from (x, y), clipped at `maxWidth`; returns the x after the last cell.
  @discardableResult
  mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int = .max) -> Int {
    var column = x
    for span in spans {
      let remaining = maxWidth - (column - x)
      guard remaining > 0 else { break }
      column = write(span.text, x: column, y: y, style: span.style, maxWidth: remaining)
    }
    return column
  }

  /// Writes `text` centred in `rect`'s first row.
  mutating func writeCentered(_ spans: [Span], in rect: Rect, y: Int) {
    let x = rect.x + Swift.max(0, (rect.width - spans.width) / 2)
    write(spans, x: x, y: y, maxWidth: rect.width)
  }
}
