import PlaygroundCore

/// What the inspector and the activation panel add to the network diagram: each neuron's
/// z, a and δ for the inspected point (where the squares are wide enough), the walk's
/// current layer, links coloured by ∂L/∂w, and dead neurons.
struct NetworkInspection: Sendable {
  var trace: PointTrace?
  var phase: WalkPhase?
  /// Links coloured by the point's ∂L/∂w (scaled by the largest |∂L/∂w|) instead of w.
  var gradientLinks = false
  /// `dead[l][i]`: hidden neuron i of hidden layer l+1 (empty: not known).
  var dead: [[Bool]] = []

  /// The largest |∂L/∂w| of the point, for the link colours.
  private var largestGradient: Double {
    trace?.layers.reduce(0.0) { m, layer in
      layer.weightGradients.joined().reduce(m) { Swift.max($0, Swift.abs($1)) }
    } ?? 0
  }

  /// The value a link is coloured by instead of its weight, or nil for the weight.
  func linkValue(layer: Int, to: Int, from: Int) -> Double? {
    guard gradientLinks, let trace,
      let g = trace.layers[safe: layer]?.weightGradients[safe: to]?[
        safe: from]
    else { return nil }
    let largest = largestGradient
    return largest > 0 ? g / largest : 0
  }

  func isDead(layer: Int, index: Int) -> Bool {
    dead[safe: layer - 1]?[safe: index] ?? false
  }

  /// The point's numbers inside a neuron's square, one a row, as many as fit.
  ///
  /// z and a of the layers the forward walk has reached, δ of those the backward walk
  /// has; an input shows its value. Nothing when the square is too narrow for a number:
  /// the formula line always shows the focused neuron.
  func drawValues(layer: Int, index: Int, at rect: Rect, into buffer: inout CellBuffer) {
    guard let trace, let phase, rect.width >= 6 else { return }
    var lines = [(String, Double)]()
    if layer == 0 {
      guard let x = trace.inputs[safe: index] else { return }
      lines = [("", x)]
    } else {
      guard let values = trace.layers[safe: layer - 1], values.z.indices.contains(index) else {
        return
      }
      // The walk reveals the numbers as it goes: z and a up to the layer it is on,
      // then δ from the output back to it.
      switch phase {
      case .forward(let reached) where layer > reached: return
      case .backward(let reached) where layer >= reached:
        lines = [("z", values.z[index]), ("a", values.a[index]), ("δ", values.delta[index])]
      default: lines = [("z", values.z[index]), ("a", values.a[index])]
      }
      // Short squares keep the newest number: a going forward, δ going back.
      while lines.count > rect.height { lines.removeFirst() }
    }
    for (row, (name, value)) in lines.enumerated() {
      let number = Format.inspect(value)
      let text = [name + (name.isEmpty ? "" : " ") + number, name + number, number].first {
        $0.count <= rect.width
      }
      guard let text else { continue }
      let padded = text + String(repeating: " ", count: rect.width - text.count)
      buffer.write(padded, x: rect.x, y: rect.y + row, style: Styles.value)
    }
  }

  /// A bar over and under the column of the walk's current layer.
  func markLayer(geometry: NetworkGeometry, into buffer: inout CellBuffer, glyphs: Glyphs) {
    guard let phase, let trace else { return }
    let layer = phase.layer(layers: trace.layers.count)
    // The output column: one neuron, or one a class.
    let column = layer == trace.layers.count ? geometry.outputs : geometry.hidden[safe: layer - 1]
    guard let column, let first = column.first, let last = column.last else { return }
    let style = Style(foreground: .ui(.highlight), bold: true)
    let top: Character = glyphs.unicode ? "▁" : "_"
    let bottom: Character = glyphs.unicode ? "▔" : "-"
    for x in first.x..<(first.x + first.width) {
      if first.y - 1 >= geometry.contentY { buffer.set(x, first.y - 1, top, style) }
      buffer.set(x, last.y + last.height, bottom, style)
    }
  }
}
