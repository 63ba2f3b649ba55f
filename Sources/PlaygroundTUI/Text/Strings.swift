import PlaygroundCore

/// The screen's texts in one language: `strings[.noise]`, `strings(.loaded, name)`.
///
/// Views get one from their ``RenderOptions`` (`Strings(options)`) and never hold a text
/// of their own; state that shows text later (a note, an error) keeps a ``Phrase``. Without
/// Unicode the screen is English: Cyrillic cannot be drawn in ASCII.
public struct Strings: Sendable {
  public let language: Language
  private let table: [TextKey: String]

  public init(_ language: Language) {
    self.language = language
    table = Self.table(language)
  }

  /// The strings a screen drawn with `options` shows.
  init(_ options: RenderOptions) { self.init(options.unicode ? options.language : .en) }

  /// The table of `language`.
  static func table(_ language: Language) -> [TextKey: String] {
    switch language {
    case .en: return english
    case .ru: return russian
    }
  }

  /// The text of `key`; a key missing from the table (a test forbids that) reads as its
  /// English text.
  public subscript(_ key: TextKey) -> String { table[key] ?? Self.english[key] ?? key.rawValue }

  /// The text of `key` with `{1}`, `{2}`… replaced by `arguments`.
  public func callAsFunction(_ key: TextKey, _ arguments: String...) -> String {
    Self.fill(self[key], arguments)
  }

  /// The plural form of `key` for `count`: "neurons", "нейрона".
  func plural(_ key: TextKey, _ count: Int) -> String {
    let forms = self[key].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    return forms[Swift.min(pluralIndex(count), forms.count - 1)]
  }

  /// Which plural form `count` takes: English one/other; Russian one (1, 21), few (2–4,
  /// 22) and many (5–20, 11–14).
  func pluralIndex(_ count: Int) -> Int {
    switch language {
    case .en: return count == 1 ? 0 : 1
    case .ru:
      let (ones, tens) = (abs(count) % 10, abs(count) % 100)
      if ones == 1 && tens != 11 { return 0 }
      if (2...4).contains(ones) && !(12...14).contains(tens) { return 1 }
      return 2
    }
  }

  /// The text of `key` as spans: its words in `style`, each `{n}` replaced by the spans
  /// `arguments[n - 1]` (a key hint, a value), wherever the language puts it.
  func spans(_ key: TextKey, _ style: Style, _ arguments: [Span]...) -> [Span] {
    var result = [Span]()
    for piece in Self.pieces(self[key]) {
      switch piece {
      case .text(let text): result.append(Span(text, style))
      case .argument(let n): result += arguments.dropFirst(n - 1).first ?? []
      }
    }
    return result
  }

  /// A phrase in this language.
  public func text(_ phrase: Phrase) -> String {
    switch phrase.content {
    case .verbatim(let text): return text
    case .joined(let phrases): return phrases.map(text).joined(separator: " ")
    case .key(let key, let arguments):
      return Self.fill(
        self[key],
        arguments.map { argument in
          switch argument {
          case .plain(let text): return text
          case .localized(let text): return text.text(in: language)
          case .key(let key): return self[key]
          }
        })
    }
  }

  private enum Piece: Equatable {
    case text(String)
    case argument(Int)
  }

  /// A template split into its words and its `{n}` placeholders.
  private static func pieces(_ template: String) -> [Piece] {
    var pieces = [Piece]()
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}"),
        let n = Int(rest[afterOpen..<close]), n >= 1
      else {
        pieces.append(.text(String(rest[...open])))
        rest = rest[afterOpen...]
        continue
      }
      if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
      pieces.append(.argument(n))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.text(String(rest))) }
    return pieces
  }

  /// The placeholders `{n}` of a template, in order (tests compare them across tables).
  static func placeholders(_ template: String) -> [Int] {
    pieces(template).compactMap { piece in
      if case .argument(let n) = piece { return n }
      return nil
    }
  }

  private static func fill(_ template: String, _ arguments: [String]) -> String {
    pieces(template).map { piece in
      switch piece {
      case .text(let text): return text
      case .argument(let n): return arguments.dropFirst(n - 1).first ?? ""
      }
    }.joined()
  }
}

extension LocalizedText {
  /// The text of `key` in every language, for a name the executable gives (a
  /// TensorFlow Playground link's).
  public init(_ key: TextKey) {
    self.init(en: Strings(.en)[key], ru: Strings(.ru)[key])
  }
}
