extension Scenario {
  /// Reads `data`: `{"train": [[x, y, label], ...], "test": [...]}`.
  ///
  /// `train` is required and not empty, `test` may be left out. Labels are checked when
  /// `problem` is known.
  static func readData(
    _ v: JSONValue, problem: Problem?, classes: Int = 2, with r: inout ScenarioReader
  ) -> DataSplit? {
    guard let object = r.object(v, at: "data", known: ["train", "test"]) else { return nil }
    guard let trainValue = object["train"] else {
      r.record(.missingKey(file: r.file, path: "data", key: "train"))
      return nil
    }
    let train = readPoints(
      trainValue, at: "data.train", problem: problem, classes: classes, with: &r)
    if let train, train.isEmpty {
      r.invalid("data.train", "expected at least 1 point, found none")
    }
    var test: [DataPoint]? = []
    if let testValue = object["test"] {
      test = readPoints(testValue, at: "data.test", problem: problem, classes: classes, with: &r)
    }
    guard let train, let test, !train.isEmpty else { return nil }
    return DataSplit(train: train, test: test)
  }

  private static func readPoints(
    _ v: JSONValue, at path: String, problem: Problem?, classes: Int,
    with r: inout ScenarioReader
  ) -> [DataPoint]? {
    guard let rows = r.array(v, at: path, expected: "an array of points [x, y, label]") else {
      return nil
    }
    var points: [DataPoint] = []
    points.reserveCapacity(rows.count)
    for (i, row) in rows.enumerated() {
      let rowPath = ScenarioReader.element(path, i)
      guard let xyl = r.numbers(row, at: rowPath, count: 3) else { continue }
      let fits =
        classes > 2
        ? xyl[2] >= 0 && xyl[2] < Double(classes) && xyl[2].rounded() == xyl[2]
        : xyl[2] == -1 || xyl[2] == 1
      if problem == .classification, !fits {
        let literal: String
        if case .array(let items) = row, case .number(let n) = items[2] {
          literal = n.literal
        } else {
          literal = JSONText.number(xyl[2])
        }
        r.invalid(
          ScenarioReader.element(rowPath, 2),
          "label \(ScenarioReader.shown(literal)) must be "
            + (classes > 2 ? "a class 0...\(classes - 1)" : "-1 or 1"))
        continue
      }
      points.append(DataPoint(x: xyl[0], y: xyl[1], label: xyl[2]))
    }
    return points.count == rows.count ? points : nil
  }

  /// `parameters`: `{"weights", "biases"}`, both required; shapes are checked against
  /// `layerSizes` when it is known (`nil` when features or hiddenLayers were invalid).
  static func readParameters(
    _ v: JSONValue, layerSizes: [Int]?, with r: inout ScenarioReader
  ) -> Parameters? {
    guard let object = r.object(v, at: "parameters", known: ["weights", "biases"]) else {
      return nil
    }
    var missing = false
    for key in ["weights", "biases"] where object[key] == nil {
      r.record(.missingKey(file: r.file, path: "parameters", key: key))
      missing = true
    }
    guard !missing, let weightsValue = object["weights"], let biasesValue = object["biases"] else {
      return nil
    }
    let links = layerSizes.map { $0.count - 1 }
    let weights = readLayers(weightsValue, at: "parameters.weights", count: links, with: &r) {
      (l: Int, value: JSONValue, path: String, r: inout ScenarioReader) -> [[Double]]? in
      let rows = layerSizes.map { $0[l + 1] }
      let inputs = layerSizes.map { $0[l] }
      guard let items = r.array(value, at: path, expected: "an array of rows") else { return nil }
      if let rows, items.count != rows {
        r.invalid(path, "expected \(ScenarioReader.counted(rows, "row")), found \(items.count)")
        return nil
      }
      var matrix: [[Double]] = []
      for (i, item) in items.enumerated() {
        if let row = r.numbers(item, at: ScenarioReader.element(path, i), count: inputs) {
          matrix.append(row)
        }
      }
      return matrix.count == items.count ? matrix : nil
    }
    let biases = readLayers(biasesValue, at: "parameters.biases", count: links, with: &r) {
      (l: Int, value: JSONValue, path: String, r: inout ScenarioReader) -> [Double]? in
      r.numbers(value, at: path, count: layerSizes.map { $0[l + 1] })
    }
    guard let weights, let biases else { return nil }
    return Parameters(weights: weights, biases: biases)
  }

  /// An array of `count` layers (any number when `nil`), each read by `layer`.
  private static func readLayers<Layer>(
    _ v: JSONValue, at path: String, count: Int?, with r: inout ScenarioReader,
    _ layer: (Int, JSONValue, String, inout ScenarioReader) -> Layer?
  ) -> [Layer]? {
    guard let items = r.array(v, at: path, expected: "an array of layers") else { return nil }
    if let count, items.count != count {
      r.invalid(path, "expected \(ScenarioReader.counted(count, "layer")), found \(items.count)")
      return nil
    }
    var result: [Layer] = []
    for (l, item) in items.enumerated() {
      if let value = layer(l, item, ScenarioReader.element(path, l), &r) { result.append(value) }
    }
    return result.count == items.count ? result : nil
  }
}
