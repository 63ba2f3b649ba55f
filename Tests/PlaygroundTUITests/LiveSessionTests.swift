import PlaygroundCore
import Synchronization
import Testing

@testable import PlaygroundTUI

@Suite struct LiveSessionTests {
  @Test func stepCommandsTrainExactlyOneEpochEachWhilePaused() async {
    let live = LiveSession(session: .fixture, clock: ManualClock())
    live.send(.step)
    #expect(await eventually { live.snapshot().session.epoch == 1 })
    live.send(.step)
    #expect(await eventually { live.snapshot().session.epoch == 2 })
    #expect(!live.snapshot().isRunning)
  }

  @Test func trainsAtTheGivenPaceOnTheInjectedClock() async {
    let clock = ManualClock()
    let live = LiveSession(
      session: .fixture, speed: TrainingSpeed(epochsPerSecond: 10), clock: clock)
    live.setRunning(true)
    // The first epoch is due at once; the next only when the clock says so.
    #expect(await eventually { live.snapshot().session.epoch == 1 })
    clock.advance(by: .milliseconds(50))
    let before = live.generation
    live.send(.setLearningRate(0.03))  // a sync point: the worker has seen t + 50 ms
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
    live.setRunning(true)
    #expect(await eventually { live.generation == 1 })
    let first = live.snapshot().session.epoch
    // The clock stands still, so the worker keeps training without publishing.
    clock.advance(by: .milliseconds(16))
    #expect(await eventually { live.generation == 2 })
    #expect(live.snapshot().session.epoch > first + 1)
    #expect(published.load(ordering: .relaxed) == 2)
    live.setRunning(false)
    #expect(await eventually { !live.snapshot().isRunning })
  }

  @Test func pausingPublishesAtOnceAndThenStaysQuiet() async {
    let clock = ManualClock()
    let live = LiveSession(session: .fixture, speed: TrainingSpeed(epochsPerSecond: 30), clock: clock)
    live.setRunning(true)
    #expect(await eventually { live.snapshot().isRunning })
    live.setRunning(false)
    #expect(await eventually { !live.snapshot().isRunning })
    let generation = live.generation
    let epoch = live.snapshot().session.epoch
    clock.advance(by: .seconds(5))
    live.stop()
    #expect(await eventually { live.isStopped })
    #expect(live.generation == generation)
    #expect(live.snapshot().session.epoch == epoch)
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
