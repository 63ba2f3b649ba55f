import PlaygroundCore

/// A text the state holds before the screen draws it in its language: a key of the
/// string tables and its arguments, or a text shown as it is (a file's error message,
/// which stays English).
public struct Phrase: Equatable, Sendable {
  /// A value put into a `{n}` of the key's text.
  public enum Argument: Equatable, Sendable, ExpressibleByStringLiteral {
    /// The same in every language: a path, a number.
    case plain(String)
    /// A preset's name.
    case localized(LocalizedText)
    /// Another table text: a control's name.
    case key(TextKey)

    public init(stringLiteral value: String) { self = .plain(value) }
  }

  enum Content: Equatable, Sendable {
    case key(TextKey, [Argument])
    case verbatim(String)
    case joined([Phrase])
  }

  let content: Content

  /// The text of `key` with `arguments` in its `{1}`, `{2}`….
  public init(_ key: TextKey, _ arguments: Argument...) {
    content = .key(key, arguments)
  }

  /// `text` as it is, in every language.
  public static func verbatim(_ text: String) -> Phrase { Phrase(content: .verbatim(text)) }

  /// Several phrases as one line, a space apart.
  public static func joined(_ phrases: [Phrase]) -> Phrase { Phrase(content: .joined(phrases)) }

  private init(content: Content) { self.content = content }

  /// The phrase in `language`.
  public func text(in language: Language) -> String { Strings(language).text(self) }
}
