import Foundation
import Glibc
import Testing

/// A write that fails ends `train` with exit 1 and one line saying why, never a trap,
/// and never leaves a partial or temporary file where a complete one was (issue 11,
/// items 2 and 10).
@Suite struct WriteErrorTests {
  static let train = "\"$BIN\" train --epochs 3000 --seed 1 --format csv"

  @Test func aFullStandardOutputIsOneLine() throws {
    let directory = try CLI.temporaryDirectory()
    let result = try CLI.shell("\(Self.train) > /dev/full", in: directory)
    #expect(result.status == 1)
    #expect(
      result.stderr == "playground-tui: standard output: cannot write: No space left on device\n")
    try Data(#"{"version": 1}"#.utf8).write(to: directory.appendingPathComponent("ok.json"))
    let validate = try CLI.shell(#""$BIN" validate ok.json > /dev/full"#, in: directory)
    #expect(validate.status == 1)
    #expect(validate.stderr == result.stderr)
  }

  /// `--output` to a full device: a private copy of /dev/full, so that a regression (which
  /// renamed a file over the device) cannot replace the system's.
  @Test func aFullDeviceIsOneLine() throws {
    let directory = try CLI.temporaryDirectory()
    // makedev(1, 7), the number of /dev/full (a macro Swift does not import).
    guard
      mknod(directory.appendingPathComponent("full").path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0
    else {
      try Test.cancel("mknod needs CAP_MKNOD: \(String(cString: strerror(errno)))")
    }
    let result = try CLI.shell("\(Self.train) --output full", in: directory)
    #expect(result.status == 1)
    #expect(result.stderr == "playground-tui: full: cannot write: No space left on device\n")
  }

  /// A reader that goes away ends `train` quietly.
  ///
  /// With SIGPIPE ignored (as services run) it is EPIPE: exit 1 without a message. With
  /// SIGPIPE at its default the signal ends the process, as for any tool.
  @Test func aBrokenPipeEndsQuietly() throws {
    let directory = try CLI.temporaryDirectory()
    let ignored = try CLI.shell(
      "trap '' PIPE; \(Self.train.replacingOccurrences(of: "3000", with: "1000000")) 2>err | head -c 10 >/dev/null; "
        + "echo ${PIPESTATUS[0]}; cat err", in: directory)
    #expect(ignored.stdout == "1\n", "\(ignored.stderr)")
    let byDefault = try CLI.shell(
      "\(Self.train.replacingOccurrences(of: "3000", with: "1000000")) 2>err | head -c 10 >/dev/null; "
        + "echo ${PIPESTATUS[0]}; cat err", in: directory)
    #expect(byDefault.stdout == "141\n", "\(byDefault.stderr)")
  }

  /// Mounts a small tmpfs at a new folder for `body` and unmounts it after; cancels the
  /// test when mounting is not allowed (not root, or no CAP_SYS_ADMIN).
  static func withTmpfs(options: String, _ body: (URL) throws -> Void) throws {
    let directory = try CLI.temporaryDirectory()
    let mount = try CLI.shell(
      "mount -t tmpfs -o \(options) tmpfs '\(directory.path)'", in: directory)
    guard mount.status == 0 else {
      try Test.cancel("cannot mount a tmpfs here: \(mount.stderr)")
    }
    defer { _ = try? CLI.shell("umount '\(directory.path)'", in: URL(fileURLWithPath: "/")) }
    try body(directory)
  }

  /// A full disk: the file that was there is untouched, no temporary file is left, and
  /// the message says "No space left on device".
  @Test func aFullDiskKeepsTheOldFile() throws {
    try Self.withTmpfs(options: "size=16k") { directory in
      try Data("old rows\n".utf8).write(to: directory.appendingPathComponent("rows.csv"))
      let output = try CLI.shell("\(Self.train) --output rows.csv", in: directory)
      #expect(output.status == 1)
      #expect(output.stderr == "playground-tui: rows.csv: cannot write: No space left on device\n")
      #expect(
        try String(contentsOf: directory.appendingPathComponent("rows.csv"), encoding: .utf8)
          == "old rows\n")
      // Fill the rest of the disk, then save.
      try Data("old\n".utf8).write(to: directory.appendingPathComponent("s.json"))
      _ = try CLI.shell("cat /dev/zero > filler 2>/dev/null", in: directory)
      let save = try CLI.shell(
        "\(Self.train.replacingOccurrences(of: "3000", with: "1")) --save s.json",
        in: directory)
      #expect(save.status == 1)
      #expect(save.stderr == "playground-tui: s.json: cannot write: No space left on device\n")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
          "filler", "rows.csv", "s.json",
        ])
      #expect(
        try String(contentsOf: directory.appendingPathComponent("s.json"), encoding: .utf8)
          == "old\n")
    }
  }

  @Test func aReadOnlyFileSystemSaysSo() throws {
    try Self.withTmpfs(options: "ro,size=16k") { directory in
      for option in ["--output", "--save"] {
        let result = try CLI.shell("\(Self.train) \(option) x.json", in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("x.json: cannot write: Read-only file system\n"))
      }
    }
  }
}
