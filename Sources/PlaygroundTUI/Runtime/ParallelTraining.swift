import Dispatch
import PlaygroundCore

/// Trains the sessions of a comparison side by side, one per core (DESIGN.md §6).
///
/// Each session is trained only by the thread given its index, so the numbers are those
/// of training it alone, whatever the scheduling.
public enum ParallelTraining {
  /// Trains every session `epochs` more epochs (fewer once it diverges) and returns the
  /// report of every epoch trained, per session.
  ///
  /// - Parameters:
  ///   - sessions: the sessions; each trains on its own thread when there are several.
  ///   - epochs: how many epochs each trains at most.
  /// - Returns: `reports[i]` holds session `i`'s reports, in epoch order.
  @discardableResult
  public static func train(_ sessions: inout [Session], epochs: Int) -> [[EpochReport]] {
    var reports = [[EpochReport]](repeating: [], count: sessions.count)
    guard epochs > 0 else { return reports }
    @Sendable func run(_ session: inout Session, into list: inout [EpochReport]) {
      list.reserveCapacity(epochs)
      for _ in 0..<epochs {
        guard !session.isDiverged else { break }
        session.step()
        list.append(session.report)
      }
    }
    if sessions.count == 1 {
      run(&sessions[0], into: &reports[0])
      return reports
    }
    sessions.withUnsafeMutableBufferPointer { s in
      reports.withUnsafeMutableBufferPointer { r in
        let shared = Shared(sessions: s, reports: r)
        DispatchQueue.concurrentPerform(iterations: shared.sessions.count) { i in
          run(&shared.sessions[i], into: &shared.reports[i])
        }
      }
    }
    return reports
  }

  /// Steps every session that has not diverged once, in parallel.
  public static func step(_ sessions: inout [Session]) {
    train(&sessions, epochs: 1)
  }

  /// The buffers the threads share: thread `i` touches element `i` of each and nothing
  /// else, so there is no data race.
  private struct Shared: @unchecked Sendable {
    let sessions: UnsafeMutableBufferPointer<Session>
    let reports: UnsafeMutableBufferPointer<[EpochReport]>
  }
}
