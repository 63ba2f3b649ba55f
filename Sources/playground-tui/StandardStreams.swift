import Glibc
import PlaygroundCore

/// Writes one line to standard error; if even that fails there is no one left to tell,
/// so the error is ignored (never a trap).
func printError(_ line: String) {
  try? OutputFile.standardError().write(Array((line + "\n").utf8))
}

/// Writes `text` to standard output at once (so it keeps its place among the lines on
/// standard error); a failed write is the command's failure: exit 1 with one line, or
/// quietly on a broken pipe.
func printOutput(_ text: String) throws(CommandFailure) {
  do {
    try OutputFile.standardOutput().write(Array(text.utf8))
  } catch {
    throw CommandFailure(error)
  }
}

extension String {
  /// A path (or other text from the command line) as a message names it: as typed, with
  /// control characters escaped so it cannot drive the terminal, and cut only past the
  /// longest path the system opens.
  var shown: String { escapedForMessage(limit: Int(PATH_MAX)) }
}
