import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// TensorFlow Playground links through the command line: a link trains as the original
/// page trains it, and goes back out as the same link.
@Suite struct TFLinkCommandTests {
  static let names = ["link-circle-tanh-4-2.json", "link-reg-plane-relu-3.json"]

  struct Fixture {
    var url: String
    var losses: [[Double]]
    var initialWeights: JSONValue
    var initialBiases: JSONValue
  }

  static func fixture(_ name: String) throws -> Fixture {
    let root = try JSONValue.parse(Fixtures.data("tf-links/" + name), maximumBytes: 1 << 22)
    guard case .string(let url) = try need(root["url"]),
      case .array(let rows) = try need(root["losses"])
    else { throw MissingValue(fileID: #fileID, line: #line) }
    let losses = try rows.map { row in
      try ["trainLoss", "testLoss"].map { key in
        guard case .number(let n) = try need(row[key]) else {
          throw MissingValue(fileID: #fileID, line: #line)
        }
        return n.value
      }
    }
    return Fixture(
      url: url, losses: losses, initialWeights: try need(root["initialWeights"]),
      initialBiases: try need(root["initialBiases"]))
  }

  /// The losses of `train ... --format json`, checked against the fixture to 1e-7.
  static func expectLosses(_ stdout: String, _ fixture: Fixture) throws {
    let output = try JSONValue.parse(Data(stdout.utf8), maximumBytes: 1 << 22)
    guard case .array(let epochs) = try need(output["epochs"]) else {
      throw MissingValue(fileID: #fileID, line: #line)
    }
    #expect(epochs.count == fixture.losses.count)
    for (row, want) in zip(epochs, fixture.losses) {
      for (key, expected) in zip(["trainLoss", "testLoss"], want) {
        guard case .number(let n) = try need(row[key]) else {
          Issue.record("no \(key)")
          continue
        }
        #expect(
          n.value.isApproximatelyEqual(to: expected, relativeTolerance: 1e-7),
          "\(key) \(n.value) vs \(expected)")
      }
    }
  }

  @Test(arguments: names)
  func trainsAsTheOriginalPage(name: String) throws {
    let fixture = try Self.fixture(name)
    let result = try CLI.run([
      "train", "--tf-url", fixture.url, "--epochs", "50", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "no seed report, no note: \(result.stderr)")
    try Self.expectLosses(result.stdout, fixture)
  }

  @Test(arguments: names)
  func epochZeroShowsThePagesInitialWeights(name: String) throws {
    let fixture = try Self.fixture(name)
    let result = try CLI.run([
      "train", "--tf-url", fixture.url, "--epochs", "0", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let output = try JSONValue.parse(Data(result.stdout.utf8), maximumBytes: 1 << 22)
    let final = try need(output["final"])
    // Numbers compared by value: the same double may be written differently.
    #expect(Self.values(try need(final["weights"])) == Self.values(fixture.initialWeights))
    #expect(Self.values(try need(final["biases"])) == Self.values(fixture.initialBiases))
    #expect(!Self.values(fixture.initialWeights).isEmpty)
  }

  static func values(_ v: JSONValue) -> [Double] {
    switch v {
    case .number(let n): return [n.value]
    case .array(let items): return items.flatMap(values)
    default: return []
    }
  }

  /// `import-url` then `export-url` gives the original's link back, key by key, and the
  /// file trains to the same losses.
  @Test(arguments: names)
  func importThenExportGivesTheLinkBack(name: String) throws {
    let fixture = try Self.fixture(name)
    let imported = try CLI.run(["import-url", fixture.url])
    #expect(imported.status == 0, "\(imported.stderr)")
    let file = try CLI.temporaryDirectory().appendingPathComponent("link.json")
    try Data(imported.stdout.utf8).write(to: file)

    let exported = try CLI.run(["export-url", file.path])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stderr.isEmpty)
    let pairs = { (url: String) in
      url.split(separator: "#", maxSplits: 1).last.map { $0.split(separator: "&").map(String.init) }
        ?? []
    }
    let link = exported.stdout.trimmingCharacters(in: .newlines)
    #expect(pairs(link) == pairs(fixture.url))
    #expect(link == fixture.url)

    let trained = try CLI.run([
      "train", "--preset", file.path, "--epochs", "50", "--format", "json",
    ])
    #expect(trained.status == 0, "\(trained.stderr)")
    try Self.expectLosses(trained.stdout, fixture)
  }

  @Test(arguments: [
    ("moons", "dataset"), ("batch-all", "batchSize"), ("cross-entropy", "loss"),
    ("three-classes", "classes"), ("my-points", "dataFile"), ("compare-l2", "compare"),
  ])
  func whatTheOriginalCannotExpressIsExitTwoNamingTheKey(preset: String, key: String) throws {
    let result = try CLI.run(["export-url", "--preset", preset])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("playground-tui: Presets/\(preset).json: \(key): "))
    #expect(result.stderr.contains("the original cannot express it"))
  }

  /// `--seed` replaces the link's seed string, with a note, and the run is then ours.
  @Test func seedReplacesTheLinksSeedString() throws {
    let fixture = try Self.fixture(Self.names[0])
    let result = try CLI.run([
      "train", "--tf-url", fixture.url, "--epochs", "0", "--format", "json", "--seed", "5",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("note: --seed replaces tfSeed '0.45454'"))
    #expect(result.stdout.hasPrefix(#"{"seed":5,"epochs""#))
    let flat = Self.values(try need(try JSONValue.parse(Data(result.stdout.utf8))["final"]))
    #expect(flat != Self.values(fixture.initialWeights) + Self.values(fixture.initialBiases))
  }

  @Test func aScenarioWithoutTFSeedGetsOneAndANote() throws {
    let result = try CLI.run(["export-url", "--preset", "xor-linear"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("https://playground.tensorflow.org/#activation="))
    #expect(result.stdout.contains("&seed=0."))
    #expect(result.stderr.hasPrefix("note: tfSeed: the scenario has none"))
    #expect(result.stderr.contains("not this scenario's"))
  }

  /// `export-data --tf-url` writes the page's training and test points, in its order and
  /// to the last bit, so `--data` of that file is the link's own data.
  @Test(arguments: names)
  func exportDataWritesThePagesPointsInOrder(name: String) throws {
    let fixture = try Self.fixture(name)
    let result = try CLI.run(["export-data", "--tf-url", fixture.url])
    #expect(result.status == 0, "\(result.stderr)")
    let root = try JSONValue.parse(Fixtures.data("tf-links/" + name), maximumBytes: 1 << 22)
    var expected: [String] = []
    for split in ["train", "test"] {
      guard case .array(let points) = try need(root[split]) else {
        throw MissingValue(fileID: #fileID, line: #line)
      }
      for point in points {
        let v = Self.values(point)
        expected.append("\(v[0]),\(v[1]),\(v[2]),\(split)")
      }
    }
    let rows = result.stdout.split(separator: "\n").dropFirst().map { line in
      // Labels are written as the CSV format allows (1, -1 or a real): compare numbers.
      let cells = line.split(separator: ",")
      let numbers = cells.prefix(3).compactMap { Double(String($0)) }
      return numbers.map { "\($0)" }.joined(separator: ",") + "," + (cells.last ?? "")
    }
    #expect(rows.count == expected.count)
    #expect(rows == expected)
  }
}
