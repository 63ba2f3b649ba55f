import Foundation
import Testing

/// The interactive playground's messages about files, on the real binary in a private
/// tmux server (reference/terminal.md §4.2): the screen is polled, never slept on.
@Suite struct InteractiveSaveTests {
  /// Starts the playground in directory `$2` with `$1`, saves with S and Enter, prints the
  /// screen once "Saved" shows, and quits; the server is killed on every way out (the
  /// tmux server inherits this process's descriptors, so it must not outlive the script).
  static let script = #"""
    set -u
    app=$1; dir=$2; server=$3
    tm() { tmux -L "$server" "$@"; }
    trap 'tm kill-server 2>/dev/null' EXIT
    wait_for() {
      local deadline=$((SECONDS + 15))
      while [ $SECONDS -lt $deadline ]; do
        tm capture-pane -p 2>/dev/null | grep -qF -- "$1" && return 0
        sleep 0.1
      done
      echo "timed out waiting for: $1"; tm capture-pane -p; return 1
    }
    tm new-session -d -x 100 -y 30 -c "$dir" "env TERM=tmux-256color LANG=C.UTF-8 '$app'"
    wait_for 'Epoch 0' || exit 1
    tm send-keys S
    wait_for 'scenario.json' || exit 1
    tm send-keys Enter
    wait_for 'Saved' || exit 1
    tm capture-pane -p
    tm send-keys q
    """#

  @Test(.timeLimit(.minutes(1))) func saveReportsThePathAsTyped() throws {
    let directory = try CLI.temporaryDirectory()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", Self.script, "save-test", try CLI.binary.path, directory.path,
      "pgtui-save-\(UUID().uuidString.prefix(8))",
    ]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let screen = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(screen)")
    #expect(screen.contains("Saved scenario.json"), "\(screen)")
    #expect(!screen.contains(directory.path), "\(screen)")
    #expect(
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("scenario.json").path)
    )
  }
}
