import PlaygroundCore

extension AppState {
  /// A click changes the control under it; a click on a neuron or feature shows its map
  /// in the big heatmap (again, or on the output, goes back to the output).
  ///
  /// Clicks do nothing while an overlay or prompt is open.
  mutating func handle(_ click: ClickAction) -> [Effect] {
    if case .editPoints(let editor) = overlay, case .placePoint(let x, let y) = click {
      return clickInEditor(editor, x: x, y: y)
    }
    guard overlay == .none else { return [] }
    switch click {
    case .intent(let intent): return perform(intent)
    case .showMap(let source):
      selection.map = selection.map == source ? .output : source
      return []
    case .setDataset(let kind): return send(.setDataset(kind))
    case .pickPoint(let x, let y):
      guard var inspector,
        let index = PointCursor.nearest(x: x, y: y, in: snapshot.data.train)
      else { return [] }
      inspector.point = index
      inspector.cursor = index
      inspector.phase = .forward(layer: 1)
      self.inspector = inspector
      selection.focus = .neuron(layer: 1, index: 0)
      return []
    case .placePoint: return []
    }
  }
}
