import PlaygroundCore

/// Draws the whole screen for a state. Keeps the sampled neuron grids between frames and
/// samples again only when the network, the active features or the layout sizes change:
/// one `sampleGrid` per change at the big heatmap's pixel size, or for heatmaps over
/// 48×48 pixels at half that size, interpolated (a 6×8 network then still draws in a few
/// milliseconds), and every neuron's thumbnail block-averaged from it (as the original
/// reduces its 100×100 maps).
public struct FrameRenderer: Sendable {
  private var grids: GridCache?
  private var features: FeatureCache?

  public init() {}

  /// The screen of `state` at `size` for a terminal that can show `options`.
  ///
  /// Without Unicode (`options.unicode == false`) every cell of the result is ASCII: the
  /// views draw ASCII glyphs, and a last pass replaces what user text (a preset's name, a
  /// typed file name) brings in.
  public mutating func render(_ state: AppState, size: Size, options: RenderOptions) -> CellBuffer {
    var buffer = draw(state, size: size, options: options)
    if !options.unicode { buffer.mapCharacters(Glyphs.asciiCell) }
    return buffer
  }

  /// The frame before the ASCII pass (tests check that the views' own glyphs need none).
  mutating func draw(_ state: AppState, size: Size, options: RenderOptions) -> CellBuffer {
    var buffer = CellBuffer(width: size.width, height: size.height)
    let glyphs = Glyphs(options)
    let layout = ScreenLayout(size: size, presentation: state.presentation)
    guard !layout.isTooSmall else {
      TooSmallView(size: size, glyphs: glyphs).render(into: &buffer)
      return buffer
    }
    let session = state.session
    let scenario = session.scenario
    let geometry = NetworkGeometry(rect: layout.network, hiddenLayers: scenario.hiddenLayers)
    let thumbSize = (geometry.thumbWidth, geometry.thumbHeight * 2)
    let heatSize = (layout.heatmap.width, layout.heatmap.height * 2)
    let cache = grids(for: session, heat: heatSize, thumb: thumbSize)
    let featureMaps = featureThumbnails(width: thumbSize.0, height: thumbSize.1)

    TopBarView(
      scenario: scenario, epoch: session.epoch, isRunning: state.isRunning,
      isDiverged: session.isDiverged, speed: state.speed, presetName: state.presetName,
      glyphs: glyphs
    ).render(into: &buffer, rect: layout.topBar)
    if !state.presentation {
      DataPanelView(scenario: scenario, options: options, seed: state.session.dataSeed)
        .render(into: &buffer, rect: layout.data)
    }
    NetworkView(
      network: session.network, scenario: scenario, geometry: geometry,
      thumbnails: cache.thumbnails, featureThumbnails: featureMaps, selection: state.selection,
      options: options
    ).render(into: &buffer)
    let (map, title) = bigMap(state.selection.map, session: session, cache: cache, size: heatSize)
    OutputView(
      session: session, layout: layout,
      map: scenario.view.discretize ? map.discretized : map, mapTitle: title, options: options
    ).render(into: &buffer)
    StatusLineView(
      overlay: state.overlay, message: state.message, focus: state.selection.focus,
      network: session.network, features: scenario.features, isDiverged: session.isDiverged,
      view: scenario.view, glyphs: glyphs
    ).render(into: &buffer, rect: layout.message)
    KeyLegendView(
      isRunning: state.isRunning, presentation: state.presentation, view: scenario.view,
      glyphs: glyphs
    ).render(into: &buffer, rect: layout.legend)
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    switch state.overlay {
    case .help:
      HelpOverlayView(glyphs: glyphs, view: scenario.view, seed: state.session.dataSeed)
        .render(into: &buffer, area: body)
    case .presets(let picker):
      PresetPickerView(picker: picker, glyphs: glyphs).render(into: &buffer, area: body)
    case .none, .prompt: break
    }
    return buffer
  }

  /// The map the big heatmap shows, and its title when it is not the output.
  private func bigMap(
    _ source: MapSource, session: Session, cache: GridCache, size: (Int, Int)
  ) -> (PixelMap, String?) {
    switch source {
    case .output: return (cache.output, nil)
    case .feature(let feature):
      return (PixelMap(feature: feature, width: size.0, height: size.1), feature.title)
    case .neuron(let layer, let index):
      let network = session.network
      guard layer < network.layerSizes.count - 1, index < network.layerSizes[layer] else {
        return (cache.output, nil)
      }
      let map = PixelMap(grid: cache.grid, neuron: network.neuronOffsets[layer] + index)
      return (map.interpolated(width: size.0, height: size.1), "H\(layer).\(index + 1)")
    }
  }

  private mutating func grids(for session: Session, heat: (Int, Int), thumb: (Int, Int)) -> GridCache {
    let key = GridKey(
      network: session.network,
      features: session.scenario.features, heatWidth: heat.0, heatHeight: heat.1,
      thumbWidth: thumb.0, thumbHeight: thumb.1)
    if let grids, grids.key == key { return grids }
    let halve = heat.0 * heat.1 > 48 * 48
    let grid = session.network.sampleGrid(
      features: session.scenario.features, width: halve ? (heat.0 + 1) / 2 : heat.0,
      height: halve ? (heat.1 + 1) / 2 : heat.1)
    let thumbnails = (0..<grid.neuronCount).map {
      PixelMap(grid: grid, neuron: $0).resampled(width: thumb.0, height: thumb.1)
    }
    let made = GridCache(
      key: key, grid: grid,
      output: PixelMap(grid: grid, neuron: grid.neuronCount - 1)
        .interpolated(width: heat.0, height: heat.1),
      thumbnails: thumbnails)
    grids = made
    return made
  }

  private mutating func featureThumbnails(width: Int, height: Int) -> [PixelMap] {
    if let features, features.width == width, features.height == height { return features.maps }
    let maps = Feature.allCases.map { PixelMap(feature: $0, width: width, height: height) }
    features = FeatureCache(width: width, height: height, maps: maps)
    return maps
  }
}

/// What the sampled grids depend on.
/// The network itself is the key: comparing it costs a few hundred doubles a frame (and
/// nothing when the arrays are shared), and unlike a counter it cannot be fooled by the
/// UI's optimistic copy and the worker's snapshot counting separately.
private struct GridKey: Equatable, Sendable {
  var network: Network
  var features: [Feature]
  var heatWidth: Int
  var heatHeight: Int
  var thumbWidth: Int
  var thumbHeight: Int
}

private struct GridCache: Sendable {
  var key: GridKey
  var grid: NeuronGrid
  var output: PixelMap
  var thumbnails: [PixelMap]
}

private struct FeatureCache: Sendable {
  var width: Int
  var height: Int
  var maps: [PixelMap]
}
