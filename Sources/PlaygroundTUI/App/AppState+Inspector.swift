import PlaygroundCore

extension AppState {
  /// `i`: opens the inspector on the point picked last (training pauses, the weights
  /// stay), or closes it.
  mutating func openInspector() -> [Effect] {
    guard inspector == nil else {
      inspector = nil
      return []
    }
    guard !snapshot.data.train.isEmpty else { return [] }
    var opened = Inspector()
    opened.phase = .forward(layer: 1)
    inspector = opened
    selection.focus = .neuron(layer: 1, index: 0)
    clampSelection()
    return isRunning ? [setRunning(false)] : []
  }

  /// The inspector's own keys; nil for a key it leaves to the key map (Space, Tab, `?`,
  /// the settings…).
  mutating func handleInspector(_ key: Key) -> [Effect]? {
    guard var inspector else { return nil }
    let points = snapshot.data.train
    let layers = snapshot.network.transitionCount
    switch key {
    case .escape, .character("i"):
      self.inspector = nil
      return []
    case .left, .right, .up, .down:
      let (dx, dy): (Double, Double) =
        switch key {
        case .left: (-1, 0)
        case .right: (1, 0)
        case .up: (0, 1)
        default: (0, -1)
        }
      if let next = PointCursor.step(from: inspector.cursor, dx: dx, dy: dy, in: points) {
        inspector.cursor = next
      }
    case .enter:
      inspector.point = inspector.cursor
      inspector.phase = .forward(layer: 1)
      selection.focus = .neuron(layer: 1, index: 0)
    case .pageUp, .pageDown:
      guard !points.isEmpty else { return [] }
      let delta = key == .pageDown ? 1 : -1
      inspector.point = (inspector.point + delta + points.count) % points.count
      inspector.cursor = inspector.point
    case .character("n"), .character("N"):
      inspector.phase =
        key == .character("n")
        ? inspector.phase.next(layers: layers) : inspector.phase.previous(layers: layers)
      selection.focus = .neuron(layer: inspector.phase.layer(layers: layers), index: 0)
    case .character("g"):
      inspector.gradientLinks.toggle()
    default:
      return nil
    }
    self.inspector = inspector
    return []
  }
}
