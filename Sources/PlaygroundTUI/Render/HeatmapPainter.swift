/// Draws `PixelMap`s into cells for every colour tier: half blocks with two of the 31
/// shades per cell (truecolor, 256), shading glyphs between orange-ish and blue-ish
/// (16 colours), a density ramp (mono), and background-only cells without Unicode.
struct HeatmapPainter: Sendable {
  let options: RenderOptions
  /// Move shades this far towards the neutral grey, as the original paints its heatmap at
  /// alpha 160/255 so that full-colour data points stand out.
  ///
  /// 1 = full colour.
  var strength: Float = 1

  /// The shade of a value (NaN = neutral).
  func shade(_ value: Float) -> UInt8 {
    let index = Palette.shadeIndex(Double(value))
    guard strength < 1 else { return index }
    let faded = 15 + (Float(index) - 15) * strength
    return UInt8(faded.rounded())
  }

  /// Paints `map` with its top-left pixel at cell (x, y); rows of the map go two per cell.
  func paint(_ map: PixelMap, into buffer: inout CellBuffer, x: Int, y: Int) {
    let rows = (map.height + 1) / 2
    for row in 0..<rows {
      for column in 0..<map.width {
        let top = map.value(column, row * 2)
        let bottom = map.value(column, row * 2 + 1)
        if let cell = cell(top: top, bottom: bottom) { buffer[x + column, y + row] = cell }
      }
    }
  }

  /// The cell showing two vertically stacked pixels, or nil when both are empty.
  func cell(top: Float, bottom: Float) -> Cell? {
    if top.isNaN && bottom.isNaN { return nil }
    let glyphs = Glyphs(options)
    // Values are clamped to [-1, 1] first: a diverging neuron can hold 1e30 or ±∞, and
    // the 16-colour and mono paths convert to Int.
    let top = top.isNaN ? top : Swift.min(1, Swift.max(-1, top))
    let bottom = bottom.isNaN ? bottom : Swift.min(1, Swift.max(-1, bottom))
    let mean = top.isNaN ? bottom : (bottom.isNaN ? top : (top + bottom) / 2)
    switch options.tier {
    case .truecolor, .ansi256:
      guard options.unicode else {
        return Cell(" ", style: Style(background: .shade(shade(mean))))
      }
      if top.isNaN { return Cell("▄", style: Style(foreground: .shade(shade(bottom)))) }
      if bottom.isNaN { return Cell("▀", style: Style(foreground: .shade(shade(top)))) }
      return Cell(
        "▀", style: Style(foreground: .shade(shade(top)), background: .shade(shade(bottom))))
    case .ansi16:
      return shadedCell(mean, glyphs: glyphs)
    case .mono:
      let ramp = glyphs.monoRamp
      let t = (Double(mean) + 1) / 2 * Double(ramp.count)
      let index = Swift.min(ramp.count - 1, Swift.max(0, Int(t.rounded(.down))))
      return Cell(ramp[index])
    }
  }

  /// 16 colours: the sign picks orange or blue, |v| picks ░▒▓█ over the neutral background.
  private func shadedCell(_ value: Float, glyphs: Glyphs) -> Cell {
    let magnitude = abs(value) * strength
    let neutral = Style(background: .shade(15))
    guard magnitude >= 0.15 else { return Cell(" ", style: neutral) }
    let levels = glyphs.shading
    let index = Swift.min(levels.count - 1, Int((magnitude - 0.15) / 0.85 * Float(levels.count)))
    let colour: Color = .shade(value < 0 ? 0 : 30)
    return Cell(levels[index], style: Style(foreground: colour, background: .shade(15)))
  }
}
