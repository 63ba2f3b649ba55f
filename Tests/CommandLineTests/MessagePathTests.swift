import Foundation
import TestSupport
import Testing

/// Every message names a file the way the user gave it: relative stays relative, and a
/// preset given by name is `Presets/NAME.json`, never an absolute path.
@Suite struct MessagePathTests {
  @Test func aBadPresetPathIsNamedAsTyped() throws {
    let directory = try CLI.temporaryDirectory()
    let three = #"{"version": 1, "activation": "swish", "noise": 99, "lerningRate": 0.1}"#
    try Data(three.utf8).write(to: directory.appendingPathComponent("three.json"))
    let result = try CLI.run(["train", "--preset", "./three.json"], in: directory)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    // train reports only the problem that comes first in the file.
    #expect(
      result.stderr
        == "playground-tui: ./three.json: activation: 'swish' is not valid; use one of 'relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu'\n"
    )
    let missing = try CLI.run(["train", "--preset", "lessons/missing.json"], in: directory)
    #expect(missing.status == 2)
    #expect(missing.stderr == "playground-tui: lessons/missing.json: no such file\n")
  }

  @Test func aPresetGivenByNameIsNamedRelativeToPresets() throws {
    let directory = try CLI.temporaryDirectory()
    let presets = directory.appendingPathComponent("Presets")
    try FileManager.default.createDirectory(at: presets, withIntermediateDirectories: true)
    try Data(#"{"version": 1, "noise": 99}"#.utf8).write(
      to: presets.appendingPathComponent("noisy.json"))
    let train = try CLI.run(["train", "--preset", "noisy"], in: directory)
    #expect(train.status == 2)
    #expect(
      train.stderr == "playground-tui: Presets/noisy.json: noise: 99 is out of range 0...50\n")
    let list = try CLI.run(["presets"], in: directory)
    #expect(list.status == 0)
    #expect(list.stdout.contains("invalid: Presets/noisy.json: noise: 99 is out of range 0...50"))
    #expect(
      !list.stdout.contains(directory.path) && !list.stdout.contains(RepositoryFiles.root.path))
  }

  @Test func anUnwritableOutputOrSaveIsNamedAsTyped() throws {
    let directory = try CLI.temporaryDirectory()
    let output = try CLI.run(
      ["train", "--epochs", "1", "--seed", "1", "--output", "no/dir/rows.csv"], in: directory)
    #expect(output.status == 1)
    #expect(
      output.stderr == "playground-tui: no/dir/rows.csv: cannot write: No such file or directory\n")
    let save = try CLI.run(
      ["train", "--epochs", "1", "--seed", "1", "--format", "csv", "--save", "no/dir/s.json"],
      in: directory)
    #expect(save.status == 1)
    #expect(
      save.stderr == "playground-tui: no/dir/s.json: cannot write: No such file or directory\n")
  }
}
