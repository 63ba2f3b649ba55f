/// Why a scenario file (or a TensorFlow Playground URL) could not be read.
///
/// Every case names the file and, where there is one, the full key path from the root
/// (`hiddenLayers[1]`, `data.train[3][2]`). `description` is one line, for example
/// `xor.json: hiddenLayers[1]: 9 is out of range 1...8`; an empty `file` leaves the
/// `file: ` prefix out.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not JSON: reading failed at `line`, `column` (from 1).
  case malformedJSON(file: String, line: Int, column: Int, detail: String)
  /// The file is larger than the 1 MB a scenario may have.
  case tooLarge(file: String, byteCount: Int, limit: Int)
  /// The object at `path` (`""` for the root) lacks the required `key`.
  case missingKey(file: String, path: String, key: String)
  /// The value at `path` has the wrong JSON type; `found` is a short summary of it.
  case typeMismatch(file: String, path: String, expected: String, found: String)
  /// The value at `path` has the right type but is not allowed; `reason` says why and
  /// what is.
  case invalidValue(file: String, path: String, reason: String)
  /// `path` names a key that does not exist; `suggestion` is a close known key, if any,
  /// else `allowed` lists the known keys.
  case unknownKey(file: String, path: String, suggestion: String?, allowed: [String])
  /// The file was written by a newer playground-tui: `found` is its `version` as written
  /// (an integer above `highestSupported`, however large).
  case unsupportedVersion(file: String, found: String, highestSupported: Int)

  /// The file (or source) the error is about.
  public var file: String {
    switch self {
    case .malformedJSON(let file, _, _, _), .tooLarge(let file, _, _),
      .missingKey(let file, _, _), .typeMismatch(let file, _, _, _),
      .invalidValue(let file, _, _), .unknownKey(let file, _, _, _),
      .unsupportedVersion(let file, _, _):
      return file
    }
  }

  /// The message without the file name: `hiddenLayers[1]: 9 is out of range 1...8`.
  ///
  /// Input it quotes (a key path holding an unknown key, a value) is shortened to about
  /// 60 characters, and no control character of it reaches the text: see
  /// `String.escapedForMessage(limit:)`.
  public var message: String { unescapedMessage.escapedForMessage(limit: .max) }

  /// The message with the parts quoted from the input already shortened, and control
  /// characters possibly still raw.
  private var unescapedMessage: String {
    switch self {
    case .malformedJSON(_, let line, let column, let detail):
      return "line \(line), column \(column): \(detail)"
    case .tooLarge(_, let byteCount, let limit):
      return "the file has \(byteCount) bytes, more than the \(limit) a scenario may have"
    case .missingKey(_, let path, let key):
      return Self.prefixed(path, "missing required key '\(key)'")
    case .typeMismatch(_, let path, let expected, let found):
      return Self.prefixed(path, "expected \(expected), found \(found)")
    case .invalidValue(_, let path, let reason):
      return Self.prefixed(path, reason)
    case .unknownKey(_, let path, let suggestion, let allowed):
      let shown = path.escapedForMessage()
      if let suggestion { return "\(shown): unknown key; did you mean '\(suggestion)'?" }
      return "\(shown): unknown key; use one of \(Self.quotedList(allowed))"
    case .unsupportedVersion(_, let found, let highest):
      return
        "version: \(found.escapedForMessage()) was written by a newer playground-tui (this one reads version \(highest))"
    }
  }

  /// One line: `file: message`, or just the message when `file` is empty.
  ///
  /// The file is named as given, with control characters escaped but never shortened.
  public var description: String {
    file.isEmpty ? message : "\(file.escapedForMessage(limit: .max)): \(message)"
  }

  private static func prefixed(_ path: String, _ text: String) -> String {
    path.isEmpty ? text : "\(path.escapedForMessage()): \(text)"
  }

  /// `'a', 'b', 'c'`: the style of every list of allowed values.
  static func quotedList(_ items: [String]) -> String {
    items.map { "'\($0)'" }.joined(separator: ", ")
  }

  /// The known key closest to `key`: a case-insensitive match first, else the nearest by
  /// edit distance when it is at most 2; `nil` when none is close.
  static func suggestion(for key: String, among known: [String]) -> String? {
    // Longer than every known key by more than 2: nothing is close, and a huge key must
    // not cost an edit distance.
    guard let longest = known.map(\.count).max(), key.count <= longest + 2 else { return nil }
    if let same = known.first(where: { $0.lowercased() == key.lowercased() }) { return same }
    let scored = known.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  /// Levenshtein distance over characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
