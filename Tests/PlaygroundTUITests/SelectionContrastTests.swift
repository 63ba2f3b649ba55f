import Foundation
import Testing

@testable import PlaygroundTUI

/// A selected item (picker row, selected layer, focused link, a title over the heatmap)
/// must read from the back of a lecture hall: in every theme and colour tier the colours
/// it is drawn in have a WCAG contrast ratio of at least 4.5 (issue 12).
@Suite struct SelectionContrastTests {
  /// The dark theme is drawn on a dark terminal and the light one on the background it
  /// paints itself; the dark terminal's background is taken as black.
  static func terminalBackground(_ theme: Theme) -> TerminalColors.RGB {
    theme == .dark ? (0, 0, 0) : (250, 250, 250)
  }

  /// xterm's default 16 colours.
  static let xterm16: [TerminalColors.RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The RGB an xterm-256 colour number stands for.
  static func rgb256(_ n: Int) -> TerminalColors.RGB {
    if n < 16 { return xterm16[n] }
    if n >= 232 {
      let v = UInt8(8 + 10 * (n - 232))
      return (v, v, v)
    }
    let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
    let i = n - 16
    return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
  }

  static func luminance(_ c: TerminalColors.RGB) -> Double {
    func channel(_ v: UInt8) -> Double {
      let s = Double(v) / 255
      return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
  }

  static func contrast(_ a: TerminalColors.RGB, _ b: TerminalColors.RGB) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (Swift.max(la, lb) + 0.05) / (Swift.min(la, lb) + 0.05)
  }

  /// The colour a terminal shows for `color` in `tier`, with -1 as the terminal's own.
  static func shown(_ color: Color, foreground: Bool, tier: ColorTier, theme: Theme)
    -> TerminalColors.RGB
  {
    let n = TerminalColors.number(
      for: color, isForeground: foreground, tier: tier, theme: theme,
      colors: tier == .truecolor ? 1 << 24 : (tier == .ansi256 ? 256 : 16))
    if n == TerminalColors.terminalDefault {
      return foreground
        ? (theme == .dark ? (229, 229, 229) : (30, 30, 30)) : terminalBackground(theme)
    }
    switch tier {
    case .truecolor: return (UInt8(n >> 16), UInt8((n >> 8) & 0xff), UInt8(n & 0xff))
    case .ansi256, .ansi16, .mono: return rgb256(Int(n))
    }
  }

  @Test(arguments: [ColorTier.truecolor, .ansi256, .ansi16], Theme.allCases)
  func theSelectionStandsOut(tier: ColorTier, theme: Theme) {
    let style = Styles.selected
    // Reversed: the background shows the foreground colour and the text the background's.
    let fill =
      style.reverse
      ? Self.shown(style.foreground, foreground: true, tier: tier, theme: theme)
      : Self.shown(style.background, foreground: false, tier: tier, theme: theme)
    let ink =
      style.reverse
      ? Self.shown(style.background, foreground: false, tier: tier, theme: theme)
      : Self.shown(style.foreground, foreground: true, tier: tier, theme: theme)
    let ratio = Self.contrast(fill, ink)
    #expect(ratio >= 4.5, "selection contrast \(ratio) in \(tier) \(theme)")
    // And the selection bar differs from the screen around it.
    let around = Self.contrast(fill, Self.terminalBackground(theme))
    #expect(around >= 3, "selection against the screen \(around) in \(tier) \(theme)")
  }

  /// Mono has no colours: only reverse video can mark a selection.
  @Test func monoSelectsByReverseVideo() {
    #expect(Styles.selected.reverse)
  }

  /// A focused link is drawn in the highlight colour over the dark or light screen.
  @Test(arguments: [ColorTier.truecolor, .ansi256, .ansi16], Theme.allCases)
  func theFocusedLinkStandsOut(tier: ColorTier, theme: Theme) {
    let link = Self.shown(.ui(.highlight), foreground: true, tier: tier, theme: theme)
    let ratio = Self.contrast(link, Self.terminalBackground(theme))
    #expect(ratio >= 3, "focused link contrast \(ratio) in \(tier) \(theme)")
  }
}

/// The focused link in mono: no colour to show it, so its cells are reversed.
@Suite struct MonoFocusTests {
  @Test func theFocusedLinkIsReversedInMono() {
    var state = Screens.paused()
    _ = state.apply(.input(.key(.tab)))
    _ = state.apply(.input(.key(.tab)))
    let mono = Screens.render(state, 80, 24, RenderOptions(tier: .mono))
    let braille = mono.cells.filter { cell in
      cell.style.reverse && (cell.character.unicodeScalars.first?.value ?? 0) >= 0x2800
        && (cell.character.unicodeScalars.first?.value ?? 0) <= 0x28FF
    }
    #expect(!braille.isEmpty, "no reversed link cell")
    let colour = Screens.render(state, 80, 24)
    #expect(
      !colour.cells.contains {
        $0.style.reverse && $0.style.foreground == .ui(.highlight) && $0.character != "▸"
          && ($0.character.unicodeScalars.first?.value ?? 0) >= 0x2800
      })
  }
}
