/// Text on its way to an ``OutputFile``, gathered in 64 KB chunks so `train` keeps up
/// with the engine.
///
/// The first write error is kept and later text is dropped, so code that formats rows
/// need not handle errors; ``failure`` tells a long loop to stop, and ``finish()``
/// reports it.
struct BufferedOutput {
  private let file: OutputFile
  private var buffer: [UInt8] = []
  /// The first write that failed; nothing is written after it.
  private(set) var failure: WriteFailure?

  init(_ file: OutputFile) {
    self.file = file
    buffer.reserveCapacity(1 << 16)
  }

  /// Adds `text`, writing the buffer out when it is full.
  mutating func write(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes out what is buffered.
  mutating func flush() {
    guard failure == nil, !buffer.isEmpty else { return }
    do {
      try file.write(buffer)
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes out the rest and makes it the destination's (``OutputFile/commit()``); on any
  /// failure the destination is left as it was.
  mutating func finish() throws(WriteFailure) {
    flush()
    if let failure {
      file.discard()
      throw failure
    }
    try file.commit()
  }

  /// Gives up: the destination is left as it was.
  func discard() { file.discard() }
}
