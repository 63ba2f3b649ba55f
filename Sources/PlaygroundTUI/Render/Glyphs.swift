/// The characters views draw with, Unicode or plain ASCII (without a UTF-8 locale,
/// ncursesw draws nothing for block elements, reference/terminal.md §1.4).
struct Glyphs: Sendable {
  let unicode: Bool

  init(_ options: RenderOptions) { unicode = options.unicode }

  var upperHalf: Character { unicode ? "▀" : " " }
  var lowerHalf: Character { unicode ? "▄" : " " }
  var full: Character { unicode ? "█" : "#" }
  var bias: Character { unicode ? "■" : "b" }
  var verticalRule: Character { unicode ? "│" : "|" }
  var horizontalRule: Character { unicode ? "─" : "-" }
  var running: String { unicode ? "▶" : ">" }
  var paused: String { unicode ? "‖" : "=" }
  var diverged: String { unicode ? "✖" : "X" }
  var selected: Character { unicode ? "▸" : ">" }
  var up: String { unicode ? "↑" : "^" }
  var down: String { unicode ? "↓" : "v" }
  var leftRight: String { unicode ? "←→" : "<>" }
  var upDown: String { unicode ? "↑↓" : "^v" }
  var trainPoint: Character { unicode ? "●" : "o" }
  var testPoint: Character { unicode ? "◆" : "x" }
  var checked: String { unicode ? "☑" : "[x]" }
  var unchecked: String { unicode ? "☐" : "[ ]" }

  /// The monochrome density ramp from −1 (sparse) to +1 (dense).
  var monoRamp: [Character] {
    unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
  }

  /// Plain-ASCII stand-ins for the symbols the UI's own texts use (help keys, messages).
  private static let asciiWords: [Character: String] = [
    "…": "...", "←": "Left", "→": "Right", "↑": "Up", "↓": "Down", "×": "x", "−": "-",
    "–": "-", "—": "-", "≤": "<=", "≥": ">=", "‖": "=", "·": "*", "∂": "d", "φ": "f",
    "′": "'", "δ": "d", "Σ": "sum ", "≈": "~", "½": "1/2", "²": "^2", "ᵢ": "i", "ⱼ": "j",
    "ₖ": "k", "∣": "|",
  ]

  /// `text` as drawn: unchanged with Unicode, else with the UI's symbols spelled out
  /// ("1 … 7" → "1 ...
  ///
  /// 7", "← / →" → "Left / Right") and anything else outside ASCII (from a preset's name, say) as
  /// `?`.
  func text(_ text: String) -> String {
    guard !unicode, !text.allSatisfy(\.isASCII) else { return text }
    return text.reduce(into: "") { result, character in
      if character.isASCII {
        result.append(character)
      } else {
        result += Self.asciiWords[character] ?? "?"
      }
    }
  }

  /// One ASCII character for any character, for the final pass over an ASCII frame.
  static func asciiCell(_ character: Character) -> Character {
    if character.isASCII { return character }
    switch character {
    case "←": return "<"
    case "→": return ">"
    case "↑": return "^"
    case "↓": return "v"
    case "…": return "."
    case "·": return "*"
    case "∂", "δ": return "d"
    case "φ": return "f"
    case "′": return "'"
    case "≈": return "~"
    case "×": return "x"
    case "−", "–", "—", "─", "━": return "-"
    case "│", "‖", "∣": return "|"
    default: return "?"
    }
  }

  /// Shading glyphs for the 16-colour tier, weakest first.
  var shading: [Character] { unicode ? ["░", "▒", "▓", "█"] : [".", ":", "+", "#"] }
}
