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
    let file = directory.appendingPathComponent("blowup.json")
    try Data(
      #"{"version": 1, "problem": "regression", "hiddenLayers": [8, 8], "activation": "relu", "learningRate": 10}"#
        .utf8
    ).write(to: file)
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
