/// A line of feedback; errors stay until the next key, notes fade after a few seconds.
public struct Message: Equatable, Sendable {
  /// One line for the user, drawn in the screen's language.
  public var text: Phrase
  /// Errors are drawn in red and stay until the next key.
  public var isError: Bool
  /// When it disappears (milliseconds of `Action.tick`), nil = at the next key.
  public var expires: Int?
}
