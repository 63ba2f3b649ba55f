import PlaygroundCore

/// A neuron's bias or a link's weight that Tab can focus and `=` can edit.
public enum Focus: Hashable, Sendable {
  /// Neuron `index` of layer `layer` (1 = first hidden layer; the last is the output).
  case neuron(layer: Int, index: Int)
  /// The link into neuron `to` of layer `layer + 1` from neuron `from` of layer `layer`.
  case link(layer: Int, to: Int, from: Int)

  /// Every focusable item of `network`, layer by layer: each neuron, then its incoming
  /// links.
  public static func all(in network: Network) -> [Focus] {
    var items = [Focus]()
    for l in 0..<network.transitionCount {
      for i in 0..<network.layerSizes[l + 1] {
        items.append(.neuron(layer: l + 1, index: i))
        for j in 0..<network.layerSizes[l] { items.append(.link(layer: l, to: i, from: j)) }
      }
    }
    return items
  }

  /// The current value (bias or weight), or nil when it no longer exists.
  public func value(in network: Network) -> Double? {
    switch self {
    case .neuron(let layer, let index):
      guard layer >= 1, layer < network.layerSizes.count, index < network.layerSizes[layer]
      else { return nil }
      return network.biases[network.biasOffsets[layer - 1] + index]
    case .link(let layer, let to, let from):
      guard layer < network.transitionCount, to < network.layerSizes[layer + 1],
        from < network.layerSizes[layer]
      else { return nil }
      return network.weights[network.weightIndex(layer: layer, to: to, from: from)]
    }
  }

  /// The command that sets this item to `value`.
  public func command(_ value: Double) -> SessionCommand {
    switch self {
    case .neuron(let layer, let index):
      return .setBias(layer: layer - 1, neuron: index, value: value)
    case .link(let layer, let to, let from):
      return .setWeight(layer: layer, to: to, from: from, value: value)
    }
  }
}
