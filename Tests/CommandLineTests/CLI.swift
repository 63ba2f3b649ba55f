import Foundation
import TestSupport

/// Runs the real `playground-tui` binary of the configuration under test (the one built
/// beside the test bundle: `swift test -c release` runs the release binary).
enum CLI {
  /// The binary of the configuration under test.
  static var binary: URL {
    get throws { try BuiltProducts.executable("playground-tui") }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the binary with `arguments` in `directory` (the repository by default).
  static func run(_ arguments: [String], in directory: URL = RepositoryFiles.root) throws -> Result
  {
    let process = Process()
    process.executableURL = try binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    return try collect(process)
  }

  /// Runs `process` with standard input empty, and returns its status and output.
  ///
  /// Standard error goes to a file, not a pipe: reading one pipe to its end while the
  /// child fills the other (a regression that echoes 100 KB to stderr) would block both.
  static func collect(_ process: Process) throws -> Result {
    let errorFile = try temporaryDirectory().appendingPathComponent("stderr")
    try Data().write(to: errorFile)
    let err = try FileHandle(forWritingTo: errorFile)
    defer { try? err.close() }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = try Data(contentsOf: errorFile)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh empty directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("playground-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension CLI {
  /// Runs `script` with bash in `directory`, the binary's path in `$BIN`: for what needs a
  /// shell (a redirection to /dev/full, a pipeline with SIGPIPE ignored).
  static func shell(_ script: String, in directory: URL) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["BIN": try binary.path], uniquingKeysWith: { $1 })
    process.currentDirectoryURL = directory
    return try collect(process)
  }
}
