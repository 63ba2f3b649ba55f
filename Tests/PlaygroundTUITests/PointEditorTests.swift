import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// Edit mode (`o`, issue 15): points added and removed by hand, handed to the worker.
@Suite struct PointEditorTests {
  func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.apply(.input(.key(key))).map(\.unnumbered)
  }

  func press(_ keys: String, _ state: inout AppState) -> [Effect] {
    keys.flatMap { press(.character($0), &state) }
  }

  @Test func oPausesAndEnterSendsTheNewPointsAndRunsAgain() throws {
    var s = Screens.paused()
    var worker = TestWorker(s)
    _ = s.apply(.sessionUpdated(worker.run(s.apply(.input(.key(.character(" ")))))))
    #expect(s.isRunning)
    #expect(press("o", &s) == [.setRunning(false)])
    let before = s.snapshot.data
    #expect(s.editor?.points == before)
    _ = press(.up, &s)
    _ = press(.right, &s)
    _ = press(.right, &s)
    _ = press("- ", &s)
    let editor = try #require(s.editor)
    #expect(editor.points.train.last == DataPoint(x: 1, y: 0.5, label: -1))
    let effects = s.apply(.input(.key(.enter)))
    var expected = before
    expected.train.append(DataPoint(x: 1, y: 0.5, label: -1))
    #expect(effects.map(\.unnumbered) == [.session(.setPoints(expected)), .setRunning(true)])
    _ = s.apply(.sessionUpdated(worker.run(effects)))
    #expect(s.overlay == .none)
    #expect(s.snapshot.data == expected && s.snapshot.scenario.data == expected)
  }

  @Test func escDropsTheEditsAndXRemovesTheNearestPoint() throws {
    var s = Screens.paused()
    _ = press("o", &s)
    let first = try #require(s.snapshot.data.train.first)
    _ = s.apply(.clicked(.placePoint(x: first.x, y: first.y)))
    let count = s.editor?.points.train.count ?? 0
    #expect(count == s.snapshot.data.train.count + 1)
    _ = press("x", &s)
    _ = press("x", &s)
    #expect(s.editor?.points.train.count == count - 2)
    #expect(press(.escape, &s) == [])
    #expect(s.overlay == .none)
  }

  @Test func removingFarFromEveryPointSaysSo() {
    var points = DataSplit(train: [DataPoint(x: 5, y: 5, label: 1)], test: [])
    var editor = PointEditor(points: points, classes: 2, wasRunning: false)
    let far = editor.removeNearest()
    #expect(!far)
    editor.place(x: 4.6, y: 4.7)
    // The last training point stays: training needs one.
    let last = editor.removeNearest()
    #expect(!last)
    points.train.append(DataPoint(x: -5, y: -5, label: -1))
    editor = PointEditor(points: points, classes: 2, wasRunning: false)
    editor.place(x: 4.6, y: 4.7)
    let removed = editor.removeNearest()
    #expect(removed && editor.points.train == [DataPoint(x: -5, y: -5, label: -1)])
  }

  @Test func digitsChooseOneOfKClasses() {
    var s = Screens.classes(4, .gauss, epochs: 1)
    _ = press("o", &s)
    #expect(s.editor?.label == 0)
    _ = press("3 ", &s)
    #expect(s.editor?.label == 3)
    _ = press("5", &s)  // no class 5 of 4: nothing changes
    #expect(s.editor?.label == 3 && s.editor?.points.train.last?.label == 3)
  }

  @Test func aClickOnTheHeatmapAddsAPointWhereItLands() throws {
    var s = Screens.paused()
    _ = press("o", &s)
    let layout = ScreenLayout(size: Size(width: 80, height: 24), presentation: false)
    let area = layout.heatmap
    _ = s.click(x: area.x, y: area.y, size: Size(width: 80, height: 24))
    let added = try #require(s.editor?.points.train.last)
    #expect(added.x == -6 && added.y == 6)
    _ = s.click(
      x: area.x + area.width - 1, y: area.y + area.height - 1, size: Size(width: 80, height: 24))
    let corner = try #require(s.editor?.points.train.last)
    #expect(corner.x == 6 && corner.y == -6)
  }

  @Test func sHandsThePointsOverAndOpensTheSavePrompt() {
    var s = Screens.paused()
    _ = press("o", &s)
    let effects = press(" S", &s)
    #expect(effects.count == 1)
    if case .prompt(.saveFile) = s.overlay {} else { Issue.record("no save prompt: \(s.overlay)") }
  }

  @Test func aLessonThatFixesTheDatasetFixesThePointsToo() {
    var scenario = Scenario.default
    scenario.view.hidden = [.dataset]
    var s = AppState(session: Session(scenario: scenario, seed: 1), presetName: nil)
    #expect(press("o", &s) == [])
    #expect(s.overlay == .none)
  }

  @Test func theScreenShowsTheModeItsCursorAndCounts() {
    var s = Screens.paused()
    _ = press("o", &s)
    let buffer = Screens.render(s, 80, 24)
    #expect(buffer.lines[22].hasPrefix("EDIT POINTS"))
    #expect(buffer.lines[23].hasPrefix("x 0.000  y 0.000  250 train, 250 test"))
    #expect(buffer.cells.contains { $0.character == "✚" })
    var ru = s
    _ = press(.right, &ru)
    let russian = Screens.render(ru, 80, 24, RenderOptions(language: .ru))
    #expect(russian.lines[22].hasPrefix("ПРАВКА ТОЧЕК"))
    Snapshot.check(buffer, named: "edit-points-80x24")
  }

  /// With k classes the dataset keys step through the generators that make k classes.
  @Test func theDatasetKeyKeepsKClasses() {
    var s = Screens.classes(3, .gauss, epochs: 1)
    #expect(press("d", &s) == [.session(.setDataset(.spiral))])
    #expect(press("d", &s) == [.session(.setDataset(.pinwheel))])
    #expect(press("d", &s) == [.session(.setDataset(.gauss))])
    _ = press("m", &s)
    #expect(s.settings.problem == .regression && s.settings.classes == 2)
  }
}
