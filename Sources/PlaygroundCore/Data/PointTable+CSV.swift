extension PointTable {
  /// The header a file may start with, and the columns every line has:
  /// `x,y,label[,split]`.
  public static let csvColumns = ["x", "y", "label", "split"]

  /// Reads points from CSV text.
  ///
  /// Columns `x,y,label` and an optional `split` column (`train` or `test`), comma
  /// separated, one point a line, a header line optional. Blank lines and lines starting
  /// with `#` are skipped. Coordinates lie in the playground's square, -6...6. Labels fit the problem: for two
  /// classes -1 and 1, or 0 and 1 (0 is read as -1; a file may not mix -1 and 0); for k
  /// classes the integers 0...k−1; for regression any finite number. At most
  /// ``maximumCount`` points and at least one training point.
  ///
  /// - Parameters:
  ///   - text: The file's text.
  ///   - file: The file as the user typed it, for messages.
  ///   - problem: Classification or regression, which decides the labels.
  ///   - classes: The classification's classes (2...6).
  /// - Returns: The points, in file order.
  /// - Throws: The first problem, naming the line and what was expected; nothing is half
  ///   loaded.
  public static func parseCSV(
    _ text: String, file: String, problem: Problem, classes: Int
  ) throws(PointFileError) -> PointTable {
    var reader = CSVPointReader(file: file, problem: problem, classes: classes)
    // Bytes, not Characters: 10,000 lines read in a few milliseconds. A line ends at "\n"
    // (a "\r" before it is dropped).
    var bytes = Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
    var lineNumber = 0
    var start = 0
    try bytes.withUnsafeBufferPointer { (all) throws(PointFileError) in
      while start < all.count - 1 || (start == all.count - 1 && lineNumber == 0) {
        var end = start
        while all[end] != UInt8(ascii: "\n") { end += 1 }
        lineNumber += 1
        var lineEnd = end
        if lineEnd > start && all[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = UnsafeBufferPointer(rebasing: all[start..<lineEnd])
        start = end + 1
        guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
          line[first] != UInt8(ascii: "#")
        else { continue }
        try reader.read(line, number: lineNumber)
      }
    }
    return try reader.finish()
  }

  /// The points as CSV: a header `x,y,label,split`, then the training points and the test
  /// points in their order, every number in its shortest exact form, so
  /// ``parseCSV(_:file:problem:classes:)`` gives back the same split bit for bit.
  public static func csvText(of data: DataSplit) -> String {
    var out = csvColumns.joined(separator: ",") + "\n"
    out.reserveCapacity(32 * (data.train.count + data.test.count + 1))
    for (points, split) in [(data.train, "train"), (data.test, "test")] {
      for p in points {
        out += JSONText.number(p.x) + "," + JSONText.number(p.y) + ","
        out += JSONText.number(p.label) + "," + split + "\n"
      }
    }
    return out
  }
}

/// The state of one CSV read: the columns, the points so far, the label style seen.
private struct CSVPointReader {
  let file: String
  let problem: Problem
  let classes: Int
  var columnCount: Int?
  var sawHeaderOrData = false
  var points: [DataPoint] = []
  var isTrain: [Bool] = []
  /// For two classes: the line that fixed the labels as -1/1 (true) or 0/1 (false).
  var minusOneStyle: (minusOne: Bool, line: Int)?

  init(file: String, problem: Problem, classes: Int) {
    self.file = file
    self.problem = problem
    self.classes = classes
  }

  func fail(_ line: Int?, _ message: String) -> PointFileError {
    PointFileError(file: file, line: line, message: message)
  }

  static func shown(_ field: Substring) -> String {
    "'" + String(field).escapedForMessage(limit: 30) + "'"
  }

  static let expectedColumns = "x,y,label or x,y,label,split"

  /// One line's fields, split at commas and trimmed of spaces and tabs.
  static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [Substring] {
    var result: [Substring] = []
    var start = 0
    for i in 0...line.count where i == line.count || line[i] == UInt8(ascii: ",") {
      var a = start
      var b = i
      while a < b && (line[a] == 0x20 || line[a] == 0x09) { a += 1 }
      while b > a && (line[b - 1] == 0x20 || line[b - 1] == 0x09) { b -= 1 }
      result.append(
        Substring(String(decoding: UnsafeBufferPointer(rebasing: line[a..<b]), as: UTF8.self)))
      start = i + 1
    }
    return result
  }

  mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) throws(PointFileError) {
    let fields = Self.fields(bytes)
    if !sawHeaderOrData {
      sawHeaderOrData = true
      if let first = fields.first, Double(first) == nil {
        let names = fields.map { $0.lowercased() }
        guard names == ["x", "y", "label"] || names == PointTable.csvColumns else {
          let line = Substring(String(decoding: bytes, as: UTF8.self))
          throw fail(
            number,
            "header \(Self.shown(line)) is not valid; expected \(Self.expectedColumns)")
        }
        columnCount = names.count
        return
      }
    }
    if columnCount == nil && (fields.count == 3 || fields.count == 4) {
      columnCount = fields.count
    }
    guard let columns = columnCount, fields.count == columns else {
      let wanted = columnCount.map { $0 == 3 ? "x,y,label" : "x,y,label,split" }
      throw fail(
        number,
        "expected \(columnCount ?? 3) columns (\(wanted ?? Self.expectedColumns)), found "
          + "\(fields.count)")
    }
    guard points.count < PointTable.maximumCount else {
      throw fail(
        number, "more than \(PointTable.maximumCount) points; a file may hold at most that many")
    }
    let x = try coordinate(fields[0], "x", number)
    let y = try coordinate(fields[1], "y", number)
    let label = try self.label(fields[2], number)
    if columns == 4 {
      switch fields[3].lowercased() {
      case "train": isTrain.append(true)
      case "test": isTrain.append(false)
      default:
        throw fail(number, "split: expected 'train' or 'test', found \(Self.shown(fields[3]))")
      }
    }
    points.append(DataPoint(x: x, y: y, label: label))
  }

  func number(_ field: Substring, _ name: String, _ line: Int) throws(PointFileError) -> Double {
    guard let value = Double(field), value.isFinite else {
      throw fail(line, "\(name): expected a number, found \(Self.shown(field))")
    }
    return value
  }

  func coordinate(_ field: Substring, _ name: String, _ line: Int) throws(PointFileError) -> Double
  {
    let value = try number(field, name, line)
    guard (-6...6).contains(value) else {
      throw fail(
        line, "\(name): \(JSONText.number(value)) is outside the playground's square -6...6")
    }
    return value
  }

  mutating func label(_ field: Substring, _ line: Int) throws(PointFileError) -> Double {
    if problem == .regression { return try number(field, "label", line) }
    let value = Double(field)
    if classes > 2 {
      guard let value, value.rounded() == value, value >= 0, value < Double(classes) else {
        throw fail(
          line,
          "label: expected a class 0...\(classes - 1) (the scenario has \(classes) classes), "
            + "found \(Self.shown(field))")
      }
      return value
    }
    guard let value, value == -1 || value == 0 || value == 1 else {
      throw fail(line, "label: expected -1 or 1 (or 0 and 1), found \(Self.shown(field))")
    }
    if value != 1 {
      let minusOne = value == -1
      if let style = minusOneStyle, style.minusOne != minusOne {
        throw fail(
          line,
          "label: \(Self.shown(field)) mixes the -1/1 and 0/1 styles (line \(style.line) "
            + "uses \(style.minusOne ? "-1" : "0")); use one")
      }
      minusOneStyle = (minusOne, line)
    }
    return value == 1 ? 1 : -1
  }

  func finish() throws(PointFileError) -> PointTable {
    guard !points.isEmpty else {
      throw fail(nil, "no points; expected lines \(Self.expectedColumns)")
    }
    if columnCount == 4 && !isTrain.contains(true) {
      throw fail(nil, "no training points; at least one line needs split 'train'")
    }
    return PointTable(points: points, isTrain: columnCount == 4 ? isTrain : nil)
  }
}
