import PlaygroundCore

/// What is selected on the network.
public struct Selection: Equatable, Sendable {
  /// The hidden layer `↑`/`↓` change (0-based).
  public var layer = 0
  /// The bias or weight Tab moved to (shown on the status line, edited with `=`).
  public var focus: Focus?
  /// What the big heatmap shows (a click on a neuron or feature changes it).
  public var map = MapSource.output
}

/// Which map the big heatmap shows.
public enum MapSource: Hashable, Sendable {
  case output
  /// An input feature's map (active or not).
  case feature(Feature)
  /// Hidden neuron `index` of layer `layer` (1 = first hidden layer).
  case neuron(layer: Int, index: Int)
}
