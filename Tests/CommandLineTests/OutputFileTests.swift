import Foundation
import Glibc
import Testing

/// `train --output` and `--save` treat what is at the path as coreutils do (issue 11,
/// items 1 and 10): a symlink is followed, a FIFO or device is written as it is, only a
/// regular file is replaced (atomically, keeping its mode), and nothing is left behind.
@Suite struct OutputFileTests {
  static let train = ["train", "--epochs", "2", "--seed", "1", "--format", "csv"]

  /// The file type bits of what is at `path`, without following a symlink.
  static func type(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  static func mode(_ path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  static func text(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? "<unreadable>"
  }

  @Test(arguments: ["--output", "--save"])
  func aSymlinkIsFollowedAndStaysALink(_ option: String) throws {
    let directory = try CLI.temporaryDirectory()
    let target = directory.appendingPathComponent("target.txt")
    try Data("old\n".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("link").path, withDestinationPath: "target.txt")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("dangling").path, withDestinationPath: "new.txt")
    for name in ["link", "dangling"] {
      let result = try CLI.run(Self.train + [option, name], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.type(directory.appendingPathComponent(name).path) == S_IFLNK)
    }
    let expected = option == "--output" ? "epoch,train_loss" : "{\n  \"version\": 1"
    #expect(Self.text(target).hasPrefix(expected))
    #expect(Self.text(directory.appendingPathComponent("new.txt")).hasPrefix(expected))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "dangling", "link", "new.txt", "target.txt",
      ])
  }

  /// The test holds the FIFO open for reading and writing, so the program's open never
  /// waits for a reader, and a regression that renames over the FIFO cannot hang here.
  @Test(arguments: ["--output", "--save"])
  func aFIFOIsWrittenNotReplaced(_ option: String) throws {
    let directory = try CLI.temporaryDirectory()
    let fifo = directory.appendingPathComponent("fifo")
    try #require(mkfifo(fifo.path, 0o644) == 0)
    let reader = open(fifo.path, O_RDWR | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let result = try CLI.run(Self.train + [option, "fifo"], in: directory)
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(reader, &bytes, bytes.count)
    let read = count > 0 ? String(decoding: bytes[..<count], as: UTF8.self) : ""
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Self.type(fifo.path) == S_IFIFO)
    #expect(read.hasPrefix(option == "--output" ? "epoch,train_loss" : "{"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["fifo"])
  }

  /// A device node (a private copy of /dev/null, so a regression cannot replace the
  /// system's) stays a device.
  @Test func aDeviceIsWrittenNotReplaced() throws {
    let directory = try CLI.temporaryDirectory()
    let device = directory.appendingPathComponent("null")
    // makedev(1, 3), the number of /dev/null (a macro Swift does not import).
    guard mknod(device.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else {
      try Test.cancel("mknod needs CAP_MKNOD: \(String(cString: strerror(errno)))")
    }
    for option in ["--output", "--save"] {
      let result = try CLI.run(Self.train + [option, "null"], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.type(device.path) == S_IFCHR)
    }
  }

  @Test(arguments: ["--output", "--save"])
  func anOverwrittenFileKeepsItsMode(_ option: String) throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("kept")
    for mode: mode_t in [0o600, 0o640, 0o755] {
      try Data("old\n".utf8).write(to: file)
      try #require(chmod(file.path, mode) == 0)
      let result = try CLI.run(Self.train + [option, "kept"], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.mode(file.path) == mode)
      #expect(Self.text(file) != "old\n")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kept"])
  }

  /// A file the user may not write is not replaced, though its folder would allow the
  /// rename (run as `nobody`, since root may write anything).
  @Test func aFileWeMayNotWriteIsRefused() throws {
    guard getuid() == 0, access("/usr/bin/setpriv", X_OK) == 0 else {
      try Test.cancel("needs root and setpriv to run as nobody")
    }
    let directory = try CLI.temporaryDirectory()
    try #require(chmod(directory.path, 0o777) == 0)
    let file = directory.appendingPathComponent("locked.csv")
    try Data("old\n".utf8).write(to: file)
    try #require(chmod(file.path, 0o644) == 0)
    let result = try CLI.shell(
      "setpriv --reuid=65534 --regid=65534 --clear-groups \"$BIN\" train --epochs 1 --seed 1 "
        + "--output locked.csv --save locked.csv", in: directory)
    // 126 and 127: the shell could not run the binary as nobody (a folder it cannot search).
    if result.status == 126 || result.status == 127 {
      try Test.cancel("nobody cannot run the binary here: \(result.stderr)")
    }
    #expect(result.status == 1)
    #expect(result.stderr == "playground-tui: locked.csv: cannot write: Permission denied\n")
    #expect(Self.text(file) == "old\n")
  }

  /// The temporary name stays short: every name up to the 255 bytes a folder entry may
  /// have can be written, and one byte more says why not.
  @Test func namesUpTo255BytesCanBeWritten() throws {
    let directory = try CLI.temporaryDirectory()
    for length in 246...255 {
      let name = String(repeating: "n", count: length - 5) + ".json"
      let result = try CLI.run(Self.train + ["--save", name], in: directory)
      #expect(result.status == 0, "\(length): \(result.stderr)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 10)
    let long = String(repeating: "n", count: 251) + ".json"
    let result = try CLI.run(Self.train + ["--save", long], in: directory)
    #expect(result.status == 1)
    #expect(result.stderr.hasSuffix(": cannot write: File name too long\n"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 10)
  }

  /// Every failure says why, with the system's words for errno (the path under /sys is
  /// one that even root cannot create).
  @Test(arguments: [
    ("plain/x.json", "Not a directory"), ("folder", "Is a directory"),
    ("folder/", "Is a directory"), ("no/dir/x.json", "No such file or directory"),
    ("/sys/pgtui-test.json", "Permission denied"),
  ])
  func aFailureSaysWhy(_ path: String, _ reason: String) throws {
    let directory = try CLI.temporaryDirectory()
    try Data("x".utf8).write(to: directory.appendingPathComponent("plain"))
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("folder"), withIntermediateDirectories: false)
    for option in ["--output", "--save"] {
      let result = try CLI.run(Self.train + [option, path], in: directory)
      #expect(result.status == 1)
      #expect(result.stderr == "playground-tui: \(path): cannot write: \(reason)\n")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "folder", "plain",
      ])
  }
}
