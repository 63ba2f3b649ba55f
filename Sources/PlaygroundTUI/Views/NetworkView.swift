import PlaygroundCore

/// The network diagram: the seven features (the input column, inactive ones faded), the
/// hidden layers and the output neuron, each a small live heatmap; links coloured by the
/// sign of their weight (orange negative, blue positive) and stronger the larger |w|;
/// each neuron's bias as a coloured square at its lower left; the selected layer, neuron
/// and link highlighted.
struct NetworkView: Sendable {
  var network: Network
  var scenario: Scenario
  var geometry: NetworkGeometry
  /// Per network neuron (`neuronOffsets` order), at thumbnail pixel size.
  var thumbnails: [PixelMap]
  /// All seven features at thumbnail pixel size, canonical order.
  var featureThumbnails: [PixelMap]
  var selection: Selection
  var options: RenderOptions
  /// The inspector's point and step, and the activation panel's dead neurons.
  var inspection = NetworkInspection()

  private var strings: Strings { Strings(options) }

  func render(into buffer: inout CellBuffer) {
    let glyphs = Glyphs(options)
    renderHeaders(into: &buffer, glyphs: glyphs)
    renderLinks(into: &buffer)
    let discretize = scenario.view.discretize
    for (feature, rect) in zip(Feature.allCases, geometry.features) {
      let active = scenario.features.contains(feature)
      let labelY = rect.y + (rect.height - 1) / 2
      // Hidden feature toggles: the titles stay, their keys go.
      let keys = !scenario.view.hides(.features)
      let name = active ? Styles.value : Styles.dim
      let key = keys ? [Span.key("\(feature.index + 1)")] : [Span(" ")]
      let label: [Span]
      switch geometry.label {
      case .full: label = key + [Span(" " + feature.title, name)]
      case .short: label = key + [Span(" " + feature.shortTitle, name)]
      case .nameOnly: label = [Span(feature.shortTitle, name)]
      case .keyOnly: label = key
      }
      buffer.write(label, x: geometry.rect.x, y: labelY, maxWidth: geometry.labelWidth - 1)
      if let map = featureThumbnails[safe: feature.index] {
        HeatmapPainter(options: options, strength: active ? 1 : 0.3)
          .paint(discretize ? map.discretized : map, into: &buffer, x: rect.x, y: rect.y)
      }
      if selection.map == .feature(feature) { mark(rect, into: &buffer, glyphs: glyphs) }
      if active, let input = scenario.features.firstIndex(of: feature) {
        inspection.drawValues(layer: 0, index: input, at: rect, into: &buffer)
      }
    }
    inspection.markLayer(geometry: geometry, into: &buffer, glyphs: glyphs)
    for layer in 1..<network.layerSizes.count {
      for index in 0..<network.layerSizes[layer] {
        guard
          let rect = geometry.node(layer: layer, index: index, activeFeatures: scenario.features)
        else { continue }
        let neuron = network.neuronOffsets[layer] + index
        let isOutput = layer == network.layerSizes.count - 1
        let classes = network.layerSizes[layer]
        if let map = thumbnails[safe: neuron], isOutput && classes > 1 {
          // One small map per class: its colour, as strong as its probability.
          ClassHeatmapPainter(options: options, discretize: discretize, maxTone: 4)
            .paint(classMap: map, class: index, into: &buffer, x: rect.x, y: rect.y)
        } else if let map = thumbnails[safe: neuron] {
          HeatmapPainter(options: options)
            .paint(discretize ? map.discretized : map, into: &buffer, x: rect.x, y: rect.y)
        }
        let bias = network.biases[network.biasOffsets[layer - 1] + index]
        drawBias(bias, at: rect, into: &buffer, glyphs: glyphs)
        inspection.drawValues(layer: layer, index: index, at: rect, into: &buffer)
        if inspection.isDead(layer: layer, index: index) {
          buffer.set(
            rect.x + rect.width, rect.y, glyphs.unicode ? "✕" : "x", Styles.diverged)
        }
        let shown = selection.map == .neuron(layer: layer, index: index)
        if selection.focus == .neuron(layer: layer, index: index) || shown {
          mark(rect, into: &buffer, glyphs: glyphs)
        }
        if isOutput && index == classes - 1
          && geometry.rect.width - (rect.x + rect.width - geometry.rect.x) >= 2
        {
          // The word, or its abbreviation, whole; a cut one would read as another word.
          let room = geometry.rect.x + geometry.rect.width - rect.x
          let label = [strings[.outputNode], strings[.outputNodeShort]].first { $0.count <= room }
          if let label {
            buffer.write(label, x: rect.x, y: rect.y + rect.height, style: Styles.dim)
          }
        }
      }
    }
  }

  /// The features title (`FEATURES 1-7`) and, with two header rows, the hidden layers'
  /// title (`+- 2 HIDDEN LAYERS ←→↑↓`) after it, both shortened together until they fit
  /// side by side without touching; with one header row the features title ends before
  /// the first neuron count.
  private func renderHeaders(into buffer: inout CellBuffer, glyphs: Glyphs) {
    let rect = geometry.rect
    let keys = scenario.view.hides(.features) ? [] : [Span.key("1-7")]
    let titles = [TextKey.featuresTitle, .inputsTitle, .inTitle].map { strings[$0] } + [""]
    let features = titles.map { title in
      (title.isEmpty ? [] : [Span(keys.isEmpty ? title : title + " ", Styles.header)]) + keys
    }
    if geometry.headerRows > 1 {
      renderTitles(features, into: &buffer, glyphs: glyphs)
    } else {
      let limit = (geometry.columnX(0) ?? geometry.output.x) - 1
      if let title = features.first(where: { rect.x + $0.width <= limit }) {
        buffer.write(title, x: rect.x, y: rect.y)
      }
    }
    let countsY = rect.y + geometry.headerRows - 1
    for (layer, neurons) in scenario.hiddenLayers.enumerated() {
      guard let x = geometry.columnX(layer) else { continue }
      let width = geometry.thumbWidth
      let words = "\(neurons) " + strings.plural(.neurons, neurons)
      let text = words.count <= width ? words : "\(neurons)"
      let style = layer == selection.layer ? Styles.selected : Styles.dim
      buffer.write(text, x: x, y: countsY, style: style)
    }
  }

  /// Both titles on the first header row, shortened together until they fit.
  private func renderTitles(_ features: [[Span]], into buffer: inout CellBuffer, glyphs: Glyphs) {
    let rect = geometry.rect
    let right = rect.x + rect.width
    let count = scenario.hiddenLayers.count
    let titles = [strings.plural(.hiddenLayersTitle, count), strings[.layersTitle], ""]
    let hidden = titles.map { " " + $0 + ($0.isEmpty ? "" : " ") }.map { title in
      (scenario.view.hides(.hiddenLayers)
        ? [Span("\(count)", Styles.value)]
        : [Span.key("+-"), Span(" \(count)", Styles.value)])
        + [Span(title, Styles.header), Span.key(glyphs.leftRight + glyphs.upDown)]
    }
    let hiddenX = (geometry.features.first?.x ?? rect.x) + geometry.thumbWidth + 2
    for (f, h) in [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (3, 2)] {
      let start = Swift.max(hiddenX, rect.x + features[f].width + 1)
      if start + hidden[h].width <= right || (f, h) == (3, 2) {
        buffer.write(features[f], x: rect.x, y: rect.y, maxWidth: rect.width)
        buffer.write(hidden[h], x: start, y: rect.y, maxWidth: Swift.max(0, right - start))
        return
      }
    }
  }

  private func renderLinks(into buffer: inout CellBuffer) {
    let rect = geometry.rect
    var canvas = BrailleCanvas(width: rect.width, height: rect.height)
    for l in 0..<network.transitionCount {
      let fromCount = network.layerSizes[l]
      for i in 0..<network.layerSizes[l + 1] {
        guard let dst = geometry.node(layer: l + 1, index: i, activeFeatures: scenario.features)
        else { continue }
        for j in 0..<fromCount {
          guard let src = geometry.node(layer: l, index: j, activeFeatures: scenario.features)
          else { continue }
          let k = network.weightIndex(layer: l, to: i, from: j)
          let focused = selection.focus == .link(layer: l, to: i, from: j)
          let w = inspection.linkValue(layer: l, to: i, from: j) ?? network.weights[k]
          guard (!network.dead[k] && w.isFinite) || focused else { continue }
          let x0 = (src.x + src.width - rect.x) * 2
          let y0 = (src.y - rect.y) * 4 + src.height * 2
          let fan =
            fromCount > 1 ? (j * 2 - (fromCount - 1)) * dst.height / Swift.max(1, fromCount) : 0
          let x1 = (dst.x - rect.x) * 2 - 2
          let y1 = (dst.y - rect.y) * 4 + dst.height * 2 + fan
          let colour: Color = focused ? .ui(.highlight) : .shade(Palette.shadeIndex(w))
          let priority = focused ? Double.infinity : (w.isFinite ? abs(w) : 0)
          let mark: Character = focused ? "*" : (abs(w) >= 1 ? ":" : ".")
          canvas.line(x0, y0, x1, y1, colour: colour, priority: priority, mark: mark)
          if abs(w) >= 1 || focused {
            canvas.line(x0, y0 + 1, x1, y1 + 1, colour: colour, priority: priority, mark: mark)
          }
        }
      }
    }
    canvas.draw(into: &buffer, x: rect.x, y: rect.y, unicode: options.unicode)
    // Mono has no highlight colour: the focused link's cells are drawn reversed instead.
    guard options.tier == .mono, selection.focus != nil else { return }
    for y in rect.y..<(rect.y + rect.height) {
      for x in rect.x..<(rect.x + rect.width) {
        guard var cell = buffer[x, y], cell.style.foreground == .ui(.highlight) else { continue }
        cell.style.reverse = true
        buffer[x, y] = cell
      }
    }
  }

  private func drawBias(
    _ bias: Double, at rect: Rect, into buffer: inout CellBuffer, glyphs: Glyphs
  ) {
    let character: Character = options.tier == .mono ? (bias >= 0 ? "+" : "-") : glyphs.bias
    buffer.set(
      rect.x - 1, rect.y + rect.height - 1, character,
      Style(foreground: .shade(Palette.shadeIndex(bias))))
  }

  private func mark(_ rect: Rect, into buffer: inout CellBuffer, glyphs: Glyphs) {
    buffer.set(rect.x - 1, rect.y, glyphs.selected, Styles.selected)
  }

  func hitTargets() -> [HitTarget] {
    var targets = [HitTarget]()
    for (feature, rect) in zip(Feature.allCases, geometry.features) {
      targets.append(HitTarget(rect: rect, action: .showMap(.feature(feature))))
      targets.append(
        HitTarget(
          rect: Rect(
            x: geometry.rect.x, y: rect.y, width: geometry.labelWidth - 1, height: rect.height),
          action: .intent(.toggleFeature(feature.index))))
    }
    for (l, column) in geometry.hidden.enumerated() {
      for (i, rect) in column.enumerated() {
        targets.append(HitTarget(rect: rect, action: .showMap(.neuron(layer: l + 1, index: i))))
      }
      if let x = geometry.columnX(l) {
        targets.append(
          HitTarget(
            rect: Rect(
              x: x, y: geometry.rect.y + geometry.headerRows - 1, width: geometry.thumbWidth,
              height: 1),
            action: .intent(.selectLayer(by: l - selection.layer))))
      }
    }
    for rect in geometry.outputs {
      targets.append(HitTarget(rect: rect, action: .showMap(.output)))
    }
    return targets
  }
}
