import PlaygroundCore

/// What `u` shows: the link that opens the scenario on screen in the original TensorFlow
/// Playground, and whether it went to the clipboard.
public struct LinkShare: Equatable, Sendable {
  /// The link (`https://playground.tensorflow.org/#…`).
  public var url: String
  /// The seed string the link carries when the scenario had none (its points are then
  /// the original's, not the ones on screen).
  public var chosenSeed: String?
  /// True when the weights on screen are not the seed's first network (after `w` or a
  /// regenerate): the link starts from the first.
  public var otherWeights = false
  /// Nil until the run loop answers; then whether the OSC 52 copy was written.
  public var copied: Bool?

  public init(url: String, chosenSeed: String? = nil, otherWeights: Bool = false) {
    self.url = url
    self.chosenSeed = chosenSeed
    self.otherWeights = otherWeights
  }
}
