import Glibc
import PlaygroundCore

/// Why writing failed: the destination as the user named it, and the `errno` that says
/// why.
struct WriteFailure: Error, Equatable {
  /// The path as typed, or "standard output".
  var target: String
  var code: Int32

  /// The reader of a pipe went away (EPIPE, with SIGPIPE ignored): not worth a message.
  var isBrokenPipe: Bool { code == EPIPE }

  /// One line: `rows.csv: cannot write: No space left on device`.
  var message: String {
    "\(target.shown): cannot write: \(String(cString: strerror(code)))"
  }
}

/// A destination being written, treated as coreutils treat one.
///
/// A symlink is followed. A regular file (or a new one) is written to a temporary file in
/// the same folder, which ``commit()`` renames over it with the old file's mode and
/// owner; a regular file this process may not write is refused (EACCES), as `cp` refuses
/// it. Anything else (a FIFO, a device, a terminal) is opened and written as it is, never
/// replaced.
///
/// Owns its descriptor. Until ``commit()`` succeeds nothing at the path has changed: a
/// failure, ``discard()`` or the end of the object removes the temporary file. Every
/// system call's error comes back as a ``WriteFailure``; nothing traps.
final class OutputFile {
  let target: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// The temporary file and the path it replaces, when writing a regular file.
  private let replacement: (temporary: String, destination: String, old: stat?)?
  private var isOpen = true
  /// Set once the temporary file was renamed over the destination.
  private var isCommitted = false

  private init(
    target: String, descriptor: Int32, ownsDescriptor: Bool,
    replacement: (temporary: String, destination: String, old: stat?)?
  ) {
    self.target = target
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
    self.replacement = replacement
  }

  deinit { discard() }

  /// Standard output, written as it is (never closed).
  static func standardOutput() -> OutputFile {
    OutputFile(
      target: "standard output", descriptor: STDOUT_FILENO, ownsDescriptor: false,
      replacement: nil)
  }

  /// Standard error, written as it is (never closed).
  static func standardError() -> OutputFile {
    OutputFile(
      target: "standard error", descriptor: STDERR_FILENO, ownsDescriptor: false,
      replacement: nil)
  }

  /// Opens `path` for writing; messages call it `path` as typed.
  static func open(_ path: String) throws(WriteFailure) -> OutputFile {
    let destination = try FilePath.followingLinks(path, target: path)
    var info = stat()
    if stat(destination, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw WriteFailure(target: path, code: EISDIR)
      case S_IFREG:
        // A file we may not write is protected, as from cp: renaming over it would not ask.
        guard access(destination, W_OK) == 0 else { throw WriteFailure(target: path, code: errno) }
        return try replacing(destination, old: info, target: path)
      default:
        let fd = Glibc.open(destination, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteFailure(target: path, code: errno) }
        return OutputFile(target: path, descriptor: fd, ownsDescriptor: true, replacement: nil)
      }
    }
    guard errno == ENOENT else { throw WriteFailure(target: path, code: errno) }
    if destination.hasSuffix("/") { throw WriteFailure(target: path, code: EISDIR) }
    return try replacing(destination, old: nil, target: path)
  }

  /// A temporary file beside `destination`: `.pgtui-XXXXXX`, short so that a name of 255
  /// bytes still has room, created with `O_EXCL` (mode 0666 less the umask for a new
  /// file, as the shell's `>` gives; the old file's mode is set at ``commit()``).
  private static func replacing(
    _ destination: String, old: stat?, target: String
  ) throws(WriteFailure) -> OutputFile {
    let folder = FilePath.folder(of: destination)
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    for _ in 0..<100 {
      let suffix = String((0..<6).map { _ in letters[Int.random(in: 0..<letters.count)] })
      let temporary = (folder == "/" ? "/" : folder + "/") + ".pgtui-" + suffix
      let fd = Glibc.open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, old == nil ? 0o666 : 0o600)
      if fd >= 0 {
        return OutputFile(
          target: target, descriptor: fd, ownsDescriptor: true,
          replacement: (temporary, destination, old))
      }
      guard errno == EEXIST else { throw WriteFailure(target: target, code: errno) }
    }
    throw WriteFailure(target: target, code: EEXIST)
  }

  /// Writes all of `bytes`, retrying after interruptions and short writes.
  func write(_ bytes: [UInt8]) throws(WriteFailure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + offset, raw.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        // A non-blocking descriptor we inherited: wait until it takes more.
        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&ready, 1, -1)
      } else {
        throw WriteFailure(target: target, code: written < 0 ? errno : EIO)
      }
    }
  }

  /// Makes the written bytes the destination's.
  ///
  /// A regular file is flushed to disk, given the old file's mode and owner, and renamed
  /// over the path; anything else is closed. On failure the temporary file is removed.
  func commit() throws(WriteFailure) {
    guard isOpen else { return }
    guard let replacement else {
      isOpen = false
      if ownsDescriptor && close(descriptor) != 0 && errno != EINTR {
        throw WriteFailure(target: target, code: errno)
      }
      return
    }
    do throws(WriteFailure) {
      try check(fsync(descriptor))
      if let old = replacement.old {
        try check(fchmod(descriptor, old.st_mode & 0o7777))
        // Keeps the owner where we may (as root); otherwise the file is ours, as with cp.
        _ = fchown(descriptor, old.st_uid, old.st_gid)
      }
      isOpen = false
      try check(close(descriptor))
      try check(rename(replacement.temporary, replacement.destination))
      isCommitted = true
    } catch {
      discard()
      throw error
    }
  }

  /// Gives up: closes the descriptor and removes the temporary file, leaving the
  /// destination as it was.
  func discard() {
    if isOpen && ownsDescriptor { close(descriptor) }
    isOpen = false
    // After the rename the temporary name is free again: another program may have
    // taken it, so it is not ours to remove.
    if let replacement, !isCommitted { unlink(replacement.temporary) }
  }

  private func check(_ result: Int32) throws(WriteFailure) {
    if result != 0 { throw WriteFailure(target: target, code: errno) }
  }
}

/// Paths as the file system sees them.
enum FilePath {
  /// The folder `path` is in: `.` for a bare name, `/` for one at the root.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The path a write to `path` goes to: the first one, following symlinks, that is not
  /// a symlink.
  ///
  /// A relative link is read from the link's folder. The result may not exist, so a
  /// dangling link creates its target. More than 40 links is `ELOOP`, as the kernel
  /// counts.
  static func followingLinks(_ path: String, target: String) throws(WriteFailure) -> String {
    var current = path
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    for _ in 0...40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { throw WriteFailure(target: target, code: errno) }
      let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
    }
    throw WriteFailure(target: target, code: ELOOP)
  }

  /// Whether anything, even a dangling symlink, is at `path`.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }
}
