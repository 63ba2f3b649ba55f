import PlaygroundCore

extension FrameRenderer {
  /// Compare mode's screen (issue 13): the top bar, one panel per variant and the loss
  /// chart, the status line and the key legend, and any overlay.
  mutating func drawComparison(
    _ state: AppState, size: Size, options: RenderOptions, into start: CellBuffer
  ) -> Frame {
    var buffer = start
    let glyphs = Glyphs(options)
    let strings = Strings(options)
    let layout = ScreenLayout(size: size, presentation: state.presentation)
    let variants = state.variants
    let topBar = TopBarView(
      scenario: state.settings, epoch: variants.map(\.epoch).max() ?? 0,
      isRunning: state.isRunning, isDiverged: state.everythingDiverged, speed: state.speed,
      presetName: state.presetName?.text(in: strings.language),
      glyphs: glyphs, strings: strings, lessons: state.lessons)
    topBar.render(into: &buffer, rect: layout.topBar)
    let body = Rect(x: 0, y: 1, width: size.width, height: Swift.max(0, size.height - 3))
    let compare = CompareLayout(
      body: body, count: variants.count, presentation: state.presentation)
    let overrides = state.snapshot.scenario.compare
    let maps = variants.indices.map { index in
      outputMap(of: variants[index], index: index, area: compare.heatmaps[index])
    }
    let chart = CompareChartView(
      variants: variants, overrides: overrides, showTrainLoss: state.compareShowsTrainLoss,
      axisInUpdates: state.compareAxisInUpdates, logScale: state.logScale, options: options)
    CompareView(
      variants: variants, overrides: overrides, maps: maps.map(\.map),
      classMaps: maps.map(\.classMaps), layout: compare, chart: chart, options: options
    ).render(into: &buffer)
    StatusLineView(
      overlay: state.overlay, message: state.message, focus: nil,
      network: state.snapshot.network, features: state.snapshot.scenario.features,
      isDiverged: state.everythingDiverged, view: state.settings.view, comparing: true,
      glyphs: glyphs, strings: strings
    ).render(into: &buffer, rect: layout.message)
    KeyLegendView(
      isRunning: state.isRunning, presentation: state.presentation, view: state.settings.view,
      comparing: true, glyphs: glyphs, strings: strings
    ).render(into: &buffer, rect: layout.legend)
    drawOverlay(state, buffer: &buffer, glyphs: glyphs, strings: strings, size: size)
    let targets = topBar.hitTargets(rect: layout.topBar).filter { target in
      !(target.action.control.map(state.settings.view.hides) ?? false)
    }
    return Frame(buffer: buffer, targets: targets)
  }

  /// Variant `index`'s output map (and, with 3-6 classes, each class's map) at `area`'s
  /// pixel size, from the cache when its network and size are the same as last time.
  private mutating func outputMap(of variant: SessionSnapshot, index: Int, area: Rect)
    -> CompareMapCache
  {
    let key = CompareMapCache.Key(
      network: variant.network, features: variant.scenario.features, width: area.width,
      height: area.height * 2)
    if compareMaps.count > index, compareMaps[index].key == key { return compareMaps[index] }
    let halve = key.width * key.height > 48 * 48
    let grid = variant.network.sampleGrid(
      features: key.features, width: halve ? (key.width + 1) / 2 : key.width,
      height: halve ? (key.height + 1) / 2 : key.height)
    let map = PixelMap(grid: grid, neuron: grid.neuronCount - 1)
      .interpolated(width: key.width, height: key.height)
    let outputs = variant.network.layerSizes[variant.network.layerSizes.count - 1]
    let classMaps = (0..<(outputs > 1 ? outputs : 0)).map {
      PixelMap(grid: grid, neuron: grid.neuronCount - outputs + $0)
        .interpolated(width: key.width, height: key.height)
    }
    let made = CompareMapCache(key: key, map: map, classMaps: classMaps)
    if compareMaps.count > index {
      compareMaps[index] = made
    } else {
      compareMaps.append(made)
    }
    return made
  }
}

/// One variant's output map and what it was sampled from.
struct CompareMapCache: Sendable {
  struct Key: Equatable, Sendable {
    var network: Network
    var features: [Feature]
    var width: Int
    var height: Int
  }

  var key: Key
  var map: PixelMap
  /// Each class's map with 3-6 classes; empty otherwise.
  var classMaps: [PixelMap] = []
}
