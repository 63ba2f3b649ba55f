import PlaygroundCore

/// Draws the whole screen for a state.
///
/// Keeps the sampled neuron grids between frames and samples again only when the network, the
/// active features or the layout sizes change: one `sampleGrid` per change at the big heatmap's
/// pixel size, or for heatmaps over 48×48 pixels at half that size, interpolated (a 6×8 network
/// then still draws in a few milliseconds), and every neuron's thumbnail block-averaged from it (as
/// the original reduces its 100×100 maps).
public struct FrameRenderer: Sendable {
  private var grids: GridCache?
  private var features: FeatureCache?
  private var activities: ActivityCache?
  /// Frames drawn since the activation panel's numbers were last computed.
  private var framesSinceActivity = 0
  /// How many frames apart, at most, the panel's numbers are computed while training runs.
  ///
  /// About five times a second at 30 frames a second: for a 6×8 network they cost about
  /// 2 ms, and the panel must not slow training. Paused, every change shows at once.
  static let activityFrames = 6
  /// Compare mode's output maps, one per variant, sampled again only when that variant's
  /// network or its heatmap's size changes.
  var compareMaps: [CompareMapCache] = []

  public init() {}

  /// How many times the neuron grids were sampled (a new network, features or layout
  /// size); a paused screen redraws without sampling again.
  private(set) var gridSamplings = 0

  /// The screen of `state` at `size` for a terminal that can show `options`, with the
  /// regions a click can hit.
  ///
  /// Without Unicode (`options.unicode == false`) every cell of the result is ASCII: the
  /// views draw ASCII glyphs, and a last pass replaces what user text (a preset's name, a
  /// typed file name) brings in. The buffer is exactly what the terminal shows: in mono
  /// the heatmap painter already draws density characters, not pairs of shades.
  public mutating func render(_ state: AppState, size: Size, options: RenderOptions) -> Frame {
    var frame = draw(state, size: size, options: options)
    if !options.unicode { frame.buffer.mapCharacters(Glyphs.asciiCell) }
    return frame
  }

  /// The frame before the ASCII pass (tests check that the views' own glyphs need none).
  ///
  /// The controls (top bar, data panel, legend) show `state.settings`, which follow a key
  /// at once; the network, maps, losses and points show the worker's snapshot, whose
  /// shapes always agree with each other.
  mutating func draw(_ state: AppState, size: Size, options: RenderOptions) -> Frame {
    var buffer = CellBuffer(width: size.width, height: size.height)
    let glyphs = Glyphs(options)
    let strings = Strings(options)
    let layout = ScreenLayout(size: size, presentation: state.presentation)
    guard !layout.isTooSmall else {
      TooSmallView(size: size, glyphs: glyphs, strings: strings).render(into: &buffer)
      return Frame(buffer: buffer)
    }
    let session = state.snapshot
    let settings = state.settings
    if state.isComparing && !state.variants.isEmpty {
      return drawComparison(state, size: size, options: options, into: buffer)
    }
    let geometry = NetworkGeometry(
      rect: layout.network, hiddenLayers: session.scenario.hiddenLayers,
      outputCount: session.network.layerSizes[session.network.layerSizes.count - 1])
    let thumbSize = (geometry.thumbWidth, geometry.thumbHeight * 2)
    let heatSize = (layout.heatmap.width, layout.heatmap.height * 2)
    let cache = grids(for: session, heat: heatSize, thumb: thumbSize)
    let featureMaps = featureThumbnails(width: thumbSize.0, height: thumbSize.1)
    var targets = [HitTarget]()
    let trace = state.inspector.flatMap { session.trace(point: $0.point) }
    let activity =
      state.activationPanel ? activity(for: session, running: state.isRunning) : nil
    let inspection = NetworkInspection(
      trace: trace, phase: trace == nil ? nil : state.inspector?.phase,
      gradientLinks: state.inspector?.gradientLinks ?? false, dead: activity?.dead ?? [])

    let topBar = TopBarView(
      scenario: settings, epoch: session.epoch, isRunning: state.isRunning,
      isDiverged: session.isDiverged, speed: state.speed,
      presetName: state.presetName?.text(in: strings.language),
      glyphs: glyphs, strings: strings, lessons: state.lessons)
    topBar.render(into: &buffer, rect: layout.topBar)
    targets += topBar.hitTargets(rect: layout.topBar)
    if !state.presentation {
      var data = DataPanelView(scenario: settings, options: options, seed: session.dataSeed)
      data.tfSeed = session.scenario.tfSeed
      data.render(into: &buffer, rect: layout.data)
      targets += data.hitTargets(rect: layout.data)
    }
    let network = NetworkView(
      network: session.network, scenario: session.scenario, geometry: geometry,
      thumbnails: cache.thumbnails, featureThumbnails: featureMaps, selection: state.selection,
      options: options, inspection: inspection)
    network.render(into: &buffer)
    targets += network.hitTargets()
    let (map, title) = bigMap(state.selection.map, session: session, cache: cache, size: heatSize)
    let output = OutputView(
      session: session, layout: layout,
      map: session.scenario.view.discretize ? map.discretized : map, mapTitle: title,
      options: options, logScale: state.logScale,
      classMaps: cache.classMaps.isEmpty ? nil : cache.classMaps, editor: state.editor)
    output.render(into: &buffer)
    if let activity {
      ActivationPanelView(
        activity: activity, network: session.network, layer: state.selection.layer,
        options: options
      ).render(into: &buffer, rect: layout.output)
    } else {
      targets += output.hitTargets()
      if let inspector = state.inspector, let trace {
        let view = InspectorView(
          inspector: inspector, trace: trace, session: session, layout: layout, options: options)
        view.render(into: &buffer)
        targets += view.hitTargets()
      }
    }
    let formula = state.inspector.flatMap { inspector in
      trace.map {
        InspectorFormula(
          trace: $0, network: session.network, features: session.scenario.features,
          loss: session.scenario.loss, phase: inspector.phase, focus: state.selection.focus,
          strings: strings
        ).spans.map { Span(glyphs.text($0.text), $0.style) }
      }
    }
    StatusLineView(
      overlay: state.overlay, message: state.message, focus: state.selection.focus,
      network: session.network, features: session.scenario.features,
      isDiverged: session.isDiverged, view: settings.view, glyphs: glyphs, strings: strings,
      formula: formula, options: options
    ).render(into: &buffer, rect: layout.message)
    if state.inspector != nil {
      InspectorLegendView(glyphs: glyphs, strings: strings).render(
        into: &buffer, rect: layout.legend)
    } else if let editor = state.editor {
      let view = PointEditorView(editor: editor, options: options)
      buffer.write(view.legendSpans, x: 0, y: layout.legend.y, maxWidth: layout.legend.width)
    } else {
      KeyLegendView(
        isRunning: state.isRunning, presentation: state.presentation, view: settings.view,
        glyphs: glyphs, strings: strings
      ).render(into: &buffer, rect: layout.legend)
    }
    drawOverlay(state, buffer: &buffer, glyphs: glyphs, strings: strings, size: size)
    // A control the lesson hides is not drawn, so a click there does nothing.
    let view = settings.view
    targets.removeAll { target in target.action.control.map(view.hides) ?? false }
    return Frame(buffer: buffer, targets: targets)
  }

  /// The overlay over the body, if one is open.
  func drawOverlay(
    _ state: AppState, buffer: inout CellBuffer, glyphs: Glyphs, strings: Strings, size: Size
  ) {
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    switch state.overlay {
    case .help:
      HelpOverlayView(
        glyphs: glyphs, strings: strings, view: state.settings.view,
        seed: state.snapshot.dataSeed, tfSeed: state.snapshot.scenario.tfSeed
      )
      .render(into: &buffer, area: body)
    case .presets(let picker):
      PresetPickerView(picker: picker, glyphs: glyphs, strings: strings)
        .render(into: &buffer, area: body)
    case .prompt(.tfLink(_, _, let picker)):
      // The picker stays behind the link prompt, above the status line that holds it.
      let above = Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1)
      PresetPickerView(picker: picker, glyphs: glyphs, strings: strings)
        .render(into: &buffer, area: above)
    case .link(let share):
      LinkOverlayView(share: share, glyphs: glyphs, strings: strings)
        .render(into: &buffer, area: body)
    case .chainRule(let card):
      ChainRuleCardView(card: card, glyphs: glyphs, strings: strings)
        .render(into: &buffer, area: body)
    case .compareChooser(let chooser):
      CompareChooserView(chooser: chooser, glyphs: glyphs, strings: strings)
        .render(into: &buffer, area: body)
    case .none, .prompt, .editPoints: break
    }
  }

  /// The map the big heatmap shows, and its title when it is not the output.
  private func bigMap(
    _ source: MapSource, session: SessionSnapshot, cache: GridCache, size: (Int, Int)
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

  private mutating func grids(
    for session: SessionSnapshot, heat: (Int, Int), thumb: (Int, Int)
  ) -> GridCache {
    let key = GridKey(
      network: session.network,
      features: session.scenario.features, heatWidth: heat.0, heatHeight: heat.1,
      thumbWidth: thumb.0, thumbHeight: thumb.1)
    if let grids, grids.key == key { return grids }
    gridSamplings += 1
    let halve = heat.0 * heat.1 > 48 * 48
    let grid = session.network.sampleGrid(
      features: session.scenario.features, width: halve ? (heat.0 + 1) / 2 : heat.0,
      height: halve ? (heat.1 + 1) / 2 : heat.1)
    let thumbnails = (0..<grid.neuronCount).map {
      PixelMap(grid: grid, neuron: $0).resampled(width: thumb.0, height: thumb.1)
    }
    let layers = session.network.layerSizes
    let classes = layers[layers.count - 1] > 1 ? layers[layers.count - 1] : 0
    let made = GridCache(
      key: key, grid: grid,
      output: PixelMap(grid: grid, neuron: grid.neuronCount - 1)
        .interpolated(width: heat.0, height: heat.1),
      thumbnails: thumbnails,
      classMaps: (0..<classes).map {
        PixelMap(grid: grid, neuron: grid.neuronCount - classes + $0)
          .interpolated(width: heat.0, height: heat.1)
      })
    grids = made
    return made
  }

  /// The activation panel's numbers for the network on screen, computed again when the
  /// network, its training points or the loss change (while training runs, at most every
  /// `activityFrames` frames, for a network of the same shape and data size).
  private mutating func activity(for session: SessionSnapshot, running: Bool)
    -> NetworkActivity
  {
    framesSinceActivity += 1
    let key = ActivityKey(
      network: session.network, train: session.data.train, loss: session.scenario.loss,
      features: session.scenario.features)
    if let activities, activities.key == key { return activities.activity }
    if let activities, running, framesSinceActivity < Self.activityFrames,
      activities.key.network.layerSizes == key.network.layerSizes,
      activities.key.train.count == key.train.count
    {
      return activities.activity
    }
    framesSinceActivity = 0
    let made = session.activity
    activities = ActivityCache(key: key, activity: made)
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
///
/// The network itself is the key: comparing it costs a few hundred doubles a frame (and nothing
/// when the arrays are shared), and no counter has to be kept in step with it.
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
  /// With 3...6 classes, each class's map at the heatmap's size; else empty.
  var classMaps: [PixelMap] = []
}

private struct ActivityKey: Equatable, Sendable {
  var network: Network
  var train: [DataPoint]
  var loss: Loss
  var features: [Feature]
}

private struct ActivityCache: Sendable {
  var key: ActivityKey
  var activity: NetworkActivity
}

private struct FeatureCache: Sendable {
  var width: Int
  var height: Int
  var maps: [PixelMap]
}
