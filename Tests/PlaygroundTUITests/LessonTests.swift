import Foundation
import PlaygroundCore
import TestSupport
import Testing

@testable import PlaygroundTUI

/// Walking the lecture from the keyboard (issue 12): `]` and `[` load the next and the
/// previous lesson in the lecture's order, the top bar shows where the class is
/// (`3/21`), and the picker shows each preset's place, command-line name and whole
/// description.
@Suite struct LessonTests {
  static let order = ["default", "xor-linear", "xor-hidden-layer"]

  static func state(current: String?) -> AppState {
    AppState(
      snapshot: Session(scenario: .default, seed: 1).snapshot, presetName: nil,
      lessons: Lessons(order: order, current: current))
  }

  static func press(_ c: Character, _ state: inout AppState) -> [Effect] {
    state.apply(.input(.key(.character(c))))
  }

  static func load(_ id: String, into state: inout AppState) {
    _ = state.apply(
      .presetLoaded(.success(LoadedPreset(id: id, scenario: .default, seed: 1))))
  }

  @Test func bracketsWalkTheLectureInOrder() {
    var s = Self.state(current: "default")
    #expect(Self.press("]", &s) == [.loadPreset("xor-linear")])
    Self.load("xor-linear", into: &s)
    #expect(s.lessons.position == 2)
    #expect(Self.press("]", &s) == [.loadPreset("xor-hidden-layer")])
    Self.load("xor-hidden-layer", into: &s)
    // At the end: nothing to load, and a note says why.
    #expect(Self.press("]", &s).isEmpty)
    #expect(s.message?.text.text(in: .en).contains("last lesson") == true)
    #expect(Self.press("[", &s) == [.loadPreset("xor-linear")])
  }

  @Test func withoutALessonForwardStartsAtTheFirstAndBackAtTheLast() {
    var s = Self.state(current: nil)
    #expect(Self.press("]", &s) == [.loadPreset("default")])
    #expect(Self.press("[", &s) == [.loadPreset("xor-hidden-layer")])
    var first = Self.state(current: "default")
    #expect(Self.press("[", &first).isEmpty)
    #expect(first.message?.text.text(in: .en).contains("first lesson") == true)
    var none = AppState(snapshot: Session(scenario: .default, seed: 1).snapshot, presetName: nil)
    #expect(Self.press("]", &none).isEmpty)
  }

  /// The picker's list is read in the same order, later: it replaces the start-up one.
  @Test func theCompleteListIsTheNewOrder() {
    var s = Self.state(current: "xor-linear")
    let list = ["xor-linear", "moons"].map {
      PresetSummary(id: $0, name: LocalizedText(en: $0), description: "")
    }
    _ = s.apply(.presetsListed(list, isComplete: false))
    #expect(s.lessons.order == Self.order)
    _ = s.apply(.presetsListed(list, isComplete: true))
    #expect(s.lessons.order == ["xor-linear", "moons"])
    #expect(Self.press("]", &s) == [.loadPreset("moons")])
  }

  /// `[] 3/21`: at 80 columns (the tightest top bar) with a long epoch counter, and with
  /// its label at 160; every other item still there.
  @Test(arguments: [(80, 24), (120, 40), (160, 48)]) func theTopBarShowsThePlace(
    width: Int, height: Int
  ) {
    let order = (1...21).map { "lesson-\($0)" }
    var session = Session(scenario: .default, seed: 1)
    for _ in 0..<3 { session.step() }
    let state = AppState(
      snapshot: session.snapshot, presetName: nil,
      lessons: Lessons(order: order, current: "lesson-3"))
    for epoch in [3, 12_345] {
      var buffer = CellBuffer(width: width, height: 1)
      TopBarView(
        scenario: state.settings, epoch: epoch, isRunning: false, isDiverged: false,
        speed: .default, presetName: nil, glyphs: Glyphs(RenderOptions()), strings: Strings(.en),
        lessons: state.lessons
      ).render(into: &buffer, rect: Rect(x: 0, y: 0, width: width, height: 1))
      let line = buffer.lines[0]
      #expect(line.contains("[] ") && line.contains(" 3/21"), "\(line)")
      if width >= 160 { #expect(line.contains("[] Lesson 3/21"), "\(line)") }
      for key in ["Epoch", " l ", " aA ", " e ", " x ", " m ", " <> "] {
        #expect(line.contains(key), "\(key) missing: \(line)")
      }
    }
    #expect(Screens.render(state, width, height).lines[0].contains(" 3/21"))
  }

  @Test func theLessonItemLoadsTheNextWhenClicked() {
    var s = Self.state(current: "default")
    #expect(s.apply(.clicked(.intent(.lesson(by: 1)))) == [.loadPreset("xor-linear")])
  }

  /// The shipped presets as the picker gets them, in file-name order (the order does
  /// not matter here).
  static func shippedPresets() throws -> [PresetSummary] {
    try RepositoryFiles.presetFileNames.map { file in
      let scenario = try Scenario.decode(
        from: Data(contentsOf: RepositoryFiles.presets.appendingPathComponent(file)), file: file)
      let id = String(file.dropLast(5))
      return PresetSummary(
        id: id, name: scenario.name ?? LocalizedText(en: id), description: scenario.description)
    }
  }

  /// The picker's text with its frame and the run of spaces between words taken out, so a
  /// wrapped description reads as one line.
  static func pickerText(_ buffer: CellBuffer) -> String {
    buffer.lines.map { line in
      line.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first.map(
        String.init)
        ?? ""
    }
    .joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  /// Every shipped preset's whole description is on screen when it is selected, at the
  /// smallest size and in both languages (Russian is longer), and every row shows the
  /// command-line name beside the title.
  @Test(arguments: [80, 160], Language.allCases) func thePickerShowsEveryWholeDescription(
    width: Int, language: Language
  ) throws {
    let height = width == 80 ? 24 : 48
    let presets = try Self.shippedPresets()
    #expect(presets.count >= 21)
    for (index, preset) in presets.enumerated() {
      var state = Screens.paused()
      state.overlay = .presets(PresetPicker(presets: presets, isComplete: true, cursor: index))
      let buffer = Screens.render(state, width, height, RenderOptions(language: language))
      let text = Self.pickerText(buffer)
      let description = preset.description.text(in: language)
      #expect(text.contains(description), "\(preset.id) at \(width)×\(height): \(text)")
      let name = preset.name.text(in: language)
      let row = buffer.lines.first { $0.contains(name) }
      #expect(row?.contains(preset.id) == true, "\(preset.id): \(row ?? "no row")")
    }
  }

  /// A description longer than the screen keeps three rows of list and ends in "…".
  @Test func anOverlongDescriptionLeavesTheListRoom() {
    let long = String(repeating: "word ", count: 400)
    let presets = (1...10).map {
      PresetSummary(
        id: "p\($0)", name: LocalizedText(en: "P \($0)"), description: LocalizedText(en: long))
    }
    var state = Screens.paused()
    state.overlay = .presets(PresetPicker(presets: presets, isComplete: true, cursor: 4))
    let lines = Screens.render(state, 80, 24).lines
    #expect(lines.filter { $0.contains(" P ") }.count >= 3)
    #expect(lines.contains { $0.contains("…") })
  }

  @Test func wrappingBreaksAtSpacesAndCutsLongWords() {
    #expect("one two three".wrapped(width: 7) == ["one two", "three"])
    #expect("abcdefghij".wrapped(width: 4) == ["abcd", "efgh", "ij"])
    #expect("".wrapped(width: 5) == [""])
  }
}
