import PlaygroundCore

@testable import PlaygroundTUI

/// Text and style layers of a buffer for snapshots.
enum BufferDump {
  private static let shadeCodes = Array("0123456789abcdefghijklmnopqrstu")
  /// The class tones (class·5 + tone), in characters no other colour uses.
  private static let classCodes = Array("vwxyzFIJKLMNQSUVWXZ!$%&*+-/:;<")

  /// One character per cell: `.` default, `0`…`u` a shade, uppercase a UI colour,
  /// `classCodes` a class tone.
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
    case .classTone(let t): return classCodes[Swift.min(classCodes.count - 1, Int(t))]
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
}
