import PlaygroundCore

/// Where every node of the network diagram goes inside its panel: the seven feature
/// thumbnails (the input column, inactive ones too), the hidden layers and the output
/// neuron, all the same size, each column centred vertically.
///
/// Views and mouse hit-testing share it.
struct NetworkGeometry: Equatable, Sendable {
  let rect: Rect
  /// Cells of one thumbnail (pixels: width × 2·height).
  let thumbWidth: Int
  let thumbHeight: Int
  /// Width of the feature labels left of the input column ("1 sin(X1)"), with the gap
  /// after them.
  let labelWidth: Int
  /// How the feature labels are written in that width.
  let label: FeatureLabel
  /// One rect per feature, in canonical order.
  let features: [Rect]
  /// `hidden[l][i]`: neuron i of hidden layer l (0-based).
  let hidden: [[Rect]]
  /// The output neuron, or the first of one per class.
  let output: Rect
  /// Every output neuron: one, or one per class (3...6) in a column.
  let outputs: [Rect]
  /// One header row when space is short (neuron counts only), else two (the layers
  /// title, then neuron counts).
  let headerRows: Int
  /// The first row below the header rows.
  var contentY: Int { rect.y + headerRows }

  init(rect: Rect, hiddenLayers: [Int], outputCount: Int = 1) {
    self.rect = rect
    headerRows = rect.height >= 30 ? 2 : 1
    let rows = Swift.max(1, rect.height - headerRows)
    // The seven features get a one-row gap each; fuller hidden layers may lose theirs.
    var height = Swift.max(1, Swift.min(5, (rows + 1) / Feature.allCases.count - 1))
    let columns = hiddenLayers.count + 1  // hidden layers and the output
    let size = Self.size(width: rect.width, columns: columns, largest: 2 * height)
    let width = size.thumbWidth
    height = Swift.min(height, Swift.max(1, (width + 1) / 2))
    thumbWidth = width
    thumbHeight = height
    labelWidth = size.label.width
    label = size.label
    let minGap = size.gap
    let top = rect.y + headerRows
    func column(x: Int, count: Int) -> [Rect] {
      let spacing =
        count * (height + 1) - 1 <= rows ? height + 1 : Swift.max(1, rows / Swift.max(1, count))
      let total = count * spacing - (spacing - height)
      let y0 = top + Swift.max(0, (rows - total) / 2)
      return (0..<count).map {
        Rect(x: x, y: y0 + $0 * spacing, width: width, height: Swift.min(height, spacing))
      }
    }
    let inputX = rect.x + labelWidth
    features = column(x: inputX, count: Feature.allCases.count)
    let free = rect.width - labelWidth - width - columns * width
    let gap = Swift.max(minGap, free / Swift.max(1, columns))
    var x = inputX + width + gap
    var layers = [[Rect]]()
    for count in hiddenLayers {
      layers.append(column(x: x, count: count))
      x += width + gap
    }
    hidden = layers
    outputs = column(x: x, count: Swift.max(1, outputCount))
    output = outputs[0]
  }

  /// The widest feature label, then the largest squares, that fit.
  ///
  /// A full label ("1 sin(X1)") with links of three cells, else of two, else a short label
  /// ("1 sin1"), else the name alone ("sin1", its key shown by the `1-7` title), all with
  /// squares of at least two cells; then the same with one-cell squares. The names stay
  /// beside their squares in the widest network (six layers of eight at 80×24); only a
  /// panel too narrow even for that shows the keys alone.
  private static func size(width: Int, columns: Int, largest: Int) -> (
    thumbWidth: Int, label: FeatureLabel, gap: Int
  ) {
    // The input column, the hidden layers and the output, with a gap after all but the last.
    func fits(_ w: Int, _ label: FeatureLabel, _ gap: Int) -> Bool {
      label.width + w + columns * (w + gap) <= width
    }
    let squares = Array(stride(from: Swift.max(2, largest), through: 2, by: -1))
    let named: [FeatureLabel] = [.full, .short, .nameOnly]
    for (widths, labels) in [(squares, named), ([1], named), (squares + [1], [.keyOnly])] {
      for label in labels {
        for gap in [3, 2] {
          if let w = widths.first(where: { fits($0, label, gap) }) { return (w, label, gap) }
        }
      }
    }
    return (1, .keyOnly, 2)
  }

  /// The rect of neuron `index` of network layer `layer` (0 = active inputs, in the
  /// order of `features`; last = output).
  func node(layer: Int, index: Int, activeFeatures: [Feature]) -> Rect? {
    if layer == 0 {
      guard activeFeatures.indices.contains(index) else { return nil }
      return features[activeFeatures[index].index]
    }
    if layer == hidden.count + 1 { return outputs[safe: index] }
    guard hidden.indices.contains(layer - 1), hidden[layer - 1].indices.contains(index) else {
      return nil
    }
    return hidden[layer - 1][index]
  }

  /// The x of hidden layer `layer`'s column (for headers), or nil.
  func columnX(_ layer: Int) -> Int? { hidden[safe: layer]?.first?.x }
}

/// How the features are labelled left of their squares, by the room there is.
enum FeatureLabel: Equatable, Sendable {
  /// "1 sin(X1)".
  case full
  /// "1 sin1".
  case short
  /// "sin1": the keys are in the title above (`1-7`).
  case nameOnly
  /// "1": only when not even a short name fits.
  case keyOnly

  /// The cells the label takes, with one cell of gap before the square.
  var width: Int {
    switch self {
    case .full: 10
    case .short: 7
    case .nameOnly: 5
    case .keyOnly: 2
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
