/// The screen and keyboard, as the run loop sees them. `NcursesTerminal` in the
/// executable is the real one; tests use a scripted double.
public protocol Terminal {
  /// The current size in cells.
  var size: Size { get }
  /// Waits at most `timeoutMilliseconds` for input (0 = poll) and returns what arrived.
  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  /// Shows a frame (the backend draws only what changed).
  mutating func present(_ buffer: CellBuffer)
}
