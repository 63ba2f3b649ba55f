import CNcurses
import Foundation
import Glibc
import PlaygroundTUI

extension NcursesTerminal {
  /// Writes `ESC ] 52 ; c ; BASE64 BEL` (set the clipboard) when the output is a terminal.
  ///
  /// The escape moves no cursor and draws nothing, so it can go between two frames:
  /// ncurses' output is flushed first, then the bytes go to the same descriptor in one
  /// piece. Terminals that do not allow OSC 52 ignore it; none of them answer.
  func copyToClipboard(_ text: String) -> Bool {
    guard isatty(STDOUT_FILENO) == 1 else { return false }
    let bytes = Array("\u{1b}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
    _ = fflush(cnc_stdout())
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { raw in
        Glibc.write(STDOUT_FILENO, raw.baseAddress, raw.count)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}
