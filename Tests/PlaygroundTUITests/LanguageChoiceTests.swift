import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Which language the screen speaks without `--lang`, and the locale it needs.
@Suite struct LanguageChoiceTests {
  typealias Environment = LanguageChoice.Environment

  @Test(arguments: [
    (Environment(lang: "ru_RU.UTF-8"), Language.ru),
    (Environment(lang: "ru_UA.utf8"), .ru),
    (Environment(lang: "ru"), .ru),
    (Environment(lang: "en_US.UTF-8"), .en),
    (Environment(lang: "C.UTF-8"), .en),
    (Environment(lang: "rus"), .en),
    (Environment(), .en),
    // LC_ALL wins over everything, LC_MESSAGES over LANG; empty counts as unset.
    (Environment(lcAll: "C", lcMessages: "ru_RU.UTF-8", lang: "ru_RU.UTF-8"), .en),
    (Environment(lcAll: "ru_RU.UTF-8", lang: "en_US.UTF-8"), .ru),
    (Environment(lcMessages: "ru_RU.UTF-8", lang: "C.UTF-8"), .ru),
    (Environment(lcMessages: "en_GB.UTF-8", lang: "ru_RU.UTF-8"), .en),
    (Environment(lcAll: "", lcMessages: "", lang: "ru_RU.UTF-8"), .ru),
    // LC_CTYPE says how characters are encoded, not which language to speak.
    (Environment(lcCtype: "ru_RU.UTF-8", lang: "C.UTF-8"), .en),
  ])
  func theMessagesLocaleChoosesTheLanguage(environment: Environment, language: Language) {
    #expect(LanguageChoice.language(from: environment) == language)
  }

  @Test(arguments: [
    (Environment(lang: "ru_RU.UTF-8"), true),
    (Environment(lang: "ru_RU.utf8"), true),
    (Environment(lang: "de_DE.UTF-8@euro"), true),
    (Environment(lang: "ru_RU.KOI8-R"), false),
    (Environment(lang: "ru_RU"), false),
    (Environment(lang: "C"), false),
    (Environment(), false),
    (Environment(lcCtype: "C.UTF-8", lang: "C"), true),
    (Environment(lcAll: "POSIX", lcCtype: "C.UTF-8"), false),
  ])
  func aUTF8LocaleIsRecognisedByItsCodeset(environment: Environment, utf8: Bool) {
    #expect(LanguageChoice.namesUTF8(environment) == utf8)
  }

  @Test func withoutUTF8RussianFallsBackToEnglishAndSaysWhy() {
    let russian = LanguageChoice.onScreen(.ru, unicode: true)
    #expect(russian.language == .ru && russian.note == nil)
    let english = LanguageChoice.onScreen(.en, unicode: false)
    #expect(english.language == .en && english.note == nil)
    let (language, note) = LanguageChoice.onScreen(.ru, unicode: false)
    #expect(language == .en)
    #expect(note?.text(in: .en).contains("UTF-8") == true)
  }

  /// Even if a caller draws Russian without Unicode, the frame is English and ASCII.
  @Test func anASCIIScreenIsEnglish() {
    let options = RenderOptions(unicode: false, language: .ru)
    let screen = Screens.render(Screens.paused(), 80, 24, options).lines.joined()
    #expect(screen.allSatisfy { $0.isASCII })
    #expect(screen.contains("DATA"))
  }
}
