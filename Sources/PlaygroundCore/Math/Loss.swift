/// The training loss. `squared` is the original's 0.5·(o − t)²; `crossEntropy` uses a
/// sigmoid output and is for classification only.
public enum Loss: String, CaseIterable, Sendable, Codable {
  case squared, crossEntropy
}
