import Dispatch
import PlaygroundCore

/// Trains the sessions of a comparison side by side on the machine's cores (DESIGN.md §6).
///
/// Each session is trained by one thread at a time, epoch after epoch, so its numbers are
/// those of training it alone, whatever the scheduling.
public enum ParallelTraining {
  /// Trains every session `epochs` more epochs (fewer once it diverges) and returns the
  /// report of every epoch trained, per session.
  ///
  /// With more sessions than cores it trains in phases of a few epochs, each phase giving
  /// the cores to the sessions that are furthest behind: three sessions on two cores then
  /// take 1.5 times one session's time rather than twice it.
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
    // Phases of `chunk` epochs for the `threads` sessions furthest behind.
    let chunk =
      sessions.count <= threads ? epochs : Swift.max(1, epochs * threads / sessions.count / 2)
    var done = [Int](repeating: 0, count: sessions.count)
    while let least = done.min(), least < epochs {
      let turn = done.indices.filter { done[$0] < epochs }
        .sorted { (done[$0], $0) < (done[$1], $1) }.prefix(threads)
      let counts = turn.map { Swift.min(chunk, epochs - done[$0]) }
      sessions.withUnsafeMutableBufferPointer { s in
        reports.withUnsafeMutableBufferPointer { r in
          let shared = Shared(sessions: s, reports: r, turn: Array(turn), counts: counts)
          DispatchQueue.concurrentPerform(iterations: shared.turn.count) { k in
            let i = shared.turn[k]
            run(&shared.sessions[i], epochs: shared.counts[k], into: &shared.reports[i])
          }
        }
      }
      for (k, i) in turn.enumerated() { done[i] += counts[k] }
    }
    return reports
  }

  /// Steps every session that has not diverged once, in parallel.
  public static func step(_ sessions: inout [Session], cores: Int = 2) {
    train(&sessions, epochs: 1, cores: cores)
  }

  private static func run(_ session: inout Session, epochs: Int, into list: inout [EpochReport]) {
    for _ in 0..<epochs {
      guard !session.isDiverged else { break }
      session.step()
      list.append(session.report)
    }
  }

  /// What the threads share: thread `k` touches element `turn[k]` of `sessions` and
  /// `reports` and nothing else, so there is no data race.
  private struct Shared: @unchecked Sendable {
    let sessions: UnsafeMutableBufferPointer<Session>
    let reports: UnsafeMutableBufferPointer<[EpochReport]>
    let turn: [Int]
    let counts: [Int]
  }
}
