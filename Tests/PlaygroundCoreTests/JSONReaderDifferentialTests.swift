import Foundation
import PlaygroundCore
import Testing

/// The scenario reader's JSON parser against Foundation's `JSONSerialization`, on
/// thousands of random valid documents (`RandomJSON`): both must read each one, and to the
/// same structure.
///
/// How the two represent things, and how they are compared:
/// - Objects: ours keeps members in file order, Foundation's dictionary has none; compared
///   as key → value, keys by their exact Unicode scalars (Swift's `String ==` would equate
///   `"é"` and `"e\u{301}"`). Keys are distinct in every document.
/// - Strings: by exact Unicode scalars, for the same reason.
/// - `true`/`false`: Foundation's booleans are `NSNumber`s of type `c`; a number read as a
///   boolean, or the other way round, is a difference.
/// - Numbers: ours keeps the literal and the nearest `Double`. Foundation gives an integer
///   `NSNumber` for an integer literal that fits 64 bits (compared exactly, as integers,
///   so `-0` is `0`), a `Double` for other short literals (compared bit for bit, so
///   `-0.0` must stay negative), and an `NSDecimalNumber` for long mantissas, exponents it
///   cannot take exactly as a `Double` and integers past `UInt64`. A decimal's own
///   `doubleValue` is off by up to several ulps (`-7715533.858861E-08` gives
///   `0xBFB3C073C7F32BC9`, two above the nearest), so its exact digits (`description`, at
///   most 30 significant digits here) are converted with `Double(_:)`, which rounds
///   correctly, and compared by value (a decimal has no negative zero).
@Suite struct JSONReaderDifferentialTests {
  static let documentsPerSeed = 1500

  @Test(arguments: [1, 20_260_101] as [UInt64])
  func readsRandomDocumentsAsFoundationDoes(seed: UInt64) {
    var generator = RandomJSON(seed: seed)
    var reported = 0
    for index in 0..<Self.documentsPerSeed {
      let text = generator.document()
      let differences: [String]
      do {
        let ours = try JSONValue.parse(text)
        let theirs = try JSONSerialization.jsonObject(
          with: Data(text.utf8), options: .fragmentsAllowed)
        differences = Self.differences(ours, theirs, at: "$")
      } catch {
        differences = ["not read by \(error is JSONReadError ? "ours" : "Foundation"): \(error)"]
      }
      guard !differences.isEmpty else { continue }
      reported += 1
      // The first few are enough to diagnose; the rest would bury them.
      guard reported <= 5 else { continue }
      Issue.record(
        """
        seed \(seed), document \(index): \(differences.prefix(3).joined(separator: "; "))
        \(text)
        """)
    }
    let missing = Set(RandomJSON.Shape.allCases).subtracting(generator.covered)
    #expect(missing.isEmpty, "the documents never had \(missing.map(\.rawValue).sorted())")
  }

  /// Where `ours` and Foundation's `theirs` differ, as `path: what` lines.
  static func differences(_ ours: JSONValue, _ theirs: Any, at path: String) -> [String] {
    switch ours {
    case .object(let members):
      guard let dictionary = theirs as? [String: Any] else { return ["\(path): not an object"] }
      let byScalars = Dictionary(
        dictionary.map { (Array($0.key.unicodeScalars), $0.value) }, uniquingKeysWith: { a, _ in a }
      )
      var found: [String] = []
      if byScalars.count != members.count || dictionary.count != members.count {
        found.append("\(path): \(members.count) members, Foundation \(dictionary.count)")
      }
      for member in members {
        let memberPath = "\(path).\(member.key.debugDescription)"
        guard let value = byScalars[Array(member.key.unicodeScalars)] else {
          found.append("\(memberPath): not in Foundation's object")
          continue
        }
        found += differences(member.value, value, at: memberPath)
      }
      return found
    case .array(let items):
      guard let array = theirs as? [Any] else { return ["\(path): not an array"] }
      guard array.count == items.count else {
        return ["\(path): \(items.count) items, Foundation \(array.count)"]
      }
      return zip(items, array).enumerated().flatMap { index, pair in
        differences(pair.0, pair.1, at: "\(path)[\(index)]")
      }
    case .string(let string):
      guard let other = theirs as? String else { return ["\(path): not a string"] }
      let same = Array(string.unicodeScalars) == Array(other.unicodeScalars)
      return same ? [] : ["\(path): \(string.debugDescription) vs \(other.debugDescription)"]
    case .bool(let bool):
      guard let number = theirs as? NSNumber, isBoolean(number), number.boolValue == bool else {
        return ["\(path): \(bool) vs \(theirs)"]
      }
      return []
    case .null:
      return theirs is NSNull ? [] : ["\(path): null vs \(theirs)"]
    case .number(let number):
      guard let other = theirs as? NSNumber, !isBoolean(other) else {
        return ["\(path): \(number.literal) vs \(theirs)"]
      }
      guard !sameNumber(number, other) else { return [] }
      let type = String(cString: other.objCType)
      return ["\(path): \(number.literal) read as \(number.value), Foundation \(other) (\(type))"]
    }
  }

  static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

  static func sameNumber(_ ours: JSONNumber, _ theirs: NSNumber) -> Bool {
    if let decimal = theirs as? NSDecimalNumber {
      if let integer = ours.exactInteger, decimal.int64Value != integer { return false }
      return Double(decimal.decimalValue.description) == ours.value
    }
    let type = String(cString: theirs.objCType)
    if ours.isWrittenAsInteger {
      if let integer = ours.exactInteger { return type != "d" && theirs.int64Value == integer }
      if let unsigned = UInt64(ours.literal) {
        return type == "Q" && theirs.uint64Value == unsigned
      }
      return false
    }
    return type == "d" && ours.value.bitPattern == theirs.doubleValue.bitPattern
  }
}
