/// The start-up decisions about colour (DESIGN.md §5, terminal.md §1.3–1.4): which
/// terminfo entry to ask ncurses for, and which tier to draw in.
///
/// Pure, so the rules are tested without a terminal; the executable gathers the inputs.
public enum ColorTierChoice {
  /// The `-direct` terminfo entry to try before the plain `TERM`, or nil.
  ///
  /// `COLORTERM` may only upgrade, and only through such an entry: ncurses ignores
  /// `COLORTERM`, so without `<base>-direct` the app stays at 256 colours. An explicit
  /// `--color truecolor` tries the entry too.
  ///
  /// - Parameters:
  ///   - requested: `--color` (nil = auto).
  ///   - term: `TERM`, e.g. `xterm-256color` → `xterm-direct`.
  ///   - colorTerm: `COLORTERM`.
  ///   - noColor: whether `NO_COLOR` is set (and not empty).
  /// - Returns: the `-direct` entry to try first, or nil for the plain `TERM`.
  public static func directTerminfoName(
    requested: ColorTier?, term: String?, colorTerm: String?, noColor: Bool
  ) -> String? {
    guard let term, !term.isEmpty, !term.contains("direct") else { return nil }
    let wants: Bool
    switch requested {
    case .truecolor?: wants = true
    case nil: wants = !noColor && (colorTerm == "truecolor" || colorTerm == "24bit")
    default: wants = false
    }
    guard wants else { return nil }
    let base = term.split(separator: "-", maxSplits: 1).first.map(String.init) ?? term
    return base + "-direct"
  }

  /// The tier to draw in.
  ///
  /// Auto: mono with `NO_COLOR` or without usable colours (`has_colors()` and
  /// `start_color()`), truecolor when `COLORS >= 2^24`, 256, then 16/8. An explicit
  /// `--color` wins over `NO_COLOR` but cannot go beyond what the terminal can show.
  ///
  /// - Parameters:
  ///   - requested: `--color` (nil = auto).
  ///   - noColor: whether `NO_COLOR` is set (and not empty).
  ///   - colorsUsable: `has_colors() && start_color() == OK`.
  ///   - colors: `COLORS` after `start_color()`.
  /// - Returns: the tier the views draw in.
  public static func tier(
    requested: ColorTier?, noColor: Bool, colorsUsable: Bool, colors: Int
  ) -> ColorTier {
    let capability: ColorTier =
      !colorsUsable || colors < 8
      ? .mono : colors >= 1 << 24 ? .truecolor : colors >= 256 ? .ansi256 : .ansi16
    guard let requested else { return noColor ? .mono : capability }
    return rank(requested) <= rank(capability) ? requested : capability
  }

  private static func rank(_ tier: ColorTier) -> Int {
    switch tier {
    case .mono: 0
    case .ansi16: 1
    case .ansi256: 2
    case .truecolor: 3
    }
  }
}
