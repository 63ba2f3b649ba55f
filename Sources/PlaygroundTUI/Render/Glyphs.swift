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

  /// Shading glyphs for the 16-colour tier, weakest first.
  var shading: [Character] { unicode ? ["░", "▒", "▓", "█"] : [".", ":", "+", "#"] }
}
