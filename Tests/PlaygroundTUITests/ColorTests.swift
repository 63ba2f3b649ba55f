import Testing

@testable import PlaygroundTUI

@Suite struct ColorTests {
  @Test(arguments: [
    (0, 0, 0, 16), (255, 255, 255, 231), (245, 147, 34, 208), (8, 119, 189, 31),
    (128, 128, 128, 244), (95, 135, 175, 67), (250, 250, 250, 231),
  ])
  func xterm256FollowsTmux(r: Int, g: Int, b: Int, expected: Int) {
    #expect(TerminalColors.xterm256((UInt8(r), UInt8(g), UInt8(b))) == expected)
  }

  @Test func sixteenColourShadesGoOrangeGreyBlue() {
    func n(_ s: UInt8, colors: Int = 16) -> Int32 {
      TerminalColors.number(
        for: .shade(s), isForeground: true, tier: .ansi16, theme: .dark, colors: colors)
    }
    #expect([n(0), n(10), n(15), n(20), n(30)] == [3, 11, 7, 14, 4])
    #expect([n(10, colors: 8), n(20, colors: 8)] == [3, 6])
  }

  @Test func monoHasNoColoursAndTruecolorAvoidsThePaletteRange() {
    #expect(
      TerminalColors.number(
        for: .shade(0), isForeground: true, tier: .mono, theme: .dark, colors: 256) == -1)
    #expect(
      TerminalColors.number(
        for: .shade(30), isForeground: true, tier: .truecolor, theme: .dark, colors: 1 << 24)
        == 0x0877bd)
    #expect(
      TerminalColors.number(
        for: .terminalDefault, isForeground: false, tier: .truecolor, theme: .dark,
        colors: 1 << 24) == -1)
  }

  @Test func lightThemePaintsItsOwnBackground() {
    #expect(
      TerminalColors.number(
        for: .terminalDefault, isForeground: false, tier: .ansi256, theme: .light, colors: 256)
        == 231)
  }

  @Test func everyColourHasItsOwnIndex() {
    let indices = TerminalColors.all.map(TerminalColors.index(of:))
    #expect(indices == Array(0..<TerminalColors.all.count))
  }

  @Test func tierFollowsTerminfoNoColorAndTheOverride() {
    func tier(_ requested: ColorTier?, noColor: Bool = false, usable: Bool = true, _ colors: Int)
      -> ColorTier
    {
      ColorTierChoice.tier(
        requested: requested, noColor: noColor, colorsUsable: usable, colors: colors)
    }
    #expect(tier(nil, 1 << 24) == .truecolor)
    #expect(tier(nil, 256) == .ansi256)
    #expect(tier(nil, 8) == .ansi16)
    #expect(tier(nil, usable: false, 0) == .mono)
    #expect(tier(nil, noColor: true, 256) == .mono)
    #expect(tier(.ansi256, noColor: true, 256) == .ansi256)
    #expect(tier(.truecolor, 256) == .ansi256)
    #expect(tier(.mono, 1 << 24) == .mono)
    #expect(tier(.ansi16, 256) == .ansi16)
  }

  @Test func colortermOnlyUpgradesThroughADirectEntry() {
    func name(_ requested: ColorTier?, _ term: String?, _ colorTerm: String?, noColor: Bool = false)
      -> String?
    {
      ColorTierChoice.directTerminfoName(
        requested: requested, term: term, colorTerm: colorTerm, noColor: noColor)
    }
    #expect(name(nil, "xterm-256color", "truecolor") == "xterm-direct")
    #expect(name(nil, "tmux-256color", "24bit") == "tmux-direct")
    #expect(name(nil, "xterm-256color", nil) == nil)
    #expect(name(nil, "xterm-256color", "truecolor", noColor: true) == nil)
    #expect(name(.ansi256, "xterm-256color", "truecolor") == nil)
    #expect(name(.truecolor, "xterm-256color", nil) == "xterm-direct")
    #expect(name(nil, "xterm-direct", "truecolor") == nil)
  }
}
