/// A one-line text being typed: its text, the cursor, and whether the whole text is
/// selected (as it is when a prompt opens with the old value: typing replaces it, an
/// arrow key or Backspace starts editing it).
public struct TextField: Equatable, Sendable {
  public private(set) var text: String
  /// The cursor, in characters from the start (0...text.count).
  public private(set) var cursor: Int
  public private(set) var isSelected: Bool
  /// The longest text a field takes.
  public let capacity: Int
  /// The capacity of a field for a name or a number.
  public static let defaultCapacity = 200

  /// A field holding `text` with the cursor at its end, taking at most `capacity`
  /// characters (a pasted link needs more than a file name: the original's links run to
  /// about 450 characters).
  public init(_ text: String, selected: Bool = false, capacity: Int = defaultCapacity) {
    self.capacity = capacity
    self.text = String(text.prefix(capacity))
    cursor = self.text.count
    isSelected = selected && !text.isEmpty
  }

  /// Applies an editing key; false when `key` is not one (the prompt then handles it).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let c) where !c.isNewline && !c.isASCIIControl:
      if isSelected { replaceAll(with: "") }
      guard text.count < capacity else { return true }
      text.insert(c, at: index(cursor))
      cursor += 1
    case .backspace:
      if isSelected {
        replaceAll(with: "")
      } else if cursor > 0 {
        text.remove(at: index(cursor - 1))
        cursor -= 1
      }
    case .delete:
      if isSelected {
        replaceAll(with: "")
      } else if cursor < text.count {
        text.remove(at: index(cursor))
      }
    case .left, .control("b"): move(to: isSelected ? 0 : cursor - 1)
    case .right, .control("f"): move(to: isSelected ? text.count : cursor + 1)
    case .home, .control("a"): move(to: 0)
    case .end, .control("e"): move(to: text.count)
    case .control("u"): replaceAll(with: "")
    default: return false
    }
    return true
  }

  /// The text before the cursor, and from the cursor on.
  public var split: (before: Substring, after: Substring) {
    (text[..<index(cursor)], text[index(cursor)...])
  }

  private func index(_ offset: Int) -> String.Index {
    text.index(text.startIndex, offsetBy: Swift.min(Swift.max(0, offset), text.count))
  }

  private mutating func move(to position: Int) {
    isSelected = false
    cursor = Swift.min(Swift.max(0, position), text.count)
  }

  private mutating func replaceAll(with newText: String) {
    text = newText
    cursor = newText.count
    isSelected = false
  }
}

extension Character {
  /// C0 and C1 control characters, which a field never takes.
  var isASCIIControl: Bool {
    unicodeScalars.allSatisfy { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }
  }
}
