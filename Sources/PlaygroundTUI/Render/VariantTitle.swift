import PlaygroundCore

extension ScenarioOverrides {
  /// What the variant changes, as its heatmap's title says it: `ReLU`, `lr 0.3`,
  /// `batch 1 (SGD)`, `L2 0.03`, `layers 8,4`, pieces joined by `, `; "—" when it changes
  /// nothing.
  func title(in strings: Strings) -> String {
    var parts: [String] = []
    if let activation { parts.append(activation.title(in: strings)) }
    if let learningRate { parts.append(strings(.compareLearningRate, Format.rate(learningRate))) }
    if let batchSize {
      switch batchSize {
      case .all:
        parts.append(strings(.compareBatch, strings[.batchAll]) + " (\(strings[.compareGD]))")
      case .count(1): parts.append(strings(.compareBatch, "1") + " (\(strings[.compareSGD]))")
      case .count(let n): parts.append(strings(.compareBatch, "\(n)"))
      }
    }
    if shuffle == true { parts.append(strings[.compareShuffle]) }
    switch (regularization, regularizationRate) {
    case (.some(.none), _): parts.append(strings[.compareNoRegularization])
    case (.some(let r), let rate?): parts.append("\(r.title(in: strings)) \(Format.rate(rate))")
    case (.some(let r), nil): parts.append(r.title(in: strings))
    case (nil, let rate?): parts.append("\(strings[.regularizationRateShort]) \(Format.rate(rate))")
    case (nil, nil): break
    }
    if let hiddenLayers {
      parts.append(
        hiddenLayers.isEmpty
          ? strings[.compareNoHidden]
          : strings(.compareLayers, hiddenLayers.map(String.init).joined(separator: ",")))
    }
    if let features {
      parts.append(strings(.compareFeatures, features.map(\.title).joined(separator: " ")))
    }
    if let loss { parts.append(loss.title(in: strings)) }
    return parts.isEmpty ? "—" : parts.joined(separator: ", ")
  }
}

extension Loss {
  /// The loss as the compare chooser names it.
  func title(in strings: Strings) -> String {
    switch self {
    case .squared: return strings[.lossSquared]
    case .crossEntropy: return strings[.lossCrossEntropy]
    }
  }
}
