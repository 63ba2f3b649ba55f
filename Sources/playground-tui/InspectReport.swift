import PlaygroundCore
import PlaygroundTUI

/// `inspect`'s output: one JSON object (numbers in full precision, `null` when not
/// finite), or a table for people.
enum InspectReport {
  /// The trace as one line of JSON.
  ///
  /// `{"point": {"index", "x", "y", "label"}, "inputs", "output", "loss", "layers": [{"z",
  /// "a", "delta", "weightGradients", "biasGradients"}, …]}`. For 3–6 classes `output` is
  /// the array of class probabilities and `label` the class index.
  static func json(_ trace: PointTrace) -> String {
    let p = trace.point
    let layers = trace.layers.map { layer in
      "{\"z\":\(array(layer.z)),\"a\":\(array(layer.a)),\"delta\":\(array(layer.delta)),"
        + "\"weightGradients\":[\(layer.weightGradients.map(array).joined(separator: ","))],"
        + "\"biasGradients\":\(array(layer.biasGradients))}"
    }
    return "{\"point\":{\"index\":\(trace.index),\"x\":\(number(p.x)),\"y\":\(number(p.y)),"
      + "\"label\":\(trace.classIndex.map(String.init) ?? number(p.label))},\"inputs\":\(array(trace.inputs)),"
      + "\"output\":\(trace.isMultiClass ? array(trace.outputs) : number(trace.output)),"
      + "\"loss\":\(number(trace.loss)),"
      + "\"layers\":[\(layers.joined(separator: ","))]}\n"
  }

  /// The point, then each layer's neurons (z, a, δ) and its ∂L/∂w rows.
  static func table(_ trace: PointTrace, network: Network, features: [Feature], epoch: Int)
    -> String
  {
    let p = trace.point
    var lines = [
      "point \(trace.index) at epoch \(epoch): x \(TableNumber.text(p.x)), "
        + "y \(TableNumber.text(p.y)), label "
        + (trace.classIndex.map(String.init) ?? TableNumber.text(p.label)),
      "inputs: "
        + zip(features, trace.inputs).map { "\($0.rawValue) \(TableNumber.text($1))" }
        .joined(separator: ", "),
      outputLine(trace),
    ]
    let last = trace.layers.count - 1
    for (l, layer) in trace.layers.enumerated() {
      let f = l == last ? network.outputActivation : network.activation
      let name = l == last ? "output" : "hidden layer \(l + 1)"
      // k class scores: a is their softmax, δ = p − y.
      let kind = l == last && trace.isMultiClass ? "softmax" : f.rawValue
      lines.append("")
      lines.append("\(name) (\(kind))")
      let sources = network.layerSizes[l]
      let header =
        pad("neuron", 8) + pad("z", 14) + pad("a", 14) + pad("delta", 14)
        + (0..<sources).map { pad("dL/dw[\($0)]", 14) }.joined()
      lines.append(header.trimmingTrailingSpaces())
      for i in layer.z.indices {
        let row =
          pad("\(i)", 8) + pad(TableNumber.text(layer.z[i]), 14)
          + pad(TableNumber.text(layer.a[i]), 14) + pad(TableNumber.text(layer.delta[i]), 14)
          + layer.weightGradients[i].map { pad(TableNumber.text($0), 14) }.joined()
        lines.append(row.trimmingTrailingSpaces())
      }
    }
    lines.append("")
    lines.append("dL/db = delta; dL/dw[j] is the link from neuron j of the layer before.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The output against its target and the loss: one output, or the k class
  /// probabilities, the point's class and its p.
  private static func outputLine(_ trace: PointTrace) -> String {
    let loss = "loss \(TableNumber.text(trace.loss))"
    guard trace.isMultiClass else {
      return "output \(TableNumber.text(trace.output)), target \(TableNumber.text(trace.target)), "
        + loss
    }
    let p = trace.outputs.map(TableNumber.text).joined(separator: ", ")
    let label = trace.classIndex.map(String.init) ?? TableNumber.text(trace.target)
    return "output p [\(p)], class \(label), "
      + "p[class] \(TableNumber.text(trace.output)), \(loss) = -log p[class]"
  }

  private static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }

  private static func array(_ values: [Double]) -> String {
    "[" + values.map(number).joined(separator: ",") + "]"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
  }
}
