import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// `name` and `description` by language (issue 12): a plain string stays valid, the form
/// `{"en": …, "ru": …}` needs `en`, and save writes what it read.
@Suite struct LocalizedTextTests {
  static func decode(_ json: String) throws(ScenarioError) -> Scenario {
    try Scenario.decode(from: Data(json.utf8), file: "x.json")
  }

  @Test func aPlainStringIsEnglishOnly() throws {
    let s = try Self.decode(#"{"version": 1, "name": "XOR", "description": "Needs a layer."}"#)
    #expect(s.name == LocalizedText(en: "XOR"))
    #expect(s.name?.text(in: .ru) == "XOR", "no Russian: the English text")
    #expect(s.description.text(in: .ru) == "Needs a layer.")
  }

  @Test func theLocalizedFormGivesEachLanguageItsText() throws {
    let s = try Self.decode(
      #"{"version": 1, "name": {"en": "XOR", "ru": "Исключающее ИЛИ"}, "description": {"en": "A."}}"#
    )
    #expect(s.name?.text(in: .en) == "XOR")
    #expect(s.name?.text(in: .ru) == "Исключающее ИЛИ")
    #expect(s.description == LocalizedText(en: "A."))
  }

  @Test(arguments: [
    (
      #"{"version": 1, "name": {"ru": "Круг"}}"#,
      "x.json: name: missing required key 'en'"
    ),
    (
      #"{"version": 1, "description": {"en": "A", "ukr": "B"}}"#,
      "x.json: description.ukr: unknown key; use one of 'en', 'ru'"
    ),
    (
      #"{"version": 1, "name": {"en": "A", "ru": 3}}"#,
      "x.json: name.ru: expected a string, found 3"
    ),
    (
      #"{"version": 1, "name": ["A"]}"#,
      #"x.json: name: expected a string or {"en": "...", "ru": "..."}, found an array"#
    ),
  ])
  func aBadLocalizedTextSaysWhatIsWrong(json: String, message: String) {
    let error = #expect(throws: ScenarioError.self) { try Self.decode(json) }
    #expect(error?.description == message)
  }

  @Test func saveWritesTheFormItReadAndReadsBackTheSame() throws {
    let s = Scenario(
      name: LocalizedText(en: "Circle \"one\"", ru: "Круг «один»"),
      description: LocalizedText(en: "A line.", ru: ""), seed: 1)
    let text = s.encodedJSON()
    #expect(
      text.contains(
        """
          "name": {
            "en": "Circle \\"one\\"",
            "ru": "Круг «один»"
          },
        """))
    let back = try Scenario.decode(from: Data(text.utf8), file: "saved.json")
    #expect(back == s)
    #expect(back.encodedJSON() == text)
    #expect(back.description.text(in: .ru) == "A line.", "an empty translation falls back")
  }

  @Test func aFileWithoutTranslationsIsSavedAsBefore() {
    let s = Scenario(name: "Plain", description: "Only English.", seed: 3)
    let text = s.encodedJSON()
    #expect(
      text.contains(#""name": "Plain","#) && text.contains(#""description": "Only English.","#))
  }

  /// Every shipped preset names its lesson in Russian too.
  @Test(arguments: RepositoryFiles.presetFileNames.filter { $0.hasSuffix(".json") })
  func everyPresetHasARussianNameAndLesson(file: String) throws {
    let url = RepositoryFiles.presets.appendingPathComponent(file)
    let s = try Scenario.decode(from: Data(contentsOf: url), file: file)
    let cyrillic = { (text: String?) in
      text?.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } ?? false
    }
    #expect(cyrillic(s.name?.ru), "\(file): no Russian name")
    #expect(cyrillic(s.description.ru), "\(file): no Russian description")
  }
}
