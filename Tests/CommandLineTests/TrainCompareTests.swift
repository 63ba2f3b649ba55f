import Foundation
import TestSupport
import Testing

/// `train --variant` and scenarios with `compare`, on the real binary (issue 13).
@Suite struct TrainCompareTests {
  /// A plain `train` of the default scenario with `settings` (JSON members) added.
  static func plain(_ settings: String, _ arguments: [String]) throws -> String {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("plain.json")
    try Data(#"{"version": 1\#(settings.isEmpty ? "" : ", " + settings)}"#.utf8).write(to: file)
    let result = try CLI.run(["train", "--preset", file.path] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  /// Column `index` of every csv line after the header.
  static func column(_ csv: String, _ index: Int) -> [String] {
    csv.split(separator: "\n").dropFirst().map {
      String($0.split(separator: ",", omittingEmptySubsequences: false)[index])
    }
  }

  @Test func csvColumnsAreEachVariantsPlainRunBitForBit() throws {
    let arguments = ["--format", "csv", "--seed", "3", "--epochs", "30"]
    let result = try CLI.run(
      ["train", "--variant", "activation=tanh", "--variant", "activation=relu"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let header = result.stdout.split(separator: "\n").first.map(String.init)
    #expect(
      header
        == "epoch,activation=tanh:train_loss,activation=tanh:test_loss,"
        + "activation=tanh:train_accuracy,activation=tanh:test_accuracy,"
        + "activation=relu:train_loss,activation=relu:test_loss,"
        + "activation=relu:train_accuracy,activation=relu:test_accuracy")
    for (v, settings) in [#""activation": "tanh""#, #""activation": "relu""#].enumerated() {
      let single = try Self.plain(settings, arguments)
      #expect(Self.column(result.stdout, 0) == Self.column(single, 0))
      for c in 1...4 {
        #expect(Self.column(result.stdout, 4 * v + c) == Self.column(single, c), "variant \(v)")
      }
    }
    // Different settings give different numbers (the check above can fail).
    #expect(Self.column(result.stdout, 2) != Self.column(result.stdout, 6))
  }

  @Test func jsonVariantsHoldThePlainRunsEpochsAndFinal() throws {
    let arguments = ["--format", "json", "--seed", "8", "--epochs", "12"]
    let variants = ["batchSize=1", "hiddenLayers=[3];learningRate=0.3", "batchSize=all"]
    let result = try CLI.run(["train"] + variants.flatMap { ["--variant", $0] } + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try need(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["seed"] as? Int == 8)
    let list = try need(object["variants"] as? [[String: Any]])
    #expect(list.map { $0["label"] as? String } == variants)
    #expect((list[1]["overrides"] as? [String: Any])?["hiddenLayers"] as? [Int] == [3])
    let settings = [
      #""batchSize": 1"#, #""hiddenLayers": [3], "learningRate": 0.3"#, #""batchSize": "all""#,
    ]
    for (v, setting) in settings.enumerated() {
      let single = try Self.plain(setting, arguments)
      // `{"seed":8,"epochs":[…],"final":{…}}`: the part after the seed, as it is.
      let body = try need(single.split(separator: ",", maxSplits: 1).last).dropLast(2)
      #expect(result.stdout.contains(body), "variant \(v)")
    }
  }

  @Test func aDivergedVariantStopsItsColumnsAndTheOthersGoOn() throws {
    let directory = try CLI.temporaryDirectory()
    let file = try TrainCommandTests.writeDivergingScenario(in: directory)
    let result = try CLI.run([
      "train", "--preset", file.path, "--epochs", "60", "--seed", "3", "--format", "csv",
      "--variant", "learningRate=10", "--variant", "learningRate=0.01",
    ])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.count == 62, "the rows go on while one variant trains")
    #expect(rows.last?.hasPrefix("60,nan,nan,") == true, "\(rows.last ?? "")")
    #expect(rows.last?.contains("nan,nan,nan") == false)
    #expect(result.stderr.contains("note: variant 1 ('learningRate=10') diverged at epoch "))
    let single = try CLI.run([
      "train", "--preset", file.path, "--epochs", "60", "--seed", "3", "--format", "csv",
    ])
    let stopped = single.stdout.split(separator: "\n").count
    #expect(Self.column(result.stdout, 1).prefix(stopped - 1) == Self.column(single.stdout, 1)[...])
  }

  @Test func aScenarioWithCompareRunsItsOwnVariants() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("c.json")
    try Data(
      #"{"version": 1, "compare": [{}, {"hiddenLayers": [8, 4], "activation": "relu"}]}"#.utf8
    ).write(to: file)
    let result = try CLI.run([
      "train", "--preset", file.path, "--epochs", "1", "--seed", "2", "--format", "csv",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.split(separator: "\n").first?.hasPrefix(
        #"epoch,base:train_loss,base:test_loss,base:train_accuracy,base:test_accuracy,"hiddenLayers=[8,4];activation=relu:train_loss","#
      )
        == true, "\(result.stdout)")
    let table = try CLI.run(["train", "--preset", file.path, "--epochs", "1", "--seed", "2"])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first == "        base" + String(repeating: " ", count: 46)
        + "hiddenLayers=[8,4];activation=relu")
    #expect(lines.count == 4)
  }

  @Test func badVariantsExitTwoNamingTheVariantAndKey() throws {
    let result = try CLI.run([
      "train", "--seed", "1", "--variant", "activation=relu", "--variant", "hiddenLayers=[4,9]",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "playground-tui: --variant 2: hiddenLayers[1]: 9 is out of range 1...8\n")
    let one = try CLI.run(["train", "--variant", "activation=relu"])
    #expect(one.status == 64)
    #expect(one.stderr.contains("a comparison has 2 to 4 variants"))
  }

  /// A comparison under a seed string (with 3 classes) saves as a file that loads and
  /// trains the same: the seed string alone, no integer seed beside it.
  @Test func aComparisonUnderASeedStringSavesAndReloads() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("c.json")
    let saved = directory.appendingPathComponent("saved.json")
    try Data(
      (#"{"version": 1, "tfSeed": "0.12345", "classes": 3, "dataset": "spiral", "#
        + #""compare": [{"activation": "tanh"}, {"activation": "relu"}]}"#).utf8
    ).write(to: file)
    let first = try CLI.run([
      "train", "--preset", file.path, "--epochs", "2", "--format", "csv", "--save", saved.path,
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let again = try CLI.run(["train", "--preset", saved.path, "--epochs", "2", "--format", "csv"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout == first.stdout)
    let json = try CLI.run(["train", "--preset", file.path, "--epochs", "0", "--format", "json"])
    #expect(json.stdout.contains(#","tfSeed":"0.12345","variants":["#), "\(json.stdout)")
  }
}
