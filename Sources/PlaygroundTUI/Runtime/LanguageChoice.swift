import PlaygroundCore

/// The start-up decisions about language and locale: which language the screen speaks,
/// and whether a UTF-8 locale that is not installed can be stood in for.
///
/// Pure, so the rules are tested without an environment; the executable reads the
/// variables and passes them in.
public enum LanguageChoice {
  /// The environment variables the choice reads.
  public struct Environment: Equatable, Sendable {
    public var lcAll: String?
    public var lcMessages: String?
    public var lcCtype: String?
    public var lang: String?

    public init(
      lcAll: String? = nil, lcMessages: String? = nil, lcCtype: String? = nil, lang: String? = nil
    ) {
      self.lcAll = lcAll
      self.lcMessages = lcMessages
      self.lcCtype = lcCtype
      self.lang = lang
    }

    /// The locale in effect for `category` (POSIX: `LC_ALL`, then the category's
    /// variable, then `LANG`; an empty variable counts as unset).
    func locale(_ category: String?) -> String? {
      [lcAll, category, lang].compactMap { $0 }.first { !$0.isEmpty }
    }
  }

  /// The language without `--lang`: Russian when the messages locale is Russian (`ru`,
  /// `ru_RU.UTF-8`, `ru_UA`…), English for anything else, `C` and unset included.
  public static func language(from environment: Environment) -> Language {
    guard let locale = environment.locale(environment.lcMessages) else { return .en }
    let code = locale.prefix { $0.isLetter }
    return code == "ru" ? .ru : .en
  }

  /// The language the screen shows: the one asked for when the terminal can draw it,
  /// else English and a note that says why (Cyrillic needs a UTF-8 locale; without one
  /// the screen is ASCII, reference/terminal.md §1.4).
  public static func onScreen(_ requested: Language, unicode: Bool) -> (
    language: Language, note: Phrase?
  ) {
    if requested == .en || unicode { return (requested, nil) }
    return (.en, Phrase(.russianNeedsUTF8))
  }

  /// Whether the character-type locale the variables name is a UTF-8 one, such as
  /// `ru_RU.UTF-8` or `en_GB.utf8@euro`.
  ///
  /// When `setlocale` cannot load it (not installed here), `C.UTF-8` stands in for
  /// `LC_CTYPE`: drawing Cyrillic and block characters needs a UTF-8 codeset, not the
  /// language's locale.
  public static func namesUTF8(_ environment: Environment) -> Bool {
    guard let locale = environment.locale(environment.lcCtype),
      let dot = locale.firstIndex(of: ".")
    else { return false }
    let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
    return codeset.lowercased().filter { $0 != "-" } == "utf8"
  }
}
