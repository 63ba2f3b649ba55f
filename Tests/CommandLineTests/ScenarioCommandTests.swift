import Foundation
import TestSupport
import Testing

/// `validate`, `presets`, `import-url`, `--version` and bad scenarios on the real binary.
@Suite struct ScenarioCommandTests {
  @Test func versionPrints() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")
  }

  @Test func everyPresetValidates() throws {
    let presets = RepositoryFiles.presetFileNames.map { "Presets/\($0)" }
    let result = try CLI.run(["validate"] + presets)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == presets.count)
  }

  @Test func aBadScenarioIsOneLineAndExitTwo() throws {
    let directory = try CLI.temporaryDirectory()
    let bad = directory.appendingPathComponent("xor.json")
    try Data(#"{"version": 1, "hiddenLayers": [4, 9]}"#.utf8).write(to: bad)
    let good = directory.appendingPathComponent("good.json")
    try Data(#"{"version": 1}"#.utf8).write(to: good)
    let result = try CLI.run([
      "validate", good.path, bad.path, directory.appendingPathComponent("gone.json").path,
    ])
    #expect(result.status == 2)
    #expect(result.stdout == "ok \(good.path)\n")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "\(bad.path): hiddenLayers[1]: 9 is out of range 1...8")
    #expect(lines.count == 2 && lines[1].hasSuffix("gone.json: no such file"))
    let train = try CLI.run(["train", "--preset", bad.path])
    #expect(train.status == 2)
    #expect(
      train.stderr == "playground-tui: \(bad.path): hiddenLayers[1]: 9 is out of range 1...8\n")
    #expect(train.stdout.isEmpty)
  }

  @Test func anUnknownPresetNameListsTheKnownOnes() throws {
    let result = try CLI.run(["train", "--preset", "xor-lineer"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("xor-lineer: no such preset"))
    #expect(result.stderr.contains("xor-linear"))
  }

  @Test func presetsListsEveryLesson() throws {
    let result = try CLI.run(["presets"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("default ") == true)
    #expect(lines.contains { $0.hasPrefix("xor-linear ") && $0.contains("XOR") })
    #expect(lines.count >= 16)
  }

  @Test func theOriginalsDefaultLinkIsTheDefaultScenario() throws {
    let url =
      "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.59704&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false"
    let imported = try CLI.run(["import-url", url])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr.isEmpty, "the link's seed is kept, so there is nothing to note")
    let object = try need(
      try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
    #expect(object["tfSeed"] as? String == "0.59704")
    #expect(object["seed"] == nil)
    #expect(object["hiddenLayers"] as? [Int] == [4, 2])
    #expect(object["features"] as? [String] == ["x1", "x2"])
    #expect(object["learningRate"] as? Double == 0.03)
    // The same link trains headless, and the same link twice gives the same run.
    let a = try CLI.run(["train", "--tf-url", url, "--epochs", "2", "--format", "csv"])
    let b = try CLI.run(["train", "--tf-url", url, "--epochs", "2", "--format", "csv"])
    #expect(a.status == 0 && a.stdout == b.stdout)
    let bad = try CLI.run([
      "train", "--tf-url", "https://playground.tensorflow.org/#networkShape=9",
    ])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("networkShape"))
  }
}
