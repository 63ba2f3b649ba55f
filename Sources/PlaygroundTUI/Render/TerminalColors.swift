/// Turns the views' `Color`s into terminal colour numbers for a colour tier.
///
/// Pure, so the ncurses backend stays a thin copy loop and the mapping is tested without a
/// terminal.
public enum TerminalColors {
  /// An RGB colour.
  public typealias RGB = (r: UInt8, g: UInt8, b: UInt8)

  /// The terminal's own default colour (`use_default_colors`).
  public static let terminalDefault: Int32 = -1

  /// Every colour a view can use, each with a stable index: `.terminalDefault`, the UI
  /// colours, the 31 shades, then the class tones.
  ///
  /// The backend pre-allocates a pair for every (fg, bg) combination of these.
  public static let all: [Color] =
    [.terminalDefault] + UIColor.allCases.map { .ui($0) } + (0..<31).map { .shade(UInt8($0)) }
    + (0..<ClassPalette.count).map { .classTone(UInt8($0)) }

  /// Computed once: `allCases` builds an array on every call, and this runs per cell.
  private static let uiColorCount = UIColor.allCases.count

  /// The index of `color` in `all`.
  public static func index(of color: Color) -> Int {
    switch color {
    case .terminalDefault: 0
    case .ui(let ui): 1 + Int(ui.rawValue)
    case .shade(let s): 1 + uiColorCount + Int(min(s, 30))
    case .classTone(let t): 1 + uiColorCount + 31 + Int(min(Int(t), ClassPalette.count - 1))
    }
  }

  /// The terminal colour number for `color` on `tier` (`terminalDefault` = -1; truecolor
  /// numbers are `0xRRGGBB`; mono is always -1).
  ///
  /// - Parameters:
  ///   - color: the colour a view asked for.
  ///   - isForeground: which side of the cell (the light theme paints its own background).
  ///   - tier: the colour tier drawn in.
  ///   - theme: dark or light.
  ///   - colors: the terminal's `COLORS` (8 or 16 matters for the 16-colour tier).
  /// - Returns: the number to give ncurses.
  public static func number(
    for color: Color, isForeground: Bool, tier: ColorTier, theme: Theme, colors: Int
  ) -> Int32 {
    if tier == .mono { return terminalDefault }
    guard let rgb = rgb(for: color, isForeground: isForeground, theme: theme) else {
      return terminalDefault
    }
    switch tier {
    case .truecolor:
      let value = Int32(rgb.r) << 16 | Int32(rgb.g) << 8 | Int32(rgb.b)
      // Direct-colour terminfo sends values below 8 as palette colours (terminal.md §2.5).
      return value < 8 ? 8 : value
    case .ansi256:
      return Int32(xterm256(rgb))
    case .ansi16, .mono:
      let n = ansi16(for: color, isForeground: isForeground, theme: theme)
      return colors >= 16 || n < 8 ? n : (n == 8 ? (theme == .dark ? 7 : 0) : n - 8)
    }
  }

  /// The RGB a colour stands for, or nil for the terminal's own colour.
  public static func rgb(for color: Color, isForeground: Bool, theme: Theme) -> RGB? {
    switch color {
    case .terminalDefault:
      guard theme == .light else { return nil }
      return isForeground ? (30, 30, 30) : (250, 250, 250)
    case .shade(let s): return Palette.shades[Int(min(s, 30))]
    case .classTone(let t): return ClassPalette.rgb(t)
    case .ui(let ui): return theme == .dark ? darkUI(ui) : lightUI(ui)
    }
  }

  private static func darkUI(_ ui: UIColor) -> RGB? {
    switch ui {
    case .text: nil
    case .dim: (138, 138, 138)
    case .accent: (95, 175, 255)
    case .orange: (245, 147, 34)
    case .blue: (80, 160, 230)
    case .red: (255, 95, 95)
    case .green: (95, 215, 95)
    case .yellow: (255, 215, 95)
    // The selection (drawn reversed: dark text on it): magenta, a hue nothing else uses.
    case .highlight: (255, 95, 215)
    case .panel: (98, 98, 98)
    case .chartTrain: (150, 150, 150)
    case .chartTest: (238, 238, 238)
    }
  }

  /// For projectors: dark, saturated text on the light background the theme paints.
  private static func lightUI(_ ui: UIColor) -> RGB? {
    switch ui {
    case .text: (30, 30, 30)
    case .dim: (100, 100, 100)
    case .accent: (0, 95, 175)
    case .orange: (215, 110, 0)
    case .blue: (8, 119, 189)
    case .red: (200, 30, 30)
    case .green: (0, 135, 0)
    case .yellow: (175, 135, 0)
    case .highlight: (175, 0, 135)
    case .panel: (170, 170, 170)
    case .chartTrain: (119, 119, 119)
    case .chartTest: (0, 0, 0)
    }
  }

  /// The nearest xterm-256 colour, tmux's `colour_find_rgb` (terminal.md §1.3): the
  /// nearer of the 6×6×6 cube colour and the grey-ramp colour, never 0–15 (users
  /// restyle those).
  public static func xterm256(_ rgb: RGB) -> Int {
    let levels = [0, 95, 135, 175, 215, 255]
    func cubeIndex(_ v: Int) -> Int { v < 48 ? 0 : v < 114 ? 1 : (v - 35) / 40 }
    let (r, g, b) = (Int(rgb.r), Int(rgb.g), Int(rgb.b))
    let (qr, qg, qb) = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
    let (cr, cg, cb) = (levels[qr], levels[qg], levels[qb])
    if cr == r, cg == g, cb == b { return 16 + 36 * qr + 6 * qg + qb }
    let average = (r + g + b) / 3
    let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
    let grey = 8 + 10 * greyIndex
    func distance(_ x: Int, _ y: Int, _ z: Int) -> Int {
      (x - r) * (x - r) + (y - g) * (y - g) + (z - b) * (z - b)
    }
    return distance(grey, grey, grey) < distance(cr, cg, cb)
      ? 232 + greyIndex : 16 + 36 * qr + 6 * qg + qb
  }

  /// A hand-made 16-colour mapping (terminal.md §1.3): the orange side goes to yellow
  /// (brown/orange on most palettes) then bright yellow, the neutral band to white, the
  /// blue side to bright cyan then blue.
  public static func ansi16(for color: Color, isForeground: Bool, theme: Theme) -> Int32 {
    switch color {
    case .terminalDefault:
      guard theme == .light else { return terminalDefault }
      return isForeground ? 0 : 15
    case .classTone(let t): return ClassPalette.ansi16(t)
    case .shade(let s):
      switch s {
      case 0...7: return 3
      case 8...12: return 11
      case 13...17: return theme == .dark ? 7 : 15
      case 18...22: return 14
      default: return 4
      }
    case .ui(let ui):
      switch ui {
      case .text: return theme == .dark ? terminalDefault : 0
      case .dim, .panel, .chartTrain: return 8
      case .accent: return theme == .dark ? 14 : 4
      case .orange, .yellow: return 3
      case .blue: return 4
      case .red: return 1
      case .green: return 2
      case .highlight: return theme == .dark ? 13 : 5
      case .chartTest: return theme == .dark ? 15 : 0
      }
    }
  }
}
