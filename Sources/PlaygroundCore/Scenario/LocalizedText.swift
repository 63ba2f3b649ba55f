/// A text a person reads, such as a scenario's name or lesson, in English and optionally
/// in Russian.
///
/// A scenario file writes it as a plain string (English only) or by language,
/// `{"en": "...", "ru": "..."}` with `en` required; ``encodedJSON`` writes the plain form
/// when there is no Russian, so files without translations stay as they were.
public struct LocalizedText: Equatable, Hashable, Sendable, ExpressibleByStringLiteral {
  /// The English text, which every localized text has.
  public var en: String
  /// The Russian text, if the file gives one.
  public var ru: String?

  public init(en: String, ru: String? = nil) {
    self.en = en
    self.ru = ru
  }

  public init(stringLiteral value: String) { self.init(en: value) }

  /// The text in `language`, or the English one when there is none in it.
  public func text(in language: Language) -> String {
    switch language {
    case .en: return en
    case .ru: return ru.flatMap { $0.isEmpty ? nil : $0 } ?? en
    }
  }

  /// Whether there is no text in any language.
  public var isEmpty: Bool { en.isEmpty && (ru ?? "").isEmpty }

  /// The JSON form as a value of the file's root object: a string without a translation,
  /// else `{"en": …, "ru": …}` with one language per line.
  var encodedJSON: String {
    guard let ru else { return JSONText.string(en) }
    return "{\n    \"en\": \(JSONText.string(en)),\n    \"ru\": \(JSONText.string(ru))\n  }"
  }
}
