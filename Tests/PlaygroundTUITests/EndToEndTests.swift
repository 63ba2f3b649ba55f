import Foundation
import TestSupport
import Testing

/// Runs `Tests/e2e/tmux-e2e.sh` against the binary of the configuration under test (the
/// one built beside this test bundle, so `swift test -c release` drives the release
/// binary): start, train, resize, and quit by q, Ctrl-C, SIGTERM, SIGHUP, a crash, Ctrl-\
/// and other signals that end a process, each restoring the terminal; Ctrl-S, Ctrl-Z and
/// `fg`; no terminal (a pipe, a file, `TERM=dumb`); a hang-up without SIGHUP; and no
/// process left behind.
///
/// `.ci/run` builds the binary before `swift test`; without it this test fails and says how to
/// build it rather than passing silently.
@Suite struct EndToEndTests {
  @Test(.timeLimit(.minutes(2))) func realBinaryInTmuxRestoresTheTerminal() throws {
    let binary = try BuiltProducts.executable("playground-tui")
    let script = RepositoryFiles.url("Tests/e2e/tmux-e2e.sh").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script, binary.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains(" passed, 0 failed"), "\(text)")
  }
}
