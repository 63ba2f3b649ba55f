import PlaygroundCore

/// Central finite differences of a point's loss, checked against a trace's gradients.
enum FiniteDifference {
  /// The worst relative error, over every weight and bias, between `trace`'s gradients
  /// and (loss(p + h) − loss(p − h)) / 2h, each relative to max(10⁻³, |numeric|).
  static func worstRelativeError(
    _ trace: PointTrace, network: Network, h: Double = 1e-6, loss: (Network) -> Double
  ) -> Double {
    func derivative(_ nudge: (inout Network, Double) -> Void) -> Double {
      var plus = network
      var minus = network
      nudge(&plus, h)
      nudge(&minus, -h)
      return (loss(plus) - loss(minus)) / (2 * h)
    }
    func relative(_ numeric: Double, _ analytic: Double) -> Double {
      abs(numeric - analytic) / max(1e-3, abs(numeric))
    }
    var worst = 0.0
    for l in 0..<network.transitionCount {
      for i in 0..<network.layerSizes[l + 1] {
        for j in 0..<network.layerSizes[l] {
          let k = network.weightIndex(layer: l, to: i, from: j)
          let numeric = derivative { $0.weights[k] += $1 }
          worst = max(worst, relative(numeric, trace.layers[l].weightGradients[i][j]))
        }
        let b = network.biasOffsets[l] + i
        let numeric = derivative { $0.biases[b] += $1 }
        worst = max(worst, relative(numeric, trace.layers[l].biasGradients[i]))
      }
    }
    return worst
  }
}
