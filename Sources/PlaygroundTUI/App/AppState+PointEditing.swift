import PlaygroundCore

/// Edit mode (`o`): points added and removed by hand on the big heatmap.
///
/// Opening it pauses training and copies the points on screen; arrows move the cursor,
/// a digit (or `+`/`-` with two classes) picks the label, Space adds a point, `x` or
/// Delete removes the nearest one, a click adds one where it lands. Enter (or `o`) hands
/// the points to the worker as a command and restores training; Esc drops the edits;
/// `S` hands them over and opens the save prompt, so the file holds them.
extension AppState {
  mutating func openEditor() -> [Effect] {
    guard !snapshot.isDiverged else {
      fail(Phrase(.divergedPressReset))
      return []
    }
    let classes = snapshot.scenario.problem == .classification ? snapshot.scenario.classes : 2
    overlay = .editPoints(
      PointEditor(points: snapshot.data, classes: classes, wasRunning: isRunning))
    return isRunning ? [setRunning(false)] : []
  }

  mutating func handleEditor(_ key: Key, _ editor: PointEditor) -> [Effect] {
    var editor = editor
    switch key {
    case .left: editor.move(dx: -1, dy: 0)
    case .right: editor.move(dx: 1, dy: 0)
    case .up: editor.move(dx: 0, dy: 1)
    case .down: editor.move(dx: 0, dy: -1)
    case .character(" "):
      if !editor.add() { fail(Phrase(.pointsFull)) }
    case .character("x"), .delete, .backspace:
      if !editor.removeNearest() { note(Phrase(.noPointNear)) }
    case .enter, .character("o"): return closeEditor(editor, keep: true)
    case .escape: return closeEditor(editor, keep: false)
    case .character("S"):
      let effects = closeEditor(editor, keep: true)
      overlay = .prompt(
        .saveFile(TextField("scenario.json", selected: true), includeWeights: false))
      return effects
    case .character("q"): return [.quit]
    case .character(let c):
      if !editor.choose(c) { return [] }
    default: return []
    }
    overlay = .editPoints(editor)
    return []
  }

  mutating func clickInEditor(_ editor: PointEditor, x: Double, y: Double) -> [Effect] {
    var editor = editor
    editor.place(x: x, y: y)
    if !editor.add() { fail(Phrase(.pointsFull)) }
    overlay = .editPoints(editor)
    return []
  }

  /// Leaves edit mode: the edited points go to the worker (`keep`), and training runs
  /// again if it ran before.
  private mutating func closeEditor(_ editor: PointEditor, keep: Bool) -> [Effect] {
    overlay = .none
    var effects: [Effect] = []
    if keep && editor.changed { effects += send(.setPoints(editor.points)) }
    if editor.wasRunning { effects.append(setRunning(true)) }
    return effects
  }
}
