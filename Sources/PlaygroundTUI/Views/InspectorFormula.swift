import PlaygroundCore

/// The inspector's line of text: the formula of the focused neuron or link at this step
/// of the walk, filled with the point's numbers from its `PointTrace`.
///
/// Forward, a neuron shows z = b + Σⱼ wⱼ·aⱼ and a = φ(z); at the loss, the loss and the
/// output's δ; backward, a hidden neuron shows δᵢ = φ′(zᵢ)·Σₖ wₖᵢ·δₖ and a link
/// ∂L/∂w = δᵢ·aⱼ. For 3–6 classes the output's a is softmax(z)ᵢ, the loss −ln p[y] and
/// its δᵢ = pᵢ − yᵢ.
struct InspectorFormula: Sendable {
  var trace: PointTrace
  var network: Network
  var features: [Feature]
  var loss: Loss
  var phase: WalkPhase
  /// The focused neuron or link (`nil`: the first neuron of the step's layer).
  var focus: Focus?
  var strings: Strings

  private func n(_ value: Double) -> String { Format.inspect(value) }

  /// A label or target: whole numbers as integers (`1`, `-1`).
  private func whole(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : n(value)
  }

  /// A value in a product: negative ones in parentheses.
  private func factor(_ value: Double) -> String { value < 0 ? "(\(n(value)))" : n(value) }

  /// The focus the line is about.
  var subject: Focus {
    let layers = network.transitionCount
    if let focus, focus.value(in: network) != nil { return focus }
    return .neuron(layer: phase.layer(layers: layers), index: 0)
  }

  /// "X1", "H1.2", "out".
  func nodeName(layer: Int, index: Int) -> String {
    if layer == 0 { return features[safe: index]?.title ?? "in\(index + 1)" }
    if layer == network.layerSizes.count - 1 {
      // One output neuron a class: its class index.
      return trace.isMultiClass ? "\(strings[.outputNode]) \(index)" : strings[.outputNode]
    }
    return "H\(layer).\(index + 1)"
  }

  var spans: [Span] {
    switch subject {
    case .neuron(let layer, let index): return neuron(layer: layer, index: index)
    case .link(let layer, let to, let from): return link(layer: layer, to: to, from: from)
    }
  }

  private func name(_ text: String) -> Span { Span(text + "  ", Styles.value) }

  private func neuron(layer: Int, index: Int) -> [Span] {
    let l = layer - 1
    guard trace.layers.indices.contains(l), trace.layers[l].z.indices.contains(index) else {
      return []
    }
    let values = trace.layers[l]
    let isOutput = l == trace.layers.count - 1
    let f = isOutput ? network.outputActivation : network.activation
    let title = name(nodeName(layer: layer, index: index))
    if !phase.isBackward {
      let bias = network.biases[network.biasOffsets[l] + index]
      let z = values.z[index]
      return [
        title,
        Span("z = b + Σⱼ wⱼ·aⱼ = \(n(bias)) + \(factor(z - bias)) = ", Styles.text),
        Span(n(z), Styles.value),
        // k class scores: a is their softmax, not φ of this z alone.
        Span(
          isOutput && trace.isMultiClass
            ? "   a = softmax(z)ᵢ = " : "   a = \(f.rawValue)(\(n(z))) = ", Styles.text),
        Span(n(values.a[index]), Styles.value),
      ]
    }
    if isOutput {
      // k classes: the loss is every class's at once, not this neuron's.
      let whole = trace.isMultiClass && phase == .loss
      return [whole ? name(strings[.outputNode]) : title] + output(index: index)
    }
    let derivative = trace.derivative(layer: l, index: index, network: network)
    let sum = trace.deltaSum(layer: l, index: index, network: network)
    return [
      title,
      Span(
        "δ = φ′(z)·Σₖ wₖ·δₖ = \(n(derivative)) · \(factor(sum)) = ", Styles.text),
      Span(n(values.delta[index]), Styles.value),
    ]
  }

  /// At the loss step the point's loss; going back, the output's δ.
  private func output(index: Int) -> [Span] {
    let o = trace.layers[trace.layers.count - 1].a[index]
    let t = trace.target
    let delta = trace.layers[trace.layers.count - 1].delta[index]
    if trace.isMultiClass { return classOutput(index: index, p: o, delta: delta) }
    switch (loss, phase == .loss) {
    case (.squared, true):
      return [
        Span("L = ½(o − t)² = ½(\(n(o)) − \(t < 0 ? "(\(whole(t)))" : whole(t)))² = ", Styles.text),
        Span(n(trace.loss), Styles.value),
      ]
    case (.squared, false):
      let derivative = trace.derivative(
        layer: trace.layers.count - 1, index: index, network: network)
      return [
        Span("δ = (o − t)·φ′(z) = \(factor(o - t)) · \(n(derivative)) = ", Styles.text),
        Span(n(delta), Styles.value),
      ]
    case (.crossEntropy, true):
      return [
        Span(
          "L = −[y·ln p + (1 − y)·ln(1 − p)], p = \(n(o)), y = \(whole((t + 1) / 2)): ", Styles.text
        ),
        Span(n(trace.loss), Styles.value),
      ]
    case (.crossEntropy, false):
      return [
        Span("δ = p − y = \(n(o)) − \(whole((t + 1) / 2)) = ", Styles.text),
        Span(n(delta), Styles.value),
      ]
    }
  }

  /// For k classes (softmax, cross-entropy on the class index y): at the loss step
  /// L = −ln p_y, going back δᵢ = pᵢ − yᵢ with y one-hot.
  private func classOutput(index: Int, p: Double, delta: Double) -> [Span] {
    let label = trace.classIndex.map(String.init) ?? whole(trace.target)
    if phase == .loss {
      return [
        Span("L = −ln p[y], y = \(label): −ln \(n(trace.output)) = ", Styles.text),
        Span(n(trace.loss), Styles.value),
      ]
    }
    let y = index == trace.classIndex ? 1 : 0
    return [
      Span("δᵢ = pᵢ − yᵢ = \(n(p)) − \(y) = ", Styles.text), Span(n(delta), Styles.value),
    ]
  }

  private func link(layer: Int, to: Int, from: Int) -> [Span] {
    guard trace.layers.indices.contains(layer),
      trace.layers[layer].weightGradients.indices.contains(to)
    else { return [] }
    let arrow = "→"
    let title = name(
      nodeName(layer: layer, index: from) + arrow + nodeName(layer: layer + 1, index: to))
    let a = trace.activation(networkLayer: layer, index: from)
    if !phase.isBackward {
      let w = network.weights[network.weightIndex(layer: layer, to: to, from: from)]
      return [
        title, Span("w·aⱼ = \(n(w)) · \(factor(a)) = ", Styles.text), Span(n(w * a), Styles.value),
      ]
    }
    let delta = trace.layers[layer].delta[to]
    return [
      title, Span("∂L/∂w = δᵢ · aⱼ = \(n(delta)) · \(factor(a)) = ", Styles.text),
      Span(n(trace.layers[layer].weightGradients[to][from]), Styles.value),
    ]
  }
}
