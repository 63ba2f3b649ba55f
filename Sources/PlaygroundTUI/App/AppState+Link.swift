import PlaygroundCore

extension AppState {
  /// `u`: opens the link of the scenario on screen and asks for a clipboard copy, or says
  /// which setting the original cannot express.
  ///
  /// The link carries the settings and the seed string (`tfSeed`); without one it gets
  /// one from the run's seed, and the overlay says the original's points will differ.
  mutating func shareLink() -> [Effect] {
    let scenario = settings
    do {
      let link = try scenario.tfPlaygroundURL(fallbackSeed: snapshot.dataSeed)
      var share = LinkShare(url: link.url)
      if scenario.tfSeed == nil {
        share.chosenSeed = try? Scenario.fromTFPlaygroundURL(link.url).scenario.tfSeed
      }
      if let seed = scenario.tfSeed {
        share.otherWeights = snapshot.tfWeights != TFWeightOrigin(seed: seed)
      }
      overlay = .link(share)
      return [.copyToClipboard(link.url)]
    } catch {
      guard case .invalidValue(_, let key, _) = error else { return [] }
      fail(Phrase(.linkCannotExpress, .plain(key), .plain(Self.linkValue(key, scenario))))
      return []
    }
  }

  /// The value of `key` the original cannot express, as a scenario file writes it.
  private static func linkValue(_ key: String, _ s: Scenario) -> String {
    switch key {
    case "dataset": return s.dataset.rawValue
    case "activation": return s.activation.rawValue
    case "batchSize": return "all"
    case "loss": return s.loss.rawValue
    case "shuffle": return "true"
    case "tfSeed": return s.tfSeed ?? ""
    case "data": return "train, test"
    case "classes": return "\(s.classes)"
    case "dataFile": return s.dataFile ?? "--data"
    case "compare":
      return s.compare.map { $0.text.isEmpty ? "{}" : $0.text }.joined(separator: " | ")
    case "parameters": return "weights, biases"
    default: return ""
    }
  }
}
