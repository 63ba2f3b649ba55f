import PlaygroundCore

/// A preset as the picker lists it.
public struct PresetSummary: Equatable, Hashable, Sendable {
  /// What `--preset` takes: the file name without `.json`.
  public var id: String
  public var name: LocalizedText
  public var description: LocalizedText

  public init(id: String, name: LocalizedText, description: LocalizedText) {
    self.id = id
    self.name = name
    self.description = description
  }
}
