/// The value of an optional a test needs, or a thrown `MissingValue` naming the line that
/// needed it.
///
/// For values read out of loosely typed data (`JSONSerialization`'s `Any`, say) in test
/// helpers, where `#require` cannot be nested.
public func need<T>(
  _ value: T?, fileID: String = #fileID, line: Int = #line
) throws(MissingValue) -> T {
  guard let value else { throw MissingValue(fileID: fileID, line: line) }
  return value
}

/// An optional that `need` found empty, and where.
public struct MissingValue: Error, Equatable, CustomStringConvertible {
  /// The file (`Module/File.swift`) of the `need` call.
  public var fileID: String
  /// The line of the `need` call.
  public var line: Int

  /// A value missing at `fileID`:`line`.
  public init(fileID: String, line: Int) {
    self.fileID = fileID
    self.line = line
  }

  public var description: String { "missing value needed at \(fileID):\(line)" }
}
