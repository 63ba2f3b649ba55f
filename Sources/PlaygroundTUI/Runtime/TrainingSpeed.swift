/// How fast the background queue trains, independent of the frame rate.
public struct TrainingSpeed: Equatable, Hashable, Sendable {
  /// Target epochs per second; `nil` means as fast as the machine goes.
  public var epochsPerSecond: Int?

  public init(epochsPerSecond: Int?) {
    self.epochsPerSecond = epochsPerSecond
  }

  /// The steps `<` and `>` move through: 1 is slow motion, 30 is about the original's
  /// one epoch per frame, nil is max.
  public static let levels: [TrainingSpeed] =
    [1, 3, 10, 30, 60, 120, 300, 1000].map {
      TrainingSpeed(epochsPerSecond: $0)
    } + [TrainingSpeed(epochsPerSecond: nil)]

  public static let `default` = TrainingSpeed(epochsPerSecond: 60)

  /// For the top bar in a language: "60/s" or "max", "60/с" or "макс.".
  func title(in strings: Strings) -> String {
    epochsPerSecond.map { strings(.perSecond, String($0)) } ?? strings[.maxSpeed]
  }
}
