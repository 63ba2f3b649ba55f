/// The presets in the order of the lecture, and which one is on screen: what `]` and `[`
/// step through and the top bar's `3/21` counts.
///
/// The order is data: the executable reads it from `Presets/lessons.txt` (presets that
/// file does not list come after, by name) and hands it over at start; the picker's list
/// arrives in the same order and replaces it.
public struct Lessons: Equatable, Sendable {
  /// Preset names (what `--preset` takes), in lecture order.
  public var order: [String]
  /// The name of the preset on screen, if one was loaded by name.
  public var current: String?

  public init(order: [String] = [], current: String? = nil) {
    self.order = order
    self.current = current
  }

  /// The current lesson's place, from 1; nil when the screen shows no lesson.
  public var position: Int? {
    current.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 }
  }

  /// The lesson `delta` steps from the current one, or nil past either end; from no
  /// lesson, forward starts at the first and back at the last.
  public func neighbour(_ delta: Int) -> String? {
    guard !order.isEmpty else { return nil }
    guard let position else { return delta > 0 ? order.first : order.last }
    let index = position - 1 + delta
    return order.indices.contains(index) ? order[index] : nil
  }
}
