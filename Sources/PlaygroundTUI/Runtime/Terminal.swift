/// The screen and keyboard, as the run loop sees them.
///
/// `NcursesTerminal` in the executable is the real one; tests use a scripted double.
public protocol Terminal {
  /// The current size in cells.
  var size: Size { get }
  /// Waits at most `timeoutMilliseconds` for input (0 = poll, negative = until input
  /// arrives or the terminal is woken) and returns what arrived; nil after a timeout or a
  /// wake-up (the run loop then looks for a new snapshot).
  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  /// Shows a frame (the backend draws only what changed).
  mutating func present(_ buffer: CellBuffer)
  /// Puts `text` on the terminal's clipboard with the OSC 52 escape, between frames;
  /// returns false when it was not written (the output is not a terminal).
  mutating func copyToClipboard(_ text: String) -> Bool
}

extension Terminal {
  /// A terminal without a clipboard: nothing is written.
  public mutating func copyToClipboard(_ text: String) -> Bool { false }
}
