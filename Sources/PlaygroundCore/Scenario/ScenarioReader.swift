/// Typed reads of JSON values that record every problem as a ``ScenarioError`` and
/// return `nil`, so one pass can report all of a file's errors.
struct ScenarioReader {
  let file: String
  private(set) var errors: [ScenarioError] = []

  init(file: String) { self.file = file }

  // MARK: Paths

  static func child(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  static func element(_ path: String, _ index: Int) -> String { "\(path)[\(index)]" }

  // MARK: Quoting input

  /// Input text as a message shows it: about 60 characters at most, control characters
  /// escaped (`String.escapedForMessage(limit:)`).
  static func shown(_ text: String) -> String { text.escapedForMessage() }

  /// Input text in single quotes, as ``shown(_:)``: `'swish'`.
  static func quoted(_ text: String) -> String { "'\(shown(text))'" }

  // MARK: Recording

  mutating func record(_ error: ScenarioError) { errors.append(error) }

  mutating func invalid(_ path: String, _ reason: String) {
    errors.append(.invalidValue(file: file, path: path, reason: reason))
  }

  mutating func mismatch(_ path: String, expected: String, _ value: JSONValue) {
    errors.append(.typeMismatch(file: file, path: path, expected: expected, found: value.summary))
  }

  // MARK: Typed reads

  /// The members of an object whose keys are all in `known`; unknown keys are recorded.
  mutating func object(
    _ value: JSONValue, at path: String, known: [String]
  ) -> [String: JSONValue]? {
    guard case .object(let members) = value else {
      mismatch(path, expected: "an object", value)
      return nil
    }
    var result: [String: JSONValue] = [:]
    for member in members {
      if known.contains(member.key) {
        result[member.key] = member.value
      } else {
        errors.append(
          .unknownKey(
            file: file, path: Self.child(path, member.key),
            suggestion: ScenarioError.suggestion(for: member.key, among: known), allowed: known))
      }
    }
    return result
  }

  mutating func array(_ value: JSONValue, at path: String, expected: String = "an array")
    -> [JSONValue]?
  {
    guard case .array(let items) = value else {
      mismatch(path, expected: expected, value)
      return nil
    }
    return items
  }

  mutating func string(_ value: JSONValue, at path: String) -> String? {
    guard case .string(let text) = value else {
      mismatch(path, expected: "a string", value)
      return nil
    }
    return text
  }

  mutating func bool(_ value: JSONValue, at path: String) -> Bool? {
    guard case .bool(let flag) = value else {
      mismatch(path, expected: "true or false", value)
      return nil
    }
    return flag
  }

  /// A finite number.
  mutating func number(_ value: JSONValue, at path: String) -> JSONNumber? {
    guard case .number(let number) = value else {
      mismatch(path, expected: "a number", value)
      return nil
    }
    guard number.value.isFinite else {
      invalid(path, "\(Self.shown(number.literal)) is not a finite number")
      return nil
    }
    return number
  }

  /// A finite number in `range`, whose text form (`0...50`) the message shows.
  mutating func number(_ value: JSONValue, at path: String, in range: ClosedRange<Double>)
    -> Double?
  {
    guard let number = number(value, at: path) else { return nil }
    guard range.contains(number.value) else {
      invalid(path, "\(Self.shown(number.literal)) is out of range \(Self.text(range))")
      return nil
    }
    return number.value
  }

  /// An integral number in `range`; an integer literal is compared exactly.
  mutating func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int64>) -> Int64?
  {
    guard let number = number(value, at: path) else { return nil }
    guard number.isIntegral else {
      invalid(path, "\(Self.shown(number.literal)) is not an integer")
      return nil
    }
    // Not written as an Int64 (`1e3`, or too many digits): its Double must convert
    // exactly, which also keeps 2^63 (Double(Int64.max) rounds up to it) out.
    let integer = number.exactInteger ?? Int64(exactly: number.value)
    guard let integer, range.contains(integer) else {
      invalid(
        path,
        "\(Self.shown(number.literal)) is out of range \(range.lowerBound)...\(range.upperBound)")
      return nil
    }
    return integer
  }

  /// An integral number in `range`, as an `Int`.
  mutating func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int>) -> Int? {
    integer(value, at: path, in: Int64(range.lowerBound)...Int64(range.upperBound)).map { Int($0) }
  }

  /// A string naming one of `T`'s cases by its raw value.
  mutating func choice<T: CaseIterable & RawRepresentable>(
    _ value: JSONValue, at path: String, of type: T.Type
  ) -> T? where T.RawValue == String {
    guard let text = string(value, at: path) else { return nil }
    guard let choice = T(rawValue: text) else {
      invalid(
        path,
        "\(Self.quoted(text)) is not valid; use one of "
          + ScenarioError.quotedList(T.allCases.map(\.rawValue))
      )
      return nil
    }
    return choice
  }

  /// Finite numbers, exactly `count` of them when `count` is given.
  mutating func numbers(_ value: JSONValue, at path: String, count: Int?) -> [Double]? {
    let expected = count.map { "an array of \($0) numbers" } ?? "an array of numbers"
    guard let items = array(value, at: path, expected: expected) else { return nil }
    if let count, items.count != count {
      invalid(path, "expected \(Self.counted(count, "number")), found \(items.count)")
      return nil
    }
    var result: [Double] = []
    result.reserveCapacity(items.count)
    var ok = true
    for (i, item) in items.enumerated() {
      if let n = number(item, at: Self.element(path, i)) {
        result.append(n.value)
      } else {
        ok = false
      }
    }
    return ok ? result : nil
  }

  /// `1 number`, `3 numbers`.
  static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }

  /// `0...50`, `10...90`: bounds without a trailing `.0`.
  static func text(_ range: ClosedRange<Double>) -> String {
    "\(JSONText.number(range.lowerBound))...\(JSONText.number(range.upperBound))"
  }

  /// `1...30`.
  static func text(_ range: ClosedRange<Int>) -> String {
    "\(range.lowerBound)...\(range.upperBound)"
  }

  /// Why `literal` is not a learning rate: "… is out of range; use a number greater than
  /// 0 and at most 10".
  static func learningRateOutOfRange(_ literal: String) -> String {
    "\(shown(literal)) is out of range; use a number greater than 0 and at most "
      + JSONText.number(Limits.maximumLearningRate)
  }
}
