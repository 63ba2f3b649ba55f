import Foundation
import TestSupport
import Testing

/// `train` end to end on the real binary (DESIGN.md §4).
@Suite struct TrainCommandTests {
  /// The original playground's recorded runs, reproduced through the command line.
  @Test(arguments: Fixtures.parityNames)
  func reproducesAParityRunThroughTheCommandLine(name: String) throws {
    let fixture = try need(
      try JSONSerialization.jsonObject(with: Fixtures.data(name)) as? [String: Any])
    let scenario = try need(fixture["scenario"])
    let expected = try need(fixture["epochs"] as? [[String: Any]])
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("case.json")
    try JSONSerialization.data(withJSONObject: scenario).write(to: file)

    let result = try CLI.run([
      "train", "--preset", file.path, "--epochs", "\(expected.count - 1)", "--format", "json",
      "--seed", "1",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let output = try need(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let epochs = try need(output["epochs"] as? [[String: Any]])
    #expect(epochs.count == expected.count)
    for (got, want) in zip(epochs, expected) {
      for key in ["trainLoss", "testLoss"] {
        let a = try need(got[key] as? Double)
        let b = try need(want[key] as? Double)
        #expect(
          a.isApproximatelyEqual(to: b, relativeTolerance: 1e-7),
          "epoch \(got["epoch"] ?? "?") \(key)")
      }
    }
    let final = try need(output["final"] as? [String: Any])
    let wantFinal = try need(fixture["final"] as? [String: Any])
    func flat(_ object: [String: Any]) -> [Double] {
      let w = (object["weights"] as? [[[Double]]]) ?? []
      let b = (object["biases"] as? [[Double]]) ?? []
      return w.flatMap { $0.flatMap { $0 } } + b.flatMap { $0 }
    }
    let a = flat(final)
    let b = flat(wantFinal)
    #expect(a.count == b.count && !a.isEmpty)
    #expect(zip(a, b).allSatisfy { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-7) })
  }

  @Test func csvHasAHeaderAndOneRowPerEpochFromZero() throws {
    let result = try CLI.run(["train", "--epochs", "3", "--seed", "5", "--format", "csv"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "epoch,train_loss,test_loss,train_accuracy,test_accuracy")
    #expect(
      lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) } == [
        "0", "1", "2", "3",
      ])
    #expect(result.stderr.isEmpty, "a given seed is not reported: \(result.stderr)")
  }

  @Test func aDrawnSeedIsReportedAndRepeatsTheRun() throws {
    let first = try CLI.run(["train", "--epochs", "2", "--format", "csv"])
    let line = try need(first.stderr.split(separator: "\n").first { $0.hasPrefix("seed: ") })
    let seed = String(line.dropFirst("seed: ".count))
    let again = try CLI.run(["train", "--epochs", "2", "--format", "csv", "--seed", seed])
    #expect(again.stdout == first.stdout)
  }

  @Test func divergenceStopsTheRowsWithNaNAndExitsZero() throws {
    let directory = try CLI.temporaryDirectory()
    let file = try Self.writeDivergingScenario(in: directory)
    let csv = try CLI.run([
      "train", "--preset", file.path, "--epochs", "500", "--seed", "3", "--format", "csv",
    ])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.count < 502, "rows must stop at the diverged epoch")
    #expect(rows.last?.contains("nan") == true)
    #expect(csv.stderr.contains("diverged"))
    let json = try CLI.run([
      "train", "--preset", file.path, "--epochs", "500", "--seed", "3", "--format", "json",
    ])
    #expect(json.stdout.contains("null"))
    #expect(
      (try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "still valid JSON")
  }

  @Test func saveThenLoadContinuesFromTheTrainedWeights() throws {
    let directory = try CLI.temporaryDirectory()
    let saved = directory.appendingPathComponent("trained.json")
    let first = try CLI.run([
      "train", "--preset", "xor-hidden-layer", "--epochs", "30", "--format", "json", "--save",
      saved.path,
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let reloaded = try CLI.run([
      "train", "--preset", saved.path, "--epochs", "0", "--format", "json",
    ])
    #expect(reloaded.status == 0, "\(reloaded.stderr)")
    func epochs(_ text: String) throws -> [[String: Any]] {
      let object = try need(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      return try need(object["epochs"] as? [[String: Any]])
    }
    let last = try need(try epochs(first.stdout).last)
    let start = try need(try epochs(reloaded.stdout).first)
    #expect(start["trainLoss"] as? Double == last["trainLoss"] as? Double)
    #expect(start["testLoss"] as? Double == last["testLoss"] as? Double)
  }

  @Test func aFailedSaveLeavesNoFileAndExitsOne() throws {
    let directory = try CLI.temporaryDirectory()
    let missing = directory.appendingPathComponent("no/such/dir/out.json")
    let result = try CLI.run(["train", "--epochs", "1", "--seed", "1", "--save", missing.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot write"))
    // A directory in the way: the rename fails, and the temporary file is cleaned up.
    let blocked = directory.appendingPathComponent("taken")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: blocked.appendingPathComponent("keep"))
    let again = try CLI.run(["train", "--epochs", "1", "--seed", "1", "--save", blocked.path])
    #expect(again.status == 1)
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(left == ["taken"], "left behind: \(left)")
  }

  @Test func anUnwritableOutputExitsOne() throws {
    let result = try CLI.run([
      "train", "--epochs", "1", "--seed", "1", "--output", "/no/such/dir/rows.csv",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
  }
}

extension TrainCommandTests {
  /// Explicit data without test points: the test loss is absent, never a misleading 0.
  @Test func anEmptyTestSetIsNaNNotZero() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("train-only.json")
    try Data(#"{"version": 1, "data": {"train": [[1, 1, 1], [-1, -1, -1]]}}"#.utf8).write(to: file)
    let csv = try CLI.run(["train", "--preset", file.path, "--epochs", "1", "--format", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(
      csv.stdout.split(separator: "\n").dropFirst().allSatisfy {
        $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "nan"
      })
    let json = try CLI.run(["train", "--preset", file.path, "--epochs", "1", "--format", "json"])
    #expect(json.stdout.contains("\"testLoss\":null"))
    #expect(!json.stderr.contains("diverged"))
  }
}

extension TrainCommandTests {
  /// Runs whose losses grow to 1e+291 before they diverge, or shrink to 1e-33.
  static let wideRuns = [
    #"{"version": 1, "problem": "regression", "hiddenLayers": [8, 8], "activation": "relu", "learningRate": 3}"#,
    #"{"version": 1, "problem": "regression", "hiddenLayers": [], "features": ["x1"], "learningRate": 0.3, "batchSize": 3, "data": {"train": [[1, 0, 0.5], [-1, 0, -0.5], [0.5, 0, 0.25]], "test": [[2, 0, 1]]}}"#,
  ]

  /// The table shows csv's values to four significant digits (issue 11, item 8), on runs
  /// whose losses span many magnitudes.
  @Test(arguments: wideRuns) func theTableShowsTheValuesOfCSV(scenario: String) throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("wide.json")
    try Data(scenario.utf8).write(to: file)
    let arguments = ["train", "--preset", file.path, "--epochs", "300", "--seed", "3"]
    let csv = try CLI.run(arguments + ["--format", "csv"])
    let table = try CLI.run(arguments)
    #expect(csv.status == 0 && table.status == 0)
    let csvRows = csv.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let tableRows = table.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: " ").map(String.init)
    }
    #expect(csvRows.count == tableRows.count && csvRows.count > 2)
    var magnitudes: Set<Int> = []
    for (c, t) in zip(csvRows, tableRows) {
      #expect(c[0] == t[0])
      for column in 1...2 {
        if c[column] == "nan" {
          #expect(t[column] == "nan")
          continue
        }
        let want = try #require(Double(c[column]))
        let got = try #require(Double(t[column]), "\(t)")
        #expect(abs(got - want) <= abs(want) * 5e-4, "epoch \(c[0]): \(t[column]) vs \(c[column])")
        if want != 0 { magnitudes.insert(Int(log10(abs(want)).rounded(.down))) }
      }
    }
    #expect(magnitudes.count > 3, "the run must span several magnitudes: \(magnitudes)")
  }

  /// Without test points the table shows `-`, not `nan`, which reads as divergence (issue
  /// 11, item 12); csv keeps `nan` and JSON `null` (DESIGN.md §4).
  @Test func anEmptyTestSetIsADashInTheTable() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("train-only.json")
    try Data(#"{"version": 1, "data": {"train": [[1, 1, 1], [-1, -1, -1]]}}"#.utf8).write(to: file)
    let table = try CLI.run(["train", "--preset", file.path, "--epochs", "2", "--seed", "1"])
    #expect(table.status == 0, "\(table.stderr)")
    let rows = table.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ") }
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { $0.count == 5 && $0[2] == "-" && $0[4] == "-" }, "\(table.stdout)")
    #expect(!table.stdout.contains("nan"))
  }
}

extension TrainCommandTests {
  /// `--save` after divergence writes no file the program would reject: exit 1 with a
  /// line that says why, the rows printed as usual (issue 11, item 7).
  @Test func aDivergedRunIsNotSaved() throws {
    let directory = try CLI.temporaryDirectory()
    _ = try Self.writeDivergingScenario(in: directory)
    let result = try CLI.run(
      [
        "train", "--preset", "blowup.json", "--epochs", "500", "--seed", "3", "--format", "csv",
        "--save", "trained.json",
      ], in: directory)
    #expect(result.status == 1)
    #expect(result.stdout.split(separator: "\n").last?.contains("nan") == true)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 2, "\(result.stderr)")
    #expect(
      lines.last?.hasPrefix("playground-tui: trained.json: not saved: training diverged at epoch ")
        == true, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["blowup.json"])
  }
}

extension TrainCommandTests {
  /// Writes `blowup.json`, a regression at learning rate 10 that diverges within 500
  /// epochs at seed 3, into `directory`.
  static func writeDivergingScenario(in directory: URL) throws -> URL {
    let file = directory.appendingPathComponent("blowup.json")
    try Data(
      #"{"version": 1, "problem": "regression", "hiddenLayers": [8, 8], "activation": "relu", "learningRate": 10}"#
        .utf8
    ).write(to: file)
    return file
  }
}
