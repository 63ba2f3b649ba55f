import PlaygroundCore

/// The backprop inspector (`i`): one training point, and how far the walk through its
/// forward and backward pass has come.
public struct Inspector: Equatable, Sendable {
  /// The picked training point (stored order): the one whose numbers are shown.
  public var point = 0
  /// The training point the heatmap's cursor is on; Enter picks it.
  public var cursor = 0
  public var phase = WalkPhase.forward(layer: 1)
  /// `g`: links coloured by this point's ∂L/∂w instead of by w.
  public var gradientLinks = false

  public init() {}
}

/// Where `n` has walked: forward layer by layer, the loss, then backward layer by layer.
///
/// Layers are the network's (1 = the first hidden layer, the last = the output).
public enum WalkPhase: Hashable, Sendable {
  case forward(layer: Int)
  case loss
  case backward(layer: Int)

  /// The step after this one in a network with `layers` layers after the inputs; after
  /// the first layer's backward step the walk starts again.
  public func next(layers: Int) -> WalkPhase {
    switch self {
    case .forward(let l): return l < layers ? .forward(layer: l + 1) : .loss
    case .loss: return .backward(layer: layers)
    case .backward(let l): return l > 1 ? .backward(layer: l - 1) : .forward(layer: 1)
    }
  }

  /// The step before this one.
  public func previous(layers: Int) -> WalkPhase {
    switch self {
    case .forward(let l): return l > 1 ? .forward(layer: l - 1) : .backward(layer: 1)
    case .loss: return .forward(layer: layers)
    case .backward(let l): return l < layers ? .backward(layer: l + 1) : .loss
    }
  }

  /// The network layer the step is on (the output for the loss).
  public func layer(layers: Int) -> Int {
    switch self {
    case .forward(let l), .backward(let l): return l
    case .loss: return layers
    }
  }

  /// True once the walk has reached the loss: δ is known from the output back.
  public var isBackward: Bool {
    if case .forward = self { return false }
    return true
  }

  /// The same step in a network of `layers` layers (after a change of shape).
  func clamped(layers: Int) -> WalkPhase {
    switch self {
    case .forward(let l): return .forward(layer: Swift.min(Swift.max(1, l), layers))
    case .loss: return .loss
    case .backward(let l): return .backward(layer: Swift.min(Swift.max(1, l), layers))
    }
  }
}

/// Moving the inspector's cursor among the training points.
enum PointCursor {
  /// The nearest point from `from` whose direction is within 45° of `(dx, dy)` (data
  /// coordinates, y up), or nil when there is none that way.
  static func step(
    from index: Int, dx: Double, dy: Double, in points: [DataPoint]
  ) -> Int? {
    guard points.indices.contains(index) else { return points.isEmpty ? nil : 0 }
    let origin = points[index]
    var best: (index: Int, distance: Double)?
    for (k, p) in points.enumerated() where k != index {
      let vx = p.x - origin.x
      let vy = p.y - origin.y
      let along = vx * dx + vy * dy
      let across = abs(vx * dy - vy * dx)
      guard along > 0, across <= along else { continue }
      // Straight ahead counts more than off to the side.
      let distance = along + 2 * across
      if best.map({ distance < $0.distance }) ?? true { best = (k, distance) }
    }
    return best?.index
  }

  /// The training point nearest (x, y), or nil without points.
  static func nearest(x: Double, y: Double, in points: [DataPoint]) -> Int? {
    var best: (index: Int, distance: Double)?
    for (k, p) in points.enumerated() {
      let d = (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
      if best.map({ d < $0.distance }) ?? true { best = (k, d) }
    }
    return best?.index
  }
}
