extension ScenarioReader {
  /// A localized text: a string (English), or an object of strings by language with
  /// `en` present; unknown languages are recorded like any unknown key.
  mutating func localizedText(_ value: JSONValue, at path: String) -> LocalizedText? {
    switch value {
    case .string(let text): return LocalizedText(en: text)
    case .object:
      let languages = Language.allCases.map(\.rawValue)
      guard let members = object(value, at: path, known: languages) else { return nil }
      let ru = members["ru"].flatMap { string($0, at: Self.child(path, "ru")) }
      guard let english = members["en"] else {
        record(.missingKey(file: file, path: path, key: "en"))
        return nil
      }
      return string(english, at: Self.child(path, "en")).map { LocalizedText(en: $0, ru: ru) }
    default:
      mismatch(path, expected: #"a string or {"en": "...", "ru": "..."}"#, value)
      return nil
    }
  }
}
