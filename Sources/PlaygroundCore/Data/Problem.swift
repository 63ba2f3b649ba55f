/// Classification (labels -1 and +1, tanh output) or regression (any label, linear output).
public enum Problem: String, CaseIterable, Sendable, Codable {
  case classification, regression

  /// The dataset a problem starts with.
  public var defaultDataset: DatasetKind { self == .classification ? .circle : .plane }
}
