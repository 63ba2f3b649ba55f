import Foundation
import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The string tables: one per language, the same keys in each, the same `{n}` in each
/// text, and Russian that keeps only the lecture's English terms.
@Suite struct StringTableTests {
  static let tables: [(Language, [TextKey: String])] = Language.allCases.map {
    ($0, Strings.table($0))
  }

  @Test(arguments: Language.allCases)
  func everyKeyHasATextInEveryLanguage(language: Language) {
    let table = Strings.table(language)
    let missing = TextKey.allCases.filter { table[$0] == nil }.map(\.rawValue)
    #expect(missing.isEmpty, "\(language) has no text for \(missing)")
    let empty = table.filter { $0.value.isEmpty }.map(\.key.rawValue)
    #expect(empty.isEmpty, "\(language) has empty texts for \(empty)")
  }

  @Test(arguments: Language.allCases)
  func everyTextHasTheEnglishPlaceholders(language: Language) {
    for key in TextKey.allCases {
      let english = Set(Strings.placeholders(Strings.english[key] ?? ""))
      let other = Set(Strings.placeholders(Strings.table(language)[key] ?? ""))
      #expect(other == english, "\(language) \(key): \(other) instead of \(english)")
    }
  }

  @Test func pluralsHaveEachLanguagesForms() {
    for key in TextKey.plurals {
      #expect(Strings.english[key]?.split(separator: "|").count == 2, "en \(key)")
      #expect(Strings.russian[key]?.split(separator: "|").count == 3, "ru \(key)")
    }
    for key in Set(TextKey.allCases).subtracting(TextKey.plurals) {
      #expect(Strings.english[key]?.contains("|") == false, "\(key) is not in `plurals`")
    }
  }

  /// The lecture keeps these in English (issue 12), and names, keys and units are the
  /// same in both languages; any other Latin word in the Russian table is untranslated.
  static let englishInRussian = [
    "learning rate", "LR", "mini-batch", "batch", "backprop", "train", "test", "loss", "ReLU",
    "tanh", "sigmoid", "TensorFlow Playground", "UTF-8", "LANG=C", "--lang ru", "seed", "XOR",
    "log", "Tab", "Esc", "Enter", "S-Tab", "Ctrl-C", "L1", "L2", "x1", "x2", "OSC 52", "SGD", "GD",
    "playground-tui export-url",
  ]

  /// A text with the allowed English words taken out.
  static func withoutAllowedEnglish(_ text: String) -> String {
    var rest = text
    for word in englishInRussian.sorted(by: { $0.count > $1.count }) {
      rest = rest.replacingOccurrences(of: word, with: " ", options: .caseInsensitive)
    }
    return rest
  }

  @Test func russianLeavesInEnglishOnlyTheLecturesTerms() {
    for key in TextKey.allCases {
      guard let text = Strings.russian[key] else { continue }
      let latin = Self.withoutAllowedEnglish(text).split { !$0.isLetter }
        .filter { word in word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
        }
        // One letter is a key: "L", "r", "q".
        .filter { $0.count > 1 }
      #expect(latin.isEmpty, "ru \(key): \(text)")
    }
  }

  @Test func argumentsGoWhereTheLanguagePutsThem() {
    let en = Strings(.en).spans(.helpCloses, Styles.dim, [Span.key("Esc")], [Span.key("?")])
    let ru = Strings(.ru).spans(.helpCloses, Styles.dim, [Span.key("Esc")], [Span.key("?")])
    #expect(en.map(\.text).joined() == "(Esc or ? closes)")
    #expect(ru.map(\.text).joined() == "(Esc или ? — закрыть)")
    #expect(ru.filter { $0.style == Styles.key }.map(\.text) == ["Esc", "?"])
    #expect(Strings(.ru)(.outOfRange, "-10", "10") == "Вне диапазона: допустимо от -10 до 10")
  }

  @Test func aPhraseIsDrawnInTheScreensLanguage() {
    let loaded = Phrase(.loaded, .localized(LocalizedText(en: "Moons", ru: "Полумесяцы")))
    #expect(loaded.text(in: .en) == "Loaded Moons")
    #expect(loaded.text(in: .ru) == "Загружено: Полумесяцы")
    let hidden = Phrase(.hiddenInLesson, .key(.learningRate))
    #expect(hidden.text(in: .ru) == "Learning rate: скрыто в этом уроке")
    let joined = Phrase.joined([.verbatim("a.json: bad"), Phrase(.notSaved)])
    #expect(joined.text(in: .ru) == "a.json: bad Не сохранено")
  }

  @Test func russianPluralsFollowTheNumber() {
    let strings = Strings(.ru)
    // A plural key of the tables is not needed to check the rule: any `a|b|c` text is.
    let forms = [
      "1": 0, "2": 1, "4": 1, "5": 2, "11": 2, "12": 2, "14": 2, "21": 0, "22": 1, "111": 2,
    ]
    for (count, form) in forms {
      #expect(strings.pluralIndex(Int(count) ?? 0) == form, "\(count)")
    }
    #expect(Strings(.en).pluralIndex(1) == 0 && Strings(.en).pluralIndex(2) == 1)
  }
}
