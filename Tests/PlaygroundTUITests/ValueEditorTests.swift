import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The one-line text field of the prompts, and the `=` editor that refuses what is not a
/// usable weight with a message while the prompt stays open.
@Suite struct ValueEditorTests {
  func typed(_ keys: [Key], into field: TextField) -> TextField {
    var field = field
    for key in keys { _ = field.handle(key) }
    return field
  }

  @Test func typingReplacesASelectedText() {
    let field = typed([.character("7")], into: TextField("0.123", selected: true))
    #expect(field.text == "7")
    #expect(!field.isSelected)
  }

  @Test func arrowsAndBackspaceEditTheOldValue() {
    var field = typed([.left, .character("9")], into: TextField("0.5", selected: true))
    #expect(field.text == "90.5")
    field = typed([.end, .backspace, .character("7")], into: field)
    #expect(field.text == "90.7")
    field = typed([.right], into: TextField("12", selected: true))
    #expect(field.cursor == 2 && !field.isSelected)
    field = typed([.home, .delete, .control("e"), .character("3")], into: field)
    #expect(field.text == "23")
    #expect(typed([.backspace], into: TextField("1.5", selected: true)).text == "")
    #expect(typed([.control("u")], into: TextField("1.5")).text == "")
  }

  @Test func controlCharactersAndTabAreNotTyped() {
    var field = TextField("a")
    let tookTab = field.handle(.tab)
    #expect(!tookTab)
    _ = field.handle(.character("\u{1b}"))
    #expect(field.text == "a")
  }

  func editorState() -> AppState {
    var s = Screens.paused()
    _ = s.apply(.input(.key(.tab)))
    _ = s.apply(.input(.key(.character("="))))
    return s
  }

  @Test(arguments: [
    ("abc", "Not a number: 'abc'"),
    ("1,5", "Not a number: '1,5'"),
    ("", "Type a number"),
    ("1e308", "Out of range: use -1000 to 1000"),
    ("nan", "Not a number: 'nan'"),
    ("-inf", "Not a number: '-inf'"),
  ])
  func theEditorRefusesWithAMessageAndStaysOpen(text: String, message: String) {
    var s = editorState()
    _ = s.apply(.input(.key(.control("u"))))
    for c in text { _ = s.apply(.input(.key(.character(c)))) }
    #expect(s.apply(.input(.key(.enter))).isEmpty)
    guard case .prompt(.editValue(_, let field, let error)) = s.overlay else {
      Issue.record("the prompt closed")
      return
    }
    #expect(field.text == text)
    #expect(error?.text(in: .en) == message)
    let status = Screens.render(s, 100, 30).lines[28]
    #expect(status.contains(message), "\(status)")
    // Editing the text takes the message away; a good value is sent.
    _ = s.apply(.input(.key(.control("u"))))
    for c in "-2.5" { _ = s.apply(.input(.key(.character(c)))) }
    let effects = s.apply(.input(.key(.enter))).map(\.unnumbered)
    #expect(effects == [.session(.setBias(layer: 0, neuron: 0, value: -2.5))])
    #expect(s.overlay == .none)
  }

  @Test func theEditorOpensWithTheOldValueSelected() {
    let s = editorState()
    guard case .prompt(.editValue(.neuron(1, 0), let field, nil)) = s.overlay else {
      Issue.record("no editor on the first neuron: \(s.overlay)")
      return
    }
    #expect(field.isSelected)
    #expect(field.text == Format.parameter(0.1))
  }
}
