import Foundation
import PlaygroundCore
import TestSupport
import Testing

/// The scenario reader and the TensorFlow Playground link parser on thousands of
/// generated and mutated inputs from a fixed seed (issue 11, "Done when"): each ends in a
/// value or a `ScenarioError`, never a trap (a trap ends the test process, and the seed
/// reproduces it).
///
/// Beyond not trapping: a scenario that is read loads back from its own file as itself;
/// `validateAll` is empty exactly when `decode` succeeds; and every message is one line
/// with no control characters and a bounded length. The work is bounded by counting
/// inputs, not by timing them.
@Suite struct ScenarioFuzzTests {
  static let scenarioInputs = 3000
  static let linkInputs = 3000

  /// A message must not drive a terminal or fill a screen.
  static func problem(with message: String) -> String? {
    if message.unicodeScalars.contains(where: {
      $0.value < 0x20 || (0x7f...0x9f).contains($0.value)
    }) {
      return "control character in \(message.debugDescription.prefix(300))"
    }
    return message.count > 2000 ? "\(message.count) characters: \(message.prefix(300))" : nil
  }

  /// Valid scenario files: the presets, the parity fixtures' scenarios, the round-trip
  /// cases (explicit data and parameters), and the design's examples.
  static func seedFiles() throws -> [[UInt8]] {
    var files = try RepositoryFiles.presetFileNames.map {
      Array(try Data(contentsOf: RepositoryFiles.presets.appendingPathComponent($0)))
    }
    for name in Fixtures.parityNames {
      let object = try JSONSerialization.jsonObject(with: Fixtures.data(name)) as? [String: Any]
      if let scenario = object?["scenario"] {
        files.append(Array(try JSONSerialization.data(withJSONObject: scenario)))
      }
    }
    files += ScenarioRoundTripTests.scenarios.map { Array($0.encodedJSON().utf8) }
    return files
  }

  @Test(.timeLimit(.minutes(2)), arguments: [20_261_129 as UInt64])
  func theScenarioReaderEndsInAValueOrAnError(seed: UInt64) throws {
    let seeds = try Self.seedFiles()
    try #require(seeds.count > 20)
    var mutator = Mutator(seed: seed)
    var json = RandomJSON(seed: seed)
    var problems: [String] = []
    var accepted = 0
    for index in 0..<Self.scenarioInputs {
      let input: [UInt8]
      switch index % 4 {
      case 0:
        // A valid file with one key's value replaced by any JSON at all.
        let key = mutator.pick(Scenario.fileKeys.filter { $0 != "version" })
        input = Array(#"{"version": 1, "\#(key)": \#(json.document())}"#.utf8)
      default:
        input = mutator.mutate(mutator.pick(seeds), others: seeds)
      }
      let data = Data(input)
      var read = false
      do {
        let scenario = try Scenario.decode(from: data, file: "fuzz.json")
        read = true
        accepted += 1
        let back = try Scenario.decode(from: Data(try scenario.fileText().utf8), file: "")
        if back != scenario { problems.append("input \(index) does not load back as itself") }
      } catch let error as ScenarioError {
        if let p = Self.problem(with: error.description) { problems.append("input \(index): \(p)") }
      } catch {
        problems.append("input \(index): its own file was refused: \(error)")
      }
      let all = Scenario.validateAll(data, file: "fuzz.json")
      if all.isEmpty != read {
        problems.append("input \(index): validateAll disagrees with decode")
      }
      for error in all {
        if let p = Self.problem(with: error.description) { problems.append("input \(index): \(p)") }
      }
    }
    #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    // Mutations must leave some inputs valid (about 2 % since presets carry two languages),
    // or the reader's success path is not fuzzed.
    #expect(accepted > Self.scenarioInputs / 100, "only \(accepted) inputs were read")
  }

  /// Links: the original's keys with values readers find hard, and byte mutations of them.
  @Test(.timeLimit(.minutes(2)), arguments: [20_261_129 as UInt64])
  func theLinkParserEndsInAValueOrAnError(seed: UInt64) throws {
    var mutator = Mutator(seed: seed)
    let keys = [
      "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate",
      "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize",
      "percTrainData", "x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY",
      "sinY", "collectStats", "tutorial", "problem", "initZero", "hideText", "noise_hide",
      "x_hide", "bogus", "",
    ]
    let values = [
      "", "%", "%1", "%zz", "%ff", "%c3", "%1b%5d0;X%07", "1e999", "NaN", "-0", "0", "1", "31",
      "4,,2", ",,,,,,,", "8,8,8,8,8,8", "9", "2.5", "true", "false", "relu", "L1", "xor",
      "reg-gauss", "regression", String(repeating: "9", count: 400),
      String(repeating: "%41", count: 500), "0.03", "-1", " 3 ", "=", "&",
    ]
    var links = [TFPlaygroundURLTests.defaultHash]
    var problems: [String] = []
    var accepted = 0
    for index in 0..<Self.linkInputs {
      let link: String
      if index % 3 == 0 {
        let pairs = (0..<mutator.int(0...12)).map { _ in
          "\(mutator.pick(keys))=\(mutator.pick(values))"
        }
        link =
          (mutator.int(0...1) == 0 ? "https://playground.tensorflow.org/#" : "#")
          + pairs.joined(separator: "&")
        links.append(link)
      } else {
        let bytes = mutator.mutate(
          Array(mutator.pick(links).utf8), others: links.map { Array($0.utf8) })
        link = String(decoding: bytes, as: UTF8.self)
      }
      do {
        let (scenario, notes) = try Scenario.fromTFPlaygroundURL(link)
        accepted += 1
        for note in notes {
          if let p = Self.problem(with: note) { problems.append("link \(index) note: \(p)") }
        }
        let back = try Scenario.decode(from: Data(try scenario.fileText().utf8), file: "")
        if back != scenario { problems.append("link \(index) does not load back as itself") }
      } catch let error as ScenarioError {
        if let p = Self.problem(with: error.description) { problems.append("link \(index): \(p)") }
      } catch {
        problems.append("link \(index): its scenario's file was refused: \(error)")
      }
    }
    #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    #expect(accepted > Self.linkInputs / 10, "only \(accepted) links were read")
  }
}
