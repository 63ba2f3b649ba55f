import Foundation
import TestSupport
import Testing

/// `export-data`, `--data` and `dataFile` on the real binary.
@Suite struct PointFileCommandTests {
  /// The generated points written out and read back give the same run, bit for bit.
  @Test(arguments: ["xor-hidden-layer", "spiral-deep", "regression-plane", "three-classes"])
  func exportThenTrainWithTheDataReproducesTheRun(preset: String) throws {
    let directory = try CLI.temporaryDirectory()
    let csv = directory.appendingPathComponent("points.csv").path
    let export = try CLI.run(["export-data", "--preset", preset, "--seed", "7", "--output", csv])
    #expect(export.status == 0, "\(export.stderr)")
    let common = ["train", "--preset", preset, "--seed", "7", "--epochs", "15", "--format", "csv"]
    let generated = try CLI.run(common)
    let loaded = try CLI.run(common + ["--data", csv])
    #expect(generated.status == 0 && loaded.status == 0, "\(loaded.stderr)")
    #expect(generated.stdout.split(separator: "\n").count == 17)
    #expect(loaded.stdout == generated.stdout)
  }

  @Test func exportDataWritesAHeaderAndASplitColumn() throws {
    let result = try CLI.run(["export-data", "--seed", "3"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "x,y,label,split")
    #expect(lines.count == 501)
    #expect(lines.filter { $0.hasSuffix(",train") }.count == 250)
  }

  @Test func aBadLineExitsTwoNamingTheFileAsTypedAndTheLine() throws {
    let directory = try CLI.temporaryDirectory()
    try "x,y,label\n1,2,1\n0.5,two,-1\n".write(
      to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["train", "--data", "./bad.csv", "--epochs", "1"], in: directory)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "playground-tui: ./bad.csv: line 3: y: expected a number, found 'two'\n")
  }

  @Test func aScenarioDataFileIsReadNextToTheScenario() throws {
    let directory = try CLI.temporaryDirectory()
    let folder = directory.appendingPathComponent("lesson")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "1,1,1\n-1,-1,-1\n2,2,1\n-2,-2,-1,\n".write(
      to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
    try #"{"version": 1, "dataFile": "p.csv", "trainRatio": 50}"#.write(
      to: folder.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
    let result = try CLI.run(
      ["train", "--preset", "lesson/s.json", "--epochs", "1"], in: directory)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "playground-tui: lesson/s.json: dataFile: lesson/p.csv: line 4: expected 3 columns "
        + "(x,y,label), found 4\n")
    try "1,1,1\n-1,-1,-1\n2,2,1\n-2,-2,-1\n".write(
      to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
    let good = try CLI.run(
      ["train", "--preset", "lesson/s.json", "--epochs", "1", "--format", "csv", "--seed", "1"],
      in: directory)
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stdout.split(separator: "\n").count == 3)
  }
}

/// `train` with 3...6 classes (issue 15).
@Suite struct MultiClassTrainTests {
  @Test func jsonAddsTheAccuracyOfEveryClass() throws {
    let result = try CLI.run([
      "train", "--preset", "three-classes", "--epochs", "2", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let output = try need(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let epochs = try need(output["epochs"] as? [[String: Any]])
    let last = try need(epochs.last)
    let perClass = try need(last["testClassAccuracy"] as? [Double])
    #expect(perClass.count == 3)
    #expect(last["trainClassAccuracy"] is [Double] && last["testAccuracy"] is Double)
    let final = try need(output["final"] as? [String: Any])
    let biases = try need(final["biases"] as? [[Double]])
    #expect(biases.last?.count == 3)
  }

  @Test func csvAndTableKeepTheirColumns() throws {
    let csv = try CLI.run(["train", "--preset", "spiral-3", "--epochs", "1", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n"))
  }

  /// Saving a run whose points came from a CSV writes the points into the file (under a
  /// seed string and in a comparison too), so it loads from another folder.
  @Test func savedPointsStandAloneInAnotherFolder() throws {
    let directory = try CLI.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("x,y,label\n1,1,1\n-1,-1,-1\n2,2,1\n-2,-2,-1\n".utf8).write(
      to: directory.appendingPathComponent("pts.csv"))
    try Data(#"{"version": 1, "tfSeed": "0.5", "dataFile": "pts.csv"}"#.utf8).write(
      to: directory.appendingPathComponent("tf.json"))
    let runs = [
      ["train", "--preset", "tf.json", "--epochs", "1", "--save", "sub/a.json"],
      [
        "train", "--data", "pts.csv", "--variant", "activation=relu", "--variant",
        "activation=tanh", "--epochs", "1", "--save", "sub/b.json",
      ],
    ]
    for (arguments, saved) in zip(runs, ["sub/a.json", "sub/b.json"]) {
      let trained = try CLI.run(arguments, in: directory)
      #expect(trained.status == 0, "\(trained.stderr)")
      let checked = try CLI.run(["validate", saved], in: directory)
      #expect(checked.status == 0, "\(saved): \(checked.stdout)\(checked.stderr)")
    }
  }
}
