import PlaygroundCore
import Synchronization
import Testing

@testable import PlaygroundTUI

@Suite struct LiveSessionTests {
  @Test func stepCommandsTrainExactlyOneEpochEachWhilePaused() async {
    let live = LiveSession(session: .fixture, clock: ManualClock())
    live.send(.session(.step), sequence: 1)
    #expect(await eventually { live.snapshot().session.epoch == 1 })
    #expect(live.snapshot().appliedCommand == 1)
    live.send(.session(.step), sequence: 2)
    #expect(await eventually { live.snapshot().session.epoch == 2 })
    #expect(live.snapshot().appliedCommand == 2)
    #expect(!live.snapshot().isRunning)
  }

  @Test func trainsAtTheGivenPaceOnTheInjectedClock() async {
    let clock = ManualClock()
    let live = LiveSession(
      session: .fixture, speed: TrainingSpeed(epochsPerSecond: 10), clock: clock)
    live.send(.setRunning(true), sequence: 1)
    // The first epoch is due at once; the next only when the clock says so.
    #expect(await eventually { live.snapshot().session.epoch == 1 })
    clock.advance(by: .milliseconds(50))
    let before = live.generation
    live.send(.session(.setLearningRate(0.03)), sequence: 2)  // a sync point: t + 50 ms seen
    #expect(await eventually { live.generation > before })
    #expect(live.snapshot().session.epoch == 1)
    clock.advance(by: .milliseconds(50))
    #expect(await eventually { live.snapshot().session.epoch == 2 })
    clock.advance(by: .milliseconds(100))
    #expect(await eventually { live.snapshot().session.epoch == 3 })
  }

  @Test func maxSpeedPublishesAtMostOncePerIntervalNotEveryEpoch() async {
    let clock = ManualClock()
    let published = Atomic<Int>(0)
    let live = LiveSession(
      session: .fixture, speed: TrainingSpeed(epochsPerSecond: nil), clock: clock,
      onPublish: { published.add(1, ordering: .relaxed) })
    live.send(.setRunning(true), sequence: 1)
    #expect(await eventually { live.generation == 1 })
    // Time creeps on in steps far below the publish interval: the worker trains many
    // epochs per snapshot instead of publishing each one.
    var advanced = Duration.zero
    let outran = await eventually {
      clock.advance(by: .microseconds(500))
      advanced += .microseconds(500)
      return live.snapshot().session.epoch > Int(live.generation) + 5
    }
    #expect(outran)
    let generation = live.generation
    #expect(generation <= 2 + UInt64(advanced / .milliseconds(16)))
    // Every snapshot woke the UI once (give or take the one being published right now).
    #expect(abs(published.load(ordering: .relaxed) - Int(generation)) <= 1)
    live.send(.setRunning(false), sequence: 2)
    #expect(await eventually { !live.snapshot().isRunning })
  }

  @Test func pausingPublishesAtOnceAndThenStaysQuiet() async {
    let clock = ManualClock()
    let live = LiveSession(
      session: .fixture, speed: TrainingSpeed(epochsPerSecond: 30), clock: clock)
    live.send(.setRunning(true), sequence: 1)
    #expect(await eventually { live.snapshot().isRunning })
    live.send(.setRunning(false), sequence: 2)
    #expect(await eventually { !live.snapshot().isRunning })
    let generation = live.generation
    let epoch = live.snapshot().session.epoch
    clock.advance(by: .seconds(5))
    live.stop()
    #expect(await eventually { live.isStopped })
    #expect(live.generation == generation)
    #expect(live.snapshot().session.epoch == epoch)
  }

  @Test func divergenceStopsTrainingVisibly() async {
    var scenario = Scenario.default
    scenario.problem = .regression
    scenario.dataset = .plane
    scenario.activation = .linear
    scenario.learningRate = 10
    let live = LiveSession(
      session: Session(scenario: scenario, seed: 1), speed: TrainingSpeed(epochsPerSecond: nil),
      clock: ManualClock())
    live.send(.setRunning(true), sequence: 1)
    #expect(await eventually { live.snapshot().session.isDiverged && !live.snapshot().isRunning })
  }

  /// The UI sends `+` and, before the worker applies it, receives the snapshot the worker
  /// published earlier: the stale snapshot must not take back the new layer or pull the
  /// selection back to the old last layer; the worker's next snapshot brings the network.
  @Test func aSnapshotFromBeforeACommandCannotOverwriteTheNewerState() async {
    let live = LiveSession(session: .fixture, clock: ManualClock())
    var state = AppState(snapshot: live.snapshot().session, presetName: nil)
    let stale = live.snapshot()
    let before = live.generation
    _ = state.apply(.input(.key(.right)))
    #expect(state.selection.layer == 1)
    for case .send(let command, let sequence) in state.apply(.input(.key(.character("+")))) {
      live.send(command, sequence: sequence)
    }
    #expect(state.selection.layer == 2)
    _ = state.apply(.sessionUpdated(stale))
    #expect(state.settings.hiddenLayers == [4, 2, 2])
    #expect(state.selection.layer == 2)
    #expect(await eventually { live.generation > before })
    let current = live.snapshot()
    #expect(current.appliedCommand == 1)
    _ = state.apply(.sessionUpdated(current))
    #expect(state.snapshot.network.layerSizes == [2, 4, 2, 2, 1])
    #expect(state.settings.hiddenLayers == [4, 2, 2])
    #expect(state.selection.layer == 2)
  }

  @Test func pacerDoesNotBurstAfterAStall() {
    var pacer = Pacer()
    let t0 = Duration.seconds(10)
    let ms = [0, 99, 100, 2000, 2050, 2100]
    let due = ms.map { pacer.isDue(at: t0 + .milliseconds($0), rate: 10) }
    // Two seconds late: one epoch at once, the next a full period later.
    #expect(due == [true, false, true, true, false, true])
    let always = pacer.isDue(at: t0, rate: nil)
    #expect(always)
  }
}
