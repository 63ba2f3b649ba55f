/// A colour as views mean it; the terminal backend turns it into what the colour tier
/// can show (truecolor, 256, 16/8, mono).
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// One of the original's 31 heatmap shades: 0 = orange (−1), 15 = grey (0), 30 = blue (+1).
  case shade(UInt8)
  /// A named interface colour.
  case ui(UIColor)
  /// One of 3...6 classes in one of its tones: class·5 + tone (`ClassPalette`).
  case classTone(UInt8)
}

/// Interface colours, chosen per theme by the backend.
public enum UIColor: UInt8, CaseIterable, Hashable, Sendable {
  case text, dim, accent, orange, blue, red, green, yellow, highlight, panel, chartTrain,
    chartTest
}

/// How a cell is drawn.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color = .terminalDefault, background: Color = .terminalDefault,
    bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()
}

/// One terminal cell: a single-width character and its style.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style

  public init(_ character: Character = " ", style: Style = .plain) {
    self.character = character
    self.style = style
  }

  public static let blank = Cell()
}
