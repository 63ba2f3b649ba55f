import PlaygroundCore
@testable import PlaygroundTUI

/// Text and style layers of a buffer for snapshots, and an ANSI rendering to look at.
enum BufferDump {
  private static let shadeCodes = Array("0123456789abcdefghijklmnopqrstu")

  /// One character per cell: `.` default, `0`…`u` a shade, uppercase a UI colour.
  static func code(_ color: Color) -> Character {
    switch color {
    case .terminalDefault: return "."
    case .shade(let i): return shadeCodes[Int(Swift.min(30, i))]
    case .ui(let ui):
      let letters: [UIColor: Character] = [
        .text: "T", .dim: "D", .accent: "A", .orange: "O", .blue: "B", .red: "R", .green: "G",
        .yellow: "Y", .highlight: "H", .panel: "P", .chartTrain: "C", .chartTest: "E",
      ]
      return letters[ui] ?? "?"
    }
  }

  static func foreground(_ buffer: CellBuffer) -> [String] {
    layer(buffer) { cell in
      cell.style.reverse ? "#" : code(cell.style.foreground)
    }
  }

  static func background(_ buffer: CellBuffer) -> [String] {
    layer(buffer) { code($0.style.background) }
  }

  private static func layer(_ buffer: CellBuffer, _ f: (Cell) -> Character) -> [String] {
    (0..<buffer.height).map { y in
      String((0..<buffer.width).map { x in buffer[x, y].map(f) ?? " " })
    }
  }

  /// The snapshot file's text: the text layer, then foreground and background codes.
  static func snapshot(_ buffer: CellBuffer) -> String {
    (["# text"] + buffer.lines + ["# foreground"] + foreground(buffer) + ["# background"]
      + background(buffer)).joined(separator: "\n") + "\n"
  }

  private static func rgb(_ color: Color, foreground: Bool) -> String {
    switch color {
    case .terminalDefault: return foreground ? "39" : "49"
    case .shade(let i):
      let c = Palette.shades[Int(Swift.min(30, i))]
      return "\(foreground ? 38 : 48);2;\(c.r);\(c.g);\(c.b)"
    case .ui(let ui):
      let table: [UIColor: (Int, Int, Int)] = [
        .text: (230, 230, 230), .dim: (140, 140, 150), .accent: (120, 190, 255),
        .orange: (245, 147, 34), .blue: (8, 119, 189), .red: (235, 80, 80),
        .green: (110, 200, 120), .yellow: (230, 200, 80), .highlight: (255, 220, 90),
        .panel: (90, 90, 100), .chartTrain: (170, 170, 170), .chartTest: (255, 255, 255),
      ]
      let c = table[ui] ?? (255, 0, 255)
      return "\(foreground ? 38 : 48);2;\(c.0);\(c.1);\(c.2)"
    }
  }

  /// The buffer as ANSI truecolor text, for `cat` in a terminal or tui-shot.
  static func ansi(_ buffer: CellBuffer) -> String {
    var out = ""
    for y in 0..<buffer.height {
      var last: Style?
      for x in 0..<buffer.width {
        guard let cell = buffer[x, y] else { continue }
        if cell.style != last {
          var codes = ["0", rgb(cell.style.foreground, foreground: true), rgb(cell.style.background, foreground: false)]
          if cell.style.bold { codes.append("1") }
          if cell.style.reverse { codes.append("7") }
          if cell.style.underline { codes.append("4") }
          out += "\u{1b}[" + codes.joined(separator: ";") + "m"
          last = cell.style
        }
        out.append(cell.character)
      }
      out += "\u{1b}[0m" + (y < buffer.height - 1 ? "\n" : "")
    }
    return out
  }
}
