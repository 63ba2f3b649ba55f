import Glibc
import PlaygroundCore

/// What the interactive playground needs and did not get: it draws on a terminal and
/// reads keys from it, so standard input and standard output must both be terminals, and
/// TERM must name a terminal type that can move the cursor.
///
/// Without them ncurses would set modes on a pipe, read cooked input, write escape codes
/// into a file for ever, or draw garbage (issue 11). The setup is the user's input to the
/// command, so each is bad input (exit 2, ``CommandFailure/badInput(_:)``) with one line
/// saying what is missing, checked before anything is written. The headless commands
/// (`train`, `validate`, …) need none of it.
enum TerminalRequirement: Equatable {
  /// Standard input, standard output, or both are not terminals.
  case notATerminal(input: Bool, output: Bool)
  /// TERM is unset or empty.
  case noTerminalType
  /// terminfo does not know TERM.
  case unknownTerminalType(String)
  /// TERM names a terminal that cannot address the cursor (`dumb`, a hardcopy terminal).
  case cannotMoveCursor(String)

  /// The line for standard error.
  var message: String {
    let suggestion = "(for example TERM=xterm-256color)"
    switch self {
    case .notATerminal(let input, let output):
      let streams =
        input && output
        ? "standard input and standard output are not terminals"
        : input ? "standard input is not a terminal" : "standard output is not a terminal"
      return "playground-tui: the playground needs a terminal, but \(streams) "
        + "(to train without a screen, use 'playground-tui train')"
    case .noTerminalType:
      return "playground-tui: TERM is not set; the playground needs a terminal type that can "
        + "move the cursor \(suggestion)"
    case .unknownTerminalType(let term):
      return "playground-tui: unknown terminal type (TERM=\(term.escapedForMessage()))"
    case .cannotMoveCursor(let term):
      return "playground-tui: the terminal type TERM=\(term.escapedForMessage()) cannot move "
        + "the cursor; the playground needs one that can \(suggestion)"
    }
  }

  /// Whether standard input and standard output are both terminals; what is missing if
  /// not.
  static func unmetByStandardStreams() -> TerminalRequirement? {
    let input = isatty(STDIN_FILENO) == 0
    let output = isatty(STDOUT_FILENO) == 0
    return input || output ? .notATerminal(input: input, output: output) : nil
  }
}
