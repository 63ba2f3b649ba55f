import PlaygroundCore

/// The colours of 3...6 classes: the Okabe–Ito palette, chosen so that viewers with any
/// common colour-vision deficiency still tell the classes apart, each in five tones: four
/// tints of the neutral grey for the map (tones 0...3) and the full colour (tone 4).
///
/// The heatmap shows a cell's likeliest class in a tone that grows with its probability;
/// points are drawn at full tone. Mono has no colour: each class gets its own hatching.
enum ClassPalette {
  /// Blue, orange, bluish green, reddish purple, yellow, vermillion.
  static let colors: [TerminalColors.RGB] = [
    (0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (240, 228, 66), (213, 94, 0),
  ]
  /// Tones per class.
  static let tones = 5
  /// Every class colour `Color.classTone` can name.
  static let count = colors.count * tones

  /// Class `c` at a tone from 0 (faint) to 4 (full).
  static func color(_ c: Int, tone: Int) -> Color {
    let c = Swift.min(colors.count - 1, Swift.max(0, c))
    return .classTone(UInt8(c * tones + Swift.min(tones - 1, Swift.max(0, tone))))
  }

  /// The RGB of `.classTone(value)`: the class colour mixed into the heatmap's neutral
  /// grey by 15 %, 30 %, 45 %, 60 % (the map's tones, faded as the original fades its
  /// heatmap) and 100 % (points and the legend, which must stand out on the map).
  static func rgb(_ value: UInt8) -> TerminalColors.RGB {
    let index = Int(value) / tones
    let tone = Int(value) % tones
    let color = colors[Swift.min(colors.count - 1, index)]
    let grey = Palette.shades[15]
    let alpha = tone == tones - 1 ? 1 : 0.15 * Double(tone + 1)
    func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
      UInt8((Double(a) + (Double(b) - Double(a)) * alpha).rounded())
    }
    return (mix(grey.r, color.r), mix(grey.g, color.g), mix(grey.b, color.b))
  }

  /// The 16-colour terminal colour of class `value / tones`: blue, yellow (orange on
  /// most palettes), green, magenta, bright yellow, red.
  static func ansi16(_ value: UInt8) -> Int32 {
    [4, 3, 2, 5, 11, 1][Swift.min(5, Int(value) / tones)]
  }

  /// Mono's hatching for class `c`: distinct directions, not densities (a density would
  /// read as a probability).
  static func hatch(_ c: Int, unicode: Bool) -> Character {
    let patterns: [Character] =
      unicode ? ["╱", "╲", "│", "─", "┼", "·"] : ["/", "\\", "|", "-", "+", "."]
    return patterns[Swift.min(patterns.count - 1, Swift.max(0, c))]
  }

  /// How sure a probability `p` of the likeliest of `k` classes is, 0 (chance, 1/k) to 1.
  static func confidence(_ p: Float, classes k: Int) -> Float {
    let chance = 1 / Float(k)
    return Swift.min(1, Swift.max(0, (p - chance) / (1 - chance)))
  }
}
