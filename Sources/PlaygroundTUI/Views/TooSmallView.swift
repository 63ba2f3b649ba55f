/// Shown below 80×24 until the terminal grows.
struct TooSmallView: Sendable {
  var size: Size
  var glyphs: Glyphs
  var strings: Strings

  func render(into buffer: inout CellBuffer) {
    let times = glyphs.unicode ? "×" : "x"
    let minimum = ScreenLayout.minimum
    let lines = [
      strings(.enlargeTerminal, "\(minimum.width)\(times)\(minimum.height)"),
      strings(.terminalIsNow, "\(size.width)\(times)\(size.height)"),
      strings(.quitsWithQ, "q"),
    ]
    let top = Swift.max(0, (size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let x = Swift.max(0, (size.width - line.count) / 2)
      buffer.write(line, x: x, y: top + offset, style: offset == 0 ? Styles.header : Styles.dim)
    }
  }
}
