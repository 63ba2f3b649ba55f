extension CellBuffer {
  /// Without colours, shows every cell that carries two heatmap shades (a half block's
  /// upper and lower pixel, or a point over the heatmap) as a density glyph (DESIGN.md §5:
  /// monochrome shades with `░▒▓█`).
  ///
  /// A cell whose foreground is `.shade(top)` and background is `.shade(bottom)` becomes
  /// `ramp[min(4, (top + bottom) * 5 / 62)]`, with `top` and `bottom` in 0...30 (orange to
  /// blue), so −1 is blank and +1 is solid:
  ///
  /// ```
  /// unicode: " ", "░", "▒", "▓", "█"      ASCII: " ", ".", ":", "#", "@"
  /// ```
  ///
  /// Its style keeps only bold, reverse and underline. Every other cell is unchanged (a
  /// monochrome backend ignores colours), so applying it twice changes nothing more.
  ///
  /// - Parameter unicode: whether the terminal can show the block glyphs.
  public mutating func applyMonoShading(unicode: Bool) {
    let ramp: [Character] = unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "#", "@"]
    for y in 0..<height {
      for x in 0..<width {
        guard let cell = self[x, y], case .shade(let top) = cell.style.foreground,
          case .shade(let bottom) = cell.style.background
        else { continue }
        let style = cell.style
        self[x, y] = Cell(
          ramp[Swift.min(4, (Int(top) + Int(bottom)) * 5 / 62)],
          style: Style(bold: style.bold, reverse: style.reverse, underline: style.underline))
      }
    }
  }
}
