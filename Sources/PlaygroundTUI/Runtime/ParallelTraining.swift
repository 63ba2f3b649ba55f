import Dispatch
import PlaygroundCore
import Synchronization

/// Trains the sessions of a comparison side by side on the machine's cores (DESIGN.md §6).
///
/// Each session is trained by one thread at a time, epoch after epoch, so its numbers are
/// those of training it alone, whatever the scheduling.
public enum ParallelTraining {
  /// Trains every session `epochs` more epochs (fewer once it diverges) and returns the
  /// report of every epoch trained, per session.
  ///
  /// With more sessions than cores it trains a few epochs at a time, each time the session
  /// furthest behind: three sessions on two cores then take about 1.5 times one session's
  /// time rather than twice it.
  ///
  /// - Parameters:
  ///   - sessions: the sessions; each trains on its own thread when there are several.
  ///   - epochs: how many epochs each trains at most.
  ///   - cores: how many threads to use at once (the executable passes the machine's
  ///     count).
  /// - Returns: `reports[i]` holds session `i`'s reports, in epoch order.
  @discardableResult
  public static func train(_ sessions: inout [Session], epochs: Int, cores: Int = 2)
    -> [[EpochReport]]
  {
    var reports = [[EpochReport]](repeating: [], count: sessions.count)
    guard epochs > 0, !sessions.isEmpty else { return reports }
    let threads = Swift.max(1, Swift.min(cores, sessions.count))
    if threads == 1 {
      for i in sessions.indices { run(&sessions[i], epochs: epochs, into: &reports[i]) }
      return reports
    }
    // Each thread takes the session furthest behind that no other thread holds, trains
    // it `chunk` epochs and gives it back, until every session is done: no thread waits
    // for another, so a core the machine lends elsewhere for a moment holds up only the
    // session it was training.
    let chunk = sessions.count <= threads ? epochs : Swift.max(1, epochs / 8)
    let board = Mutex(Board(done: Array(repeating: 0, count: sessions.count)))
    sessions.withUnsafeMutableBufferPointer { s in
      reports.withUnsafeMutableBufferPointer { r in
        let shared = Shared(sessions: s, reports: r)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
          while let (i, count) = board.withLock({ $0.take(chunk: chunk, of: epochs) }) {
            run(&shared.sessions[i], epochs: count, into: &shared.reports[i])
            board.withLock { $0.give(back: i, trained: count) }
          }
        }
      }
    }
    return reports
  }

  /// Which sessions are being trained and how far each has got.
  private struct Board: Sendable {
    var done: [Int]
    var held: Set<Int> = []

    /// The session furthest behind that nobody holds, and how many epochs to train it;
    /// nil when none is left to take.
    mutating func take(chunk: Int, of epochs: Int) -> (Int, Int)? {
      let free = done.indices.filter { done[$0] < epochs && !held.contains($0) }
      guard let i = free.min(by: { (done[$0], $0) < (done[$1], $1) }) else { return nil }
      held.insert(i)
      return (i, Swift.min(chunk, epochs - done[i]))
    }

    mutating func give(back i: Int, trained count: Int) {
      done[i] += count
      held.remove(i)
    }
  }

  /// Steps every session that has not diverged once, in parallel.
  public static func step(_ sessions: inout [Session], cores: Int = 2) {
    train(&sessions, epochs: 1, cores: cores)
  }

  private static func run(_ session: inout Session, epochs: Int, into list: inout [EpochReport]) {
    list += session.train(epochs: epochs)
  }

  /// What the threads share: a thread touches element `i` of `sessions` and `reports`
  /// only while it holds `i` on the board (taken and given back under its lock), so
  /// there is no data race.
  private struct Shared: @unchecked Sendable {
    let sessions: UnsafeMutableBufferPointer<Session>
    let reports: UnsafeMutableBufferPointer<[EpochReport]>
  }
}
