/// What the activation panel shows of a network on its training set, with the current
/// parameters: the gradient reaching each layer, the weighted sums of every neuron, and
/// the neurons that never fire.
///
/// Computed from a snapshot (one `PointTrace` per training point), never by the trainer,
/// so training keeps its speed and its numbers.
public struct NetworkActivity: Equatable, Sendable {
  /// The mean |∂Lₚ/∂w| of each layer's incoming weights.
  ///
  /// `gradientFlow[l]` averages over the training points p and the weights of transition
  /// l (network layer l → l+1), each point's own loss: hidden layers first, the output's
  /// incoming weights last.
  public var gradientFlow: [Double]
  /// `z[l][i]` holds zᵢ of layer l+1 (0 = the first hidden layer) for every training
  /// point, in the stored order.
  public var z: [[[Double]]]
  /// `dead[l][i]`: neuron i of hidden layer l+1 outputs 0 on every training point.
  public var dead: [[Bool]]

  /// The hidden layers' activation.
  public var activation: Activation

  /// Dead hidden neurons in all.
  public var deadCount: Int { dead.reduce(0) { $0 + $1.count(where: \.self) } }

  /// The ratio of the first hidden layer's gradient to the output layer's: near 1 when
  /// gradients flow, tiny when they vanish on the way back.
  public var firstToLastRatio: Double {
    guard let first = gradientFlow.first, let last = gradientFlow.last, last > 0 else {
      return .nan
    }
    return first / last
  }

  /// The share of a hidden layer's z where φ′(z) is below 1 % of its peak.
  ///
  /// Over every neuron of hidden layer `layer` (0 = the first) and every training point:
  /// sigmoid's and tanh's flat edges, ReLU's zero side. NaN for a layer that is not there
  /// or has no points.
  public func saturation(layer: Int) -> Double {
    saturations.indices.contains(layer) ? saturations[layer] : .nan
  }

  /// `saturation(layer:)` of each hidden layer, worked out once.
  private var saturations: [Double] = []

  private static func saturation(of z: [[Double]], activation: Activation) -> Double {
    let floor = 0.01 * activation.peakDerivative
    var flat = 0
    var total = 0
    for values in z {
      for v in values {
        total += 1
        if activation.derivative(v) < floor { flat += 1 }
      }
    }
    return total > 0 ? Double(flat) / Double(total) : .nan
  }

  public init(network: Network, features: [Feature], loss: Loss, points: [DataPoint]) {
    activation = network.activation
    let transitions = network.transitionCount
    var sums = [Double](repeating: 0, count: transitions)
    var zs = (0..<transitions).map { l in
      [[Double]](repeating: [], count: network.layerSizes[l + 1])
    }
    var fired = (1..<network.layerSizes.count - 1).map {
      [Bool](repeating: false, count: network.layerSizes[$0])
    }
    for l in zs.indices { for i in zs[l].indices { zs[l][i].reserveCapacity(points.count) } }
    let offsets = network.neuronOffsets
    var pass = TracePass(network)
    var inputs = [Double](repeating: 0, count: features.count)
    for point in points {
      for (f, feature) in features.enumerated() {
        inputs[f] = feature.value(x: point.x, y: point.y)
      }
      _ = pass.run(network, inputs: inputs, target: point.label, loss: loss)
      for l in 0..<transitions {
        // Σᵢⱼ |δᵢ·aⱼ|, each product as the trace's ∂L/∂wᵢⱼ.
        var sum = 0.0
        for i in offsets[l + 1]..<offsets[l + 2] {
          let d = pass.delta[i]
          for j in offsets[l]..<offsets[l + 1] { sum += Swift.abs(d * pass.a[j]) }
        }
        sums[l] += sum
        for i in 0..<network.layerSizes[l + 1] {
          let n = offsets[l + 1] + i
          zs[l][i].append(pass.z[n])
          if l < fired.count && pass.a[n] != 0 { fired[l][i] = true }
        }
      }
    }
    gradientFlow = (0..<transitions).map { l in
      let count = Double(points.count * network.layerSizes[l] * network.layerSizes[l + 1])
      return count > 0 ? sums[l] / count : .nan
    }
    z = zs
    dead = points.isEmpty ? fired : fired.map { $0.map { !$0 } }
    saturations = zs.prefix(dead.count).map {
      Self.saturation(of: $0, activation: network.activation)
    }
  }
}

extension SessionSnapshot {
  /// The activity of the network on screen over its training set.
  public var activity: NetworkActivity {
    NetworkActivity(
      network: network, features: scenario.features, loss: scenario.loss, points: data.train)
  }
}

extension Activation {
  /// The largest φ′: 1/4 for sigmoid, 1 for the others.
  public var peakDerivative: Double { self == .sigmoid ? 0.25 : 1 }
}

/// Counts of values in equal bins over a range; values outside go to the end bins, so
/// every value is counted.
public struct Histogram: Equatable, Sendable {
  public var lower: Double
  public var upper: Double
  public var counts: [Int]
  /// Values below `lower` / above `upper` (also in the end bins).
  public var below = 0
  public var above = 0

  /// - Precondition: `bins ≥ 1`, `lower < upper`.
  /// A histogram of `values` (an array, not any sequence: a generic sequence from
  /// another module is not specialized and ran 30× slower).
  public init(_ values: [Double], bins: Int, lower: Double, upper: Double) {
    precondition(bins >= 1 && lower < upper, "a histogram needs bins and a range")
    self.lower = lower
    self.upper = upper
    var counts = [Int](repeating: 0, count: bins)
    let scale = Double(bins) / (upper - lower)
    for v in values where !v.isNaN {
      if v < lower { below += 1 }
      if v > upper { above += 1 }
      // Compared as a Double first: an infinite z (huge weights) goes to an end bin, where
      // converting it to Int would trap.
      let position = ((v - lower) * scale).rounded(.down)
      let k = position < 0 ? 0 : (position >= Double(bins - 1) ? bins - 1 : Int(position))
      counts[k] += 1
    }
    self.counts = counts
  }

  public var total: Int { counts.reduce(0, +) }
}
