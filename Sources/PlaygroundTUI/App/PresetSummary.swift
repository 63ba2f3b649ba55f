/// A preset as the picker lists it.
public struct PresetSummary: Equatable, Hashable, Sendable {
  /// What `--preset` takes: the file name without `.json`.
  public var id: String
  public var name: String
  public var description: String

  public init(id: String, name: String, description: String) {
    self.id = id
    self.name = name
    self.description = description
  }
}
