import PlaygroundCore

/// Draws the maps of 3...6 classes (`PixelMap`s of 2p − 1, one per class, the same size):
/// each pixel in its likeliest class's colour, the tone growing with how sure the network
/// is; "discretize" draws hard class regions at one tone.
///
/// 256 colours and truecolor: half blocks, two pixels a cell. 16 colours: the class's
/// colour in a shading glyph. Mono: the class's hatching (`ClassPalette.hatch`), bold
/// where the network is sure and blank where it is near chance.
struct ClassHeatmapPainter: Sendable {
  let options: RenderOptions
  var discretize = false
  /// The strongest tone the map uses; points are drawn at the full tone 4 above it.
  var maxTone = 3

  /// The likeliest class at pixel (x, y) and its probability, or nil where a map has
  /// no value.
  static func winner(_ maps: [PixelMap], _ x: Int, _ y: Int) -> (c: Int, p: Float)? {
    var best = -1
    var value: Float = -.infinity
    for (c, map) in maps.enumerated() {
      let v = map.value(x, y)
      if v.isNaN { return nil }
      if v > value { (best, value) = (c, v) }
    }
    return best < 0 ? nil : (best, (value + 1) / 2)
  }

  /// The tone of a winner: how sure it is, in `maxTone + 1` steps.
  func tone(_ p: Float, classes k: Int) -> Int {
    if discretize { return maxTone }
    let sure = ClassPalette.confidence(p, classes: k)
    return Swift.min(maxTone, Int(sure * Float(maxTone + 1)))
  }

  /// Paints the class maps with their top-left pixel at cell (x, y).
  func paint(_ maps: [PixelMap], into buffer: inout CellBuffer, x: Int, y: Int) {
    guard let first = maps.first else { return }
    let k = maps.count
    for row in 0..<((first.height + 1) / 2) {
      for column in 0..<first.width {
        let top = Self.winner(maps, column, row * 2)
        let bottom = Self.winner(maps, column, row * 2 + 1)
        if let cell = cell(top: top, bottom: bottom, classes: k) {
          buffer[x + column, y + row] = cell
        }
      }
    }
  }

  /// One class's map (a neuron of the output layer): its colour, in a tone that grows
  /// with the class's probability.
  func paint(classMap map: PixelMap, class c: Int, into buffer: inout CellBuffer, x: Int, y: Int) {
    for row in 0..<((map.height + 1) / 2) {
      for column in 0..<map.width {
        func pixel(_ r: Int) -> (c: Int, p: Float)? {
          let v = map.value(column, r)
          return v.isNaN ? nil : (c, (v + 1) / 2)
        }
        // Chance is the bottom here: a probability near 0 is as faint as it gets.
        if let cell = cell(top: pixel(row * 2), bottom: pixel(row * 2 + 1), classes: 1) {
          buffer[x + column, y + row] = cell
        }
      }
    }
  }

  /// The cell for two stacked pixels (nil when both are empty).
  func cell(top: (c: Int, p: Float)?, bottom: (c: Int, p: Float)?, classes k: Int) -> Cell? {
    guard let either = top ?? bottom else { return nil }
    let chance = k > 1 ? k : 2
    func color(_ w: (c: Int, p: Float)) -> Color {
      ClassPalette.color(w.c, tone: k > 1 ? tone(w.p, classes: chance) : plainTone(w.p))
    }
    switch options.tier {
    case .truecolor, .ansi256:
      guard options.unicode else { return Cell(" ", style: Style(background: color(either))) }
      guard let top else { return Cell("▄", style: Style(foreground: color(either))) }
      guard let bottom else { return Cell("▀", style: Style(foreground: color(top))) }
      return Cell("▀", style: Style(foreground: color(top), background: color(bottom)))
    case .ansi16:
      let sure = k > 1 ? ClassPalette.confidence(either.p, classes: k) : either.p
      let levels = Glyphs(options).shading
      guard discretize || sure >= 0.15 else {
        return Cell(" ", style: Style(background: .shade(15)))
      }
      let index =
        discretize ? levels.count - 1 : Swift.min(levels.count - 1, Int(sure * Float(levels.count)))
      return Cell(
        levels[index],
        style: Style(foreground: ClassPalette.color(either.c, tone: 4), background: .shade(15)))
    case .mono:
      let sure = k > 1 ? ClassPalette.confidence(either.p, classes: k) : either.p
      guard discretize || sure >= 0.2 else { return Cell(" ") }
      return Cell(
        ClassPalette.hatch(either.c, unicode: options.unicode), style: Style(bold: sure >= 0.67))
    }
  }

  /// The tone of a single class's probability (0...1) on a neuron map.
  private func plainTone(_ p: Float) -> Int {
    discretize ? (p >= 0.5 ? maxTone : 0) : Swift.min(maxTone, Int(p * Float(maxTone + 1)))
  }
}
