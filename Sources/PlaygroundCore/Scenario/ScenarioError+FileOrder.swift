extension ScenarioError {
  /// The key path the error is about, `""` for the root or the file as a whole.
  ///
  /// A missing key is about the object that lacks it.
  public var path: String {
    switch self {
    case .malformedJSON, .tooLarge: return ""
    case .missingKey(_, let path, _), .typeMismatch(_, let path, _, _),
      .invalidValue(_, let path, _), .unknownKey(_, let path, _, _):
      return path
    case .unsupportedVersion: return "version"
    }
  }

  /// `errors` in the order their key paths occur in `json`, so a list of problems reads
  /// top to bottom like the file; errors about the same place keep their order.
  ///
  /// A path is placed by the member and element indices leading to it (an object's own
  /// errors come before those of its members); a path `json` lacks, such as a missing
  /// key's, goes where the deepest part of it that `json` has is.
  static func inFileOrder(_ errors: [ScenarioError], of json: JSONValue) -> [ScenarioError] {
    guard errors.count > 1 else { return errors }
    let placed = errors.enumerated().map { (position(of: $0.element.path, in: json), $0.offset) }
    return placed.sorted { a, b in
      a.0 == b.0 ? a.1 < b.1 : a.0.lexicographicallyPrecedes(b.0)
    }.map { errors[$0.1] }
  }

  /// The indices of the members and elements that lead from the root of `json` to `path`
  /// (`data.train[3][2]`), as far as `json` has them.
  ///
  /// A key is matched against the members' own keys, the longest first, so a key that
  /// itself holds `.` or `[` is still found.
  static func position(of path: String, in json: JSONValue) -> [Int] {
    var result: [Int] = []
    var rest = Substring(path)
    var value = json
    while !rest.isEmpty {
      switch value {
      case .array(let items):
        guard rest.first == "[", let close = rest.firstIndex(of: "]"),
          let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
          items.indices.contains(index)
        else { return result }
        result.append(index)
        value = items[index]
        rest = rest[rest.index(after: close)...]
      case .object(let members):
        if !result.isEmpty, rest.first == "." { rest = rest.dropFirst() }
        let matches = members.indices.filter { i in
          let key = members[i].key
          guard rest.hasPrefix(key) else { return false }
          let next = rest.dropFirst(key.count).first
          return next == nil || next == "." || next == "["
        }
        guard let index = matches.max(by: { members[$0].key.count < members[$1].key.count })
        else { return result }
        result.append(index)
        value = members[index].value
        rest = rest.dropFirst(members[index].key.count)
      default:
        return result
      }
    }
    return result
  }
}
