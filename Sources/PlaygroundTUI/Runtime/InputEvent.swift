/// A key as the UI understands it; the executable decodes raw terminal input into these.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case enter, escape, tab, backTab, backspace, delete
  case home, end, pageUp, pageDown
  /// Ctrl + a letter (lowercase), e.g. `.control("c")`.
  case control(Character)
  case function(Int)
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case press, release, scrollUp, scrollDown }
  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

/// Everything the terminal reports.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
}
