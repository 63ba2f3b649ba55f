import Foundation
import Testing

/// `validate` lists every problem of every file, one line each, naming the file as typed.
@Suite struct ValidateCommandTests {
  static let threeMistakes =
    #"{"version": 1, "activation": "swish", "noise": 99, "lerningRate": 0.1}"#

  @Test func listsEveryProblemOfAFileInFileOrder() throws {
    let directory = try CLI.temporaryDirectory()
    try Data(Self.threeMistakes.utf8).write(to: directory.appendingPathComponent("three.json"))
    let result = try CLI.run(["validate", "three.json"], in: directory)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.split(separator: "\n") == [
        "three.json: activation: 'swish' is not valid; use one of 'relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu'",
        "three.json: noise: 99 is out of range 0...50",
        "three.json: lerningRate: unknown key; did you mean 'learningRate'?",
      ])
  }

  /// A file that is not JSON cannot be checked further: one line with line and column.
  @Test func aSyntaxErrorIsOneLineWithLineAndColumn() throws {
    let directory = try CLI.temporaryDirectory()
    try Data("{\"version\": 1,\n \"noise\": 5,\n".utf8).write(
      to: directory.appendingPathComponent("cut.json"))
    let result = try CLI.run(["validate", "cut.json"], in: directory)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "cut.json: line 3, column 1: expected a key in double quotes, found the end of the file\n"
    )
  }

  /// Files are reported in the order given, each under the name it was given by.
  @Test func reportsEachFileAsTypedInTheOrderGiven() throws {
    let directory = try CLI.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data(#"{"version": 1}"#.utf8).write(to: directory.appendingPathComponent("good.json"))
    try Data(#"{"version": 1, "batchSize": 0}"#.utf8).write(
      to: directory.appendingPathComponent("sub/bad.json"))
    let result = try CLI.run(
      ["validate", "./good.json", "sub/bad.json", "sub/../good.json", "gone.json"], in: directory)
    #expect(result.status == 2)
    #expect(result.stdout == "ok ./good.json\nok sub/../good.json\n")
    #expect(
      result.stderr
        == "sub/bad.json: batchSize: 0 is out of range 1...30\ngone.json: no such file\n")
  }
}
