import PlaygroundCore

/// `C`: what a comparison varies and the 2...4 values it compares (issue 13).
///
/// Each row is one setting with a few values worth comparing and, as the start, the
/// lecture's exercise for it (tanh vs ReLU; learning rate too small, good, too big;
/// SGD, mini-batch, GD; without and with L2). ↑/↓ pick the row, ←/→ change the value in
/// the marked slot, Tab moves to the next slot, `+`/`-` add or remove one, Enter starts.
public struct CompareChooser: Equatable, Sendable {
  /// What a comparison can vary.
  public enum Dimension: Int, CaseIterable, Sendable {
    case activation, learningRate, batchSize, regularization, hiddenLayers, features, loss

    /// The values the row steps through.
    public var choices: [ScenarioOverrides] {
      switch self {
      case .activation: return Activation.allCases.map { ScenarioOverrides(activation: $0) }
      case .learningRate: return Steps.learningRates.map { ScenarioOverrides(learningRate: $0) }
      case .batchSize:
        return ([1, 2, 5, 10, 20, 30].map(BatchSize.count) + [.all]).map {
          ScenarioOverrides(batchSize: $0)
        }
      case .regularization:
        return [ScenarioOverrides(regularization: Regularization.none)]
          + [Regularization.l1, .l2].flatMap { r in
            [0.001, 0.003, 0.01, 0.03, 0.1].map {
              ScenarioOverrides(regularization: r, regularizationRate: $0)
            }
          }
      case .hiddenLayers:
        return [[], [2], [4], [8], [4, 2], [8, 4], [8, 8, 8], [8, 8, 8, 8, 8, 8]].map {
          ScenarioOverrides(hiddenLayers: $0)
        }
      case .features:
        return [
          [.x1, .x2], [.x1, .x2, .x1Squared, .x2Squared], [.x1TimesX2], [.x1, .x2, .x1TimesX2],
          [.x1, .x2, .sinX1, .sinX2], Feature.allCases,
        ].map { ScenarioOverrides(features: $0) }
      case .loss: return Loss.allCases.map { ScenarioOverrides(loss: $0) }
      }
    }

    /// The lecture's exercise: indices into ``choices``.
    var defaultPicks: [Int] {
      switch self {
      case .activation: return [1, 0]  // tanh, ReLU
      case .learningRate: return [1, 5, 9]  // 0.0001, 0.03, 3
      case .batchSize: return [0, 3, 6]  // 1, 10, all
      case .regularization: return [0, 9]  // none, L2 0.03
      case .hiddenLayers: return [0, 4]  // none, [4, 2]
      case .features: return [0, 1]  // x1 x2, and their squares
      case .loss: return [0, 1]
      }
    }

    /// The row's name.
    var titleKey: TextKey {
      switch self {
      case .activation: return .activation
      case .learningRate: return .learningRate
      case .batchSize: return .batchSize
      case .regularization: return .regularization
      case .hiddenLayers: return .hiddenLayers
      case .features: return .features
      case .loss: return .compareLossName
      }
    }
  }

  /// The highlighted row.
  public var row = 0
  /// The slot ←/→ change.
  public var slot = 0
  /// Per row, the indices into its choices of the values compared.
  public var picks: [[Int]] = Dimension.allCases.map(\.defaultPicks)

  public init() {}

  public var dimension: Dimension { Dimension.allCases[row] }

  /// The comparison the highlighted row describes.
  public var variants: [ScenarioOverrides] {
    picks[row].map { dimension.choices[$0] }
  }

  mutating func moveRow(by delta: Int) {
    let count = Dimension.allCases.count
    row = ((row + delta) % count + count) % count
    slot = Swift.min(slot, picks[row].count - 1)
  }

  mutating func moveSlot(by delta: Int) {
    let count = picks[row].count
    slot = ((slot + delta) % count + count) % count
  }

  mutating func changeValue(by delta: Int) {
    let count = dimension.choices.count
    picks[row][slot] = ((picks[row][slot] + delta) % count + count) % count
  }

  /// Adds a slot (at most 4) holding the first value not compared yet.
  mutating func addSlot() {
    guard picks[row].count < ScenarioOverrides.variantCount.upperBound else { return }
    let unused = dimension.choices.indices.first { !picks[row].contains($0) } ?? 0
    picks[row].append(unused)
    slot = picks[row].count - 1
  }

  /// Removes the marked slot (at least 2 stay).
  mutating func removeSlot() {
    guard picks[row].count > ScenarioOverrides.variantCount.lowerBound else { return }
    picks[row].remove(at: slot)
    slot = Swift.min(slot, picks[row].count - 1)
  }
}
