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
    case .neuron(let layer, let index): return .setBias(layer: layer - 1, neuron: index, value: value)
    case .link(let layer, let to, let from):
      return .setWeight(layer: layer, to: to, from: from, value: value)
    }
  }
}

/// Which map the big heatmap shows.
public enum MapSource: Hashable, Sendable {
  case output
  /// An input feature's map (active or not).
  case feature(Feature)
  /// Hidden neuron `index` of layer `layer` (1 = first hidden layer).
  case neuron(layer: Int, index: Int)
}

/// What is selected on the network.
public struct Selection: Equatable, Sendable {
  /// The hidden layer `↑`/`↓` change (0-based).
  public var layer = 0
  /// The bias or weight Tab moved to (shown on the status line, edited with `=`).
  public var focus: Focus?
  /// What the big heatmap shows (a click on a neuron or feature changes it).
  public var map = MapSource.output
}

/// A one-line text prompt at the bottom of the screen.
public enum Prompt: Equatable, Sendable {
  /// `=`: a new value for a weight or bias.
  case editValue(Focus, text: String)
  /// `S`: a file name and whether to include the weights (Tab toggles).
  case saveFile(text: String, includeWeights: Bool)
  /// The file exists: "overwrite? y/n".
  case confirmOverwrite(path: String, includeWeights: Bool)
}

/// The preset picker's rows and cursor.
public struct PresetPicker: Equatable, Sendable {
  /// Nil until the list arrives.
  public var presets: [PresetSummary]?
  /// The highlighted row.
  public var cursor = 0
}

/// What covers the screen's middle or bottom.
public enum Overlay: Equatable, Sendable {
  case none, help
  case presets(PresetPicker)
  case prompt(Prompt)
}

/// A line of feedback; errors stay until the next key, notes fade after a few seconds.
public struct Message: Equatable, Sendable {
  /// One line for the user.
  public var text: String
  /// Errors are drawn in red and stay until the next key.
  public var isError: Bool
  /// When it disappears (milliseconds of `Action.tick`), nil = at the next key.
  public var expires: Int?
}
