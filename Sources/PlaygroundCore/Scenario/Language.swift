/// A language the playground speaks: on the screen, and in a scenario's name and
/// description.
public enum Language: String, CaseIterable, Equatable, Hashable, Sendable {
  case en, ru
}
