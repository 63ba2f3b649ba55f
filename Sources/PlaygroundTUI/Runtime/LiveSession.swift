import Dispatch
import PlaygroundCore
import Synchronization

/// The live session, owned by one serial background queue that trains it: the only code
/// that applies commands to it or trains it (DESIGN.md §6).
///
/// While its scenario compares variants it is a `Comparison`: the scenario's session and
/// one session per variant, which train side by side, one epoch each per round, on the
/// machine's cores (`ParallelTraining`).
///
/// Commands (session changes, the running flag, the speed) arrive numbered and are queued
/// in an inbox, then applied by the worker in the order they were sent. The worker
/// publishes a `LiveSnapshot` (the session's `SessionSnapshot`, whether it trains, and the
/// number of the last command applied) through a `Mutex`, bumps `generation`, and calls
/// `onPublish` so the UI can wake up without polling.
///
/// Pacing:
/// - paused: the worker blocks on a semaphore; no CPU, no wake-ups;
/// - a fixed rate: one epoch every `1/rate` seconds on the injected clock, waiting in
///   between (it never bursts to catch up after a stall);
/// - max (`epochsPerSecond == nil`): epochs back to back, checking the inbox between
///   epochs.
/// While running, a snapshot is published at most once per `publishInterval`, not every
/// epoch. Changes made by commands, pausing and divergence are published at once.
///
/// A class because it owns a resource (the worker); everything it shares is behind a
/// `Mutex` or an `Atomic`. The worker stops when the `LiveSession` is released or
/// `stop()` is called.
public final class LiveSession: Sendable {
  private let worker: Worker

  /// Starts the worker on its own serial queue.
  ///
  /// - Parameters:
  ///   - session: the session to train.
  ///   - isRunning: whether to start training at once.
  ///   - speed: the initial training speed.
  ///   - clock: the monotonic clock pacing uses (the executable passes the real one).
  ///   - publishInterval: the shortest time between two snapshots while training
  ///     (default 1/60 s).
  ///   - onPublish: called on the worker's queue after every new snapshot; it must be
  ///     cheap and must not block (e.g. write a byte to a pipe the UI waits on).
  ///   - cores: how many threads a comparison's variants may train on at once (the
  ///     executable passes the machine's count).
  public init(
    session: Session, isRunning: Bool = false, speed: TrainingSpeed = .default,
    clock: any PacingClock, publishInterval: Duration = .milliseconds(16),
    onPublish: @escaping @Sendable () -> Void = {}, cores: Int = 2
  ) {
    worker = Worker(
      session: session, isRunning: isRunning, clock: clock,
      publishInterval: publishInterval, onPublish: onPublish, cores: cores)
    let worker = self.worker
    DispatchQueue(label: "playground.training", qos: .userInitiated).async {
      worker.run(session: session, isRunning: isRunning, speed: speed)
    }
  }

  deinit { worker.post(.stop) }

  /// Sends a command, applied on the worker after the ones sent before it.
  ///
  /// - Parameters:
  ///   - command: what to do.
  ///   - sequence: the command's number, one higher than the last one sent; the snapshots
  ///     published after the worker applied it carry it as `appliedCommand`.
  public func send(_ command: LiveCommand, sequence: UInt64) {
    worker.post(.command(command, sequence: sequence))
  }

  /// Stops the worker after the messages already sent; the last snapshot stays readable.
  public func stop() { worker.post(.stop) }

  /// The newest published snapshot.
  public func snapshot() -> LiveSnapshot {
    worker.published.withLock { $0 }
  }

  /// The generation of the newest snapshot; cheaper than `snapshot()` for "anything new?".
  public var generation: UInt64 { worker.generation.load(ordering: .acquiring) }

  /// True once the worker has stopped for good.
  public var isStopped: Bool { worker.stopped.load(ordering: .acquiring) }
}

/// What the UI sends the worker.
private enum WorkerMessage: Sendable {
  case command(LiveCommand, sequence: UInt64)
  case stop
}

/// The state shared between the UI thread and the worker, and the worker's loop.
private final class Worker: Sendable {
  let inbox = Mutex<[WorkerMessage]>([])
  let wake = DispatchSemaphore(value: 0)
  let published: Mutex<LiveSnapshot>
  let generation = Atomic<UInt64>(0)
  let stopped = Atomic<Bool>(false)
  let clock: any PacingClock
  let publishInterval: Duration
  let onPublish: @Sendable () -> Void
  let cores: Int

  init(
    session: Session, isRunning: Bool, clock: any PacingClock, publishInterval: Duration,
    onPublish: @escaping @Sendable () -> Void, cores: Int
  ) {
    self.cores = cores
    published = Mutex(
      LiveSnapshot(Comparison(base: session), isRunning: isRunning, appliedCommand: 0))
    self.clock = clock
    self.publishInterval = publishInterval
    self.onPublish = onPublish
  }

  func post(_ message: WorkerMessage) {
    inbox.withLock { $0.append(message) }
    wake.signal()
  }

  /// The worker loop; runs on the training queue until `.stop`.
  func run(session initial: Session, isRunning: Bool, speed initialSpeed: TrainingSpeed) {
    var comparison = Comparison(base: initial)
    var running = isRunning
    var speed = initialSpeed
    var pacer = Pacer()
    var dirty = false
    var lastPublish: Duration?
    var applied: UInt64 = 0

    func publish(at now: Duration) {
      let next = LiveSnapshot(comparison, isRunning: running, appliedCommand: applied)
      published.withLock { $0 = next }
      generation.add(1, ordering: .releasing)
      lastPublish = now
      dirty = false
      onPublish()
    }

    while true {
      for message in inbox.withLock({ box in
        defer { box.removeAll() }
        return box
      }) {
        switch message {
        case .command(let command, let sequence):
          applied = sequence
          dirty = true
          switch command {
          case .session(let change):
            comparison.apply(change)
          case .setRunning(let value):
            if value != running { pacer.restart() }
            running = value
          case .setSpeed(let value):
            if value != speed { pacer.restart() }
            speed = value
          }
        case .stop:
          if dirty { publish(at: clock.now()) }
          stopped.store(true, ordering: .releasing)
          return
        }
      }
      var now = clock.now()
      if running, !comparison.isDiverged,
        pacer.isDue(at: now, rate: speed.epochsPerSecond)
      {
        if comparison.isComparing {
          // At max speed a few epochs a round, so that three variants on two cores keep
          // both busy (see `ParallelTraining`); at a set pace one each.
          let epochs = speed.epochsPerSecond == nil ? 4 : 1
          ParallelTraining.train(&comparison.variants, epochs: epochs, cores: cores)
        } else {
          comparison.apply(.step)
        }
        dirty = true
        now = clock.now()
      }
      if running, comparison.isDiverged {
        running = false  // a visible "diverged" state; reset recovers (DESIGN.md §2)
        dirty = true
      }
      let publishDue = lastPublish.map { now - $0 >= publishInterval } ?? true
      if dirty, !running || publishDue { publish(at: now) }

      if !running {
        clock.wait(on: wake, until: nil)
      } else if let next = pacer.nextEpoch {
        let pending = dirty ? lastPublish.map { $0 + publishInterval } : nil
        clock.wait(on: wake, until: pending.map { min($0, next) } ?? next)
      }
      // At max speed there is no wait: the loop trains the next epoch at once.
    }
  }
}

/// When the next epoch is due at a fixed rate.
struct Pacer: Sendable {
  /// The time the next epoch is due, or nil when not paced (max speed, or not started).
  private(set) var nextEpoch: Duration?

  /// Forgets the schedule (after pausing or a speed change) so the next epoch is due now.
  mutating func restart() { nextEpoch = nil }

  /// Whether an epoch is due at `now` for `rate` epochs per second (nil = always); when
  /// it is, books the following one.
  ///
  /// After a stall it does not burst to catch up.
  mutating func isDue(at now: Duration, rate: Int?) -> Bool {
    guard let rate, rate > 0 else {
      nextEpoch = nil
      return true
    }
    let due = nextEpoch ?? now
    guard now >= due else { return false }
    let period = Duration.seconds(1) / rate
    let next = due + period
    nextEpoch = next < now ? now + period : next
    return true
  }
}
