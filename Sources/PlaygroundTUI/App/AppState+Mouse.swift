import PlaygroundCore

extension AppState {
  /// A click changes the control under it; a click on a neuron or feature shows its map
  /// in the big heatmap (again, or on the output, goes back to the output).
  mutating func handle(_ event: MouseEvent) -> [Effect] {
    guard event.kind == .press, overlay == .none else { return [] }
    guard let target = hitTargets().last(where: { $0.rect.contains(x: event.x, y: event.y) })
    else { return [] }
    switch target.action {
    case .intent(let intent): return perform(intent)
    case .showMap(let source):
      selection.map = selection.map == source ? .output : source
      return []
    case .setDataset(let kind): return send(.setDataset(kind))
    }
  }

  /// Every clickable region of the current screen (the views' own geometry), without the
  /// controls the lesson hides.
  func hitTargets() -> [HitTarget] {
    let layout = ScreenLayout(size: screen, presentation: presentation)
    guard !layout.isTooSmall else { return [] }
    let scenario = session.scenario
    let options = renderOptions
    let glyphs = Glyphs(options)
    var targets = TopBarView(
      scenario: scenario, epoch: session.epoch, isRunning: isRunning,
      isDiverged: session.isDiverged, speed: speed, presetName: presetName, glyphs: glyphs
    ).hitTargets(rect: layout.topBar)
    if !presentation {
      targets += DataPanelView(scenario: scenario, options: options).hitTargets(rect: layout.data)
    }
    let geometry = NetworkGeometry(rect: layout.network, hiddenLayers: scenario.hiddenLayers)
    targets += NetworkView(
      network: session.network, scenario: scenario, geometry: geometry, thumbnails: [],
      featureThumbnails: [], selection: selection, options: options
    ).hitTargets()
    targets += OutputView(
      session: session, layout: layout, map: PixelMap(empty: 0, 0), mapTitle: nil,
      options: options
    ).hitTargets()
    // A control the lesson hides is not drawn, so a click there does nothing.
    let view = scenario.view
    return targets.filter { target in target.action.control.map { !view.hides($0) } ?? true }
  }
}
