import PlaygroundCore

/// What the terminal can show, decided once at start-up by the executable.
public enum ColorTier: String, CaseIterable, Sendable {
  case truecolor
  case ansi256 = "256"
  case ansi16 = "16"
  case mono
}

/// Dark terminals (the default) or light ones (projectors: `--theme light`).
public enum Theme: String, CaseIterable, Sendable {
  case dark, light
}

/// The rendering capabilities views take into account.
public struct RenderOptions: Equatable, Sendable {
  public var tier: ColorTier
  /// False without a UTF-8 locale: views then use ASCII glyphs only.
  public var unicode: Bool
  public var theme: Theme
  /// The language of every word on the screen; without Unicode the screen is English
  /// (Cyrillic is not ASCII).
  public var language: Language

  public init(
    tier: ColorTier = .ansi256, unicode: Bool = true, theme: Theme = .dark,
    language: Language = .en
  ) {
    self.tier = tier
    self.unicode = unicode
    self.theme = theme
    self.language = language
  }
}

/// The original's colours (reference/tfplayground.md §4.1).
public enum Palette {
  /// The 31 heatmap shades as RGB, index 0 (orange, −1) to 30 (blue, +1).
  public static let shades: [(r: UInt8, g: UInt8, b: UInt8)] = [
    0xf59322, 0xf4992f, 0xf39f3d, 0xf2a44a, 0xf2aa58, 0xf1b065, 0xf0b672, 0xefbc80, 0xeec18d,
    0xedc79b, 0xeccda8, 0xebd3b5, 0xebd9c3, 0xeaded0, 0xe9e4de, 0xe8eaeb, 0xd9e2e8, 0xcadbe5,
    0xbbd3e2, 0xaccbdf, 0x9dc4dc, 0x8ebcd9, 0x7fb4d6, 0x71add2, 0x62a5cf, 0x539dcc, 0x4496c9,
    0x358ec6, 0x2686c3, 0x177fc0, 0x0877bd,
  ].map { (UInt8($0 >> 16), UInt8(($0 >> 8) & 0xff), UInt8($0 & 0xff)) }

  /// The shade index of a value in [-1, 1] (the original's quantize: ⌊31·(v+1)/2⌋,
  /// clamped; ±∞ are the ends).
  ///
  /// NaN maps to the neutral shade.
  public static func shadeIndex(_ value: Double) -> UInt8 {
    guard !value.isNaN else { return 15 }
    // Clamp before converting: Int() of a huge value (a diverging neuron) traps.
    let clamped = Swift.min(1, Swift.max(-1, value))
    let index = Int((31 * (clamped + 1) / 2).rounded(.down))
    return UInt8(Swift.min(30, Swift.max(0, index)))
  }
}
