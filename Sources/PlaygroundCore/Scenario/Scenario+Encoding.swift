extension Scenario {
  /// The scenario as a version 1 file.
  ///
  /// Pretty JSON with the keys in the order of DESIGN.md §3 (`version` first), one point
  /// per line under `data`, and one neuron's weights per line under `parameters`; it ends
  /// with a newline.
  ///
  /// `classes` is left out when 2; `dataFile` replaces `dataset` and `noise` when present
  /// (its points are not written: they stay in their file).
  /// `name`, `seed` and `tfSeed` are left out when `nil`, `view.hide` when nothing is hidden,
  /// `compare` when there is no comparison (one variant per line when there is), and a
  /// name or description without a Russian text is a plain string (so files from before
  /// these existed stay byte for byte the same). When `data` is present, `dataset`,
  /// `noise` and `trainRatio` are left out (the file format forbids them there), so they
  /// read back as their defaults. Numbers are written in their shortest exact form, so
  /// `decode(from: encodedJSON())` gives back an equal scenario for every scenario that
  /// `decode` can produce.
  public func encodedJSON() -> String {
    var lines: [String] = ["\"version\": \(Scenario.fileVersion)"]
    func add(_ key: String, _ value: String) { lines.append("\(JSONText.string(key)): \(value)") }
    if let name { add("name", name.encodedJSON) }
    add("description", description.encodedJSON)
    if let seed { add("seed", String(seed)) }
    if let tfSeed { add("tfSeed", JSONText.string(tfSeed)) }
    add("problem", JSONText.string(problem.rawValue))
    if classes != 2 { add("classes", String(classes)) }
    if data == nil, let dataFile {
      add("dataFile", JSONText.string(dataFile))
      add("trainRatio", JSONText.number(trainRatio))
    } else if data == nil {
      add("dataset", JSONText.string(dataset.rawValue))
      add("noise", JSONText.number(noise))
      add("trainRatio", JSONText.number(trainRatio))
    }
    switch batchSize {
    case .all: add("batchSize", JSONText.string("all"))
    case .count(let n): add("batchSize", String(n))
    }
    add("shuffle", String(shuffle))
    add(
      "features", "[" + features.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]")
    add("hiddenLayers", "[" + hiddenLayers.map(String.init).joined(separator: ", ") + "]")
    add("activation", JSONText.string(activation.rawValue))
    add("learningRate", JSONText.number(learningRate))
    add("regularization", JSONText.string(regularization.rawValue))
    add("regularizationRate", JSONText.number(regularizationRate))
    add("loss", JSONText.string(loss.rawValue))
    var viewText = "{ \"showTestData\": \(view.showTestData), \"discretize\": \(view.discretize)"
    if !view.hidden.isEmpty {
      let names = view.hidden.sorted().map { JSONText.string($0.rawValue) }
      viewText += ", \"hide\": [" + names.joined(separator: ", ") + "]"
    }
    add("view", viewText + " }")
    if !compare.isEmpty {
      add("compare", JSONText.lines(compare.map(\.encodedJSON), indent: 2))
    }
    if let data {
      func points(_ list: [DataPoint]) -> String {
        JSONText.lines(list.map { JSONText.numbers([$0.x, $0.y, $0.label]) }, indent: 4)
      }
      add(
        "data", "{\n    \"train\": \(points(data.train)),\n    \"test\": \(points(data.test))\n  }")
    }
    if let parameters {
      let weights = JSONText.lines(
        parameters.weights.map { JSONText.lines($0.map(JSONText.numbers), indent: 6) }, indent: 4)
      let biases = JSONText.lines(parameters.biases.map(JSONText.numbers), indent: 4)
      add("parameters", "{\n    \"weights\": \(weights),\n    \"biases\": \(biases)\n  }")
    }
    return "{\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
  }
}
