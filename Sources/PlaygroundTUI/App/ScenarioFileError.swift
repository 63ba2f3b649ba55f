/// A failure to read or write a scenario file, as one line for the user.
public struct ScenarioFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// True when saving failed only because the file exists (the UI then asks).
  public var fileExists: Bool

  public init(_ message: String, fileExists: Bool = false) {
    self.message = message
    self.fileExists = fileExists
  }

  public var description: String { message }
}
