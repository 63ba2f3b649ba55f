import PlaygroundCore
import Synchronization
import Testing

@testable import PlaygroundTUI

/// Records what the run loop asked the executable's services for.
private final class ServiceLog: Sendable {
  let calls = Mutex<[String]>([])
  /// When set, listings are not answered at once: the test answers them, as a slow
  /// reader on another thread would.
  let heldLists = Mutex<[@Sendable ([PresetSummary], Bool) -> Void]>([])
  let holdsLists: Bool

  init(holdingLists: Bool = false) {
    holdsLists = holdingLists
  }

  var services: RunLoopServices {
    RunLoopServices(
      listPresets: { [self] deliver in
        calls.withLock { $0.append("list") }
        if holdsLists {
          heldLists.withLock { $0.append(deliver) }
        } else {
          deliver([PresetSummary(id: "xor", name: "XOR", description: "")], true)
        }
      },
      loadPreset: { [self] id in
        calls.withLock { $0.append("load \(id)") }
        var scenario = Scenario.default
        scenario.dataset = .xor
        return .success(LoadedPreset(id: id, scenario: scenario, seed: 3))
      },
      save: { [self] session, path, weights, overwrite in
        calls.withLock { $0.append("save \(path) \(weights) \(overwrite) epoch \(session.epoch)") }
        return .success(path)
      })
  }
}

@Suite struct RunLoopTests {
  private let clock = ManualClock()
  private let script = Script()
  private let log = ServiceLog()

  private func makeLoop(
    speed: TrainingSpeed = .default, quit: @escaping @Sendable () -> Bool = { false }
  ) -> RunLoop<ScriptedTerminal> {
    let live = LiveSession(session: .fixture, speed: speed, clock: clock)
    return RunLoop(
      state: AppState(session: .fixture, presetName: nil, speed: speed),
      terminal: ScriptedTerminal(script: script), live: live, options: RenderOptions(),
      services: log.services, clock: clock, isQuitRequested: quit)
  }

  private func key(_ c: Character) -> InputEvent { .key(.character(c)) }

  @Test func spaceStartsTrainingAndTheEpochGrowsOnScreen() async {
    var loop = makeLoop(speed: TrainingSpeed(epochsPerSecond: nil))
    script.events = [key(" ")]
    loop.runOnce(timeoutMilliseconds: 0)
    let grew = await eventually {
      clock.advance(by: .milliseconds(20))
      loop.runOnce(timeoutMilliseconds: 0)
      return loop.state.snapshot.epoch >= 3
    }
    #expect(grew)
    #expect(loop.state.isRunning)
    // Frames are capped at ~30 a second: let one frame interval pass, then read it.
    clock.advance(by: .milliseconds(40))
    loop.runOnce(timeoutMilliseconds: 0)
    let top = script.lastFrame?.lines.first ?? ""
    #expect(top.contains("Epoch "), "top bar: \(top)")
    #expect(!top.contains("Epoch 0 "), "top bar: \(top)")
  }

  @Test func nStepsExactlyOneEpoch() async {
    var loop = makeLoop()
    script.events = [key("n")]
    loop.runOnce(timeoutMilliseconds: 0)
    let stepped = await eventually {
      loop.runOnce(timeoutMilliseconds: 0)
      return loop.state.snapshot.epoch == 1
    }
    #expect(stepped)
    // Nothing else trains: a later command sees the same epoch.
    let generation = loop.live.generation
    loop.live.send(.session(.setLearningRate(0.03)), sequence: loop.state.sentCommand + 1)
    #expect(await eventually { loop.live.generation > generation })
    #expect(loop.live.snapshot().session.epoch == 1)
    #expect(!loop.live.snapshot().isRunning)
  }

  @Test func qQuits() {
    var loop = makeLoop()
    script.events = [key("q"), key("n")]
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(loop.isFinished)
    #expect(script.events == [key("n")])  // nothing is handled after quitting
  }

  /// `u` hands the link to the terminal's clipboard and the overlay says it was copied.
  @Test func uCopiesTheLinkThroughTheTerminal() throws {
    var loop = makeLoop()
    script.events = [key("u")]
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.clipboard.count == 1)
    let url = try #require(script.clipboard.first)
    #expect(url.hasPrefix("https://playground.tensorflow.org/#activation=tanh&"))
    guard case .link(let share) = loop.state.overlay else {
      Issue.record("no link overlay")
      return
    }
    #expect(share.url == url && share.copied == true)
    #expect(script.lastFrame?.lines.joined().contains("Copied to the clipboard") == true)
  }

  @Test func anOutsideQuitRequestEndsTheLoop() {
    let requested = Atomic<Bool>(false)
    var loop = makeLoop(quit: { requested.load(ordering: .relaxed) })
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(!loop.isFinished)
    requested.store(true, ordering: .relaxed)
    loop.run()  // returns at once
    #expect(loop.isFinished)
  }

  @Test func resizeRerendersAtTheNewSize() {
    var loop = makeLoop()
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.lastFrame?.width == 80)
    script.events = [.resize(Size(width: 40, height: 10))]
    clock.advance(by: .milliseconds(40))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.lastFrame?.width == 40)
    #expect(script.lastFrame?.height == 10)
    script.events = [.resize(Size(width: 1, height: 1)), .resize(Size(width: 80, height: 24))]
    clock.advance(by: .milliseconds(40))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.lastFrame.map { ($0.width, $0.height) } ?? (0, 0) == (80, 24))
  }

  @Test func framesAreCappedAndDrawnOnlyWhenSomethingChanged() {
    var loop = makeLoop()
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.frames.count == 1)
    // Nothing changed: no frame, and the loop may block for ever.
    clock.advance(by: .seconds(10))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.frames.count == 1)
    #expect(loop.nextWaitMilliseconds() == -1)
    // Input changes the screen; a second input within the frame interval waits.
    script.events = [key("x")]
    loop.runOnce(timeoutMilliseconds: 0)
    script.events = [key("y")]
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.frames.count == 2)
    #expect((1...33).contains(loop.nextWaitMilliseconds()))
    clock.advance(by: .milliseconds(33))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.frames.count == 3)
    // Ticks for transient messages stop a few seconds after the last input.
    clock.advance(by: .seconds(6))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(loop.nextWaitMilliseconds() == -1)
  }

  /// A press maps to an action through the regions of the frame on screen: nothing before
  /// the first frame, the dataset under the pointer after it.
  @Test func clicksActOnTheFrameThatWasDrawn() async throws {
    var loop = makeLoop()
    let xorTarget = { (frame: Frame) in frame.targets.first { $0.action == .setDataset(.xor) } }
    var renderer = FrameRenderer()
    let drawn = renderer.render(loop.state, size: Size(width: 80, height: 24), options: .init())
    let xor = try #require(xorTarget(drawn)).rect
    let press = InputEvent.mouse(MouseEvent(kind: .press, x: xor.x, y: xor.y))
    loop.handle(press)
    #expect(loop.state.sentCommand == 0)
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(loop.frame.flatMap(xorTarget)?.rect == xor)
    loop.handle(.mouse(MouseEvent(kind: .release, x: xor.x, y: xor.y)))
    #expect(loop.state.sentCommand == 0)
    loop.handle(press)
    #expect(loop.state.settings.dataset == .xor)
    let shown = await eventually {
      loop.runOnce(timeoutMilliseconds: 0)
      return loop.state.snapshot.scenario.dataset == .xor
    }
    #expect(shown)
  }

  /// The picker opens at once and shows the presets as another thread reads them.
  @Test func thePresetListArrivesFromAnotherThreadAsItComes() async throws {
    let slow = ServiceLog(holdingLists: true)
    let live = LiveSession(session: .fixture, clock: clock)
    var loop = RunLoop(
      state: AppState(session: .fixture, presetName: nil),
      terminal: ScriptedTerminal(script: script),
      live: live, options: RenderOptions(), services: slow.services, clock: clock)
    script.events = [key("p")]
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(script.lastFrame?.lines.joined().contains("Loading the list") == true)
    let deliver = try #require(slow.heldLists.withLock { $0.first })
    let xor = PresetSummary(id: "xor", name: "XOR", description: "")
    let spiral = PresetSummary(id: "spiral", name: "Spiral", description: "")
    await Task.detached { deliver([xor], false) }.value
    clock.advance(by: .milliseconds(40))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(loop.state.overlay == .presets(PresetPicker(presets: [xor], isComplete: false)))
    #expect(script.lastFrame?.lines.joined().contains("reading") == true)
    await Task.detached { deliver([spiral, xor], true) }.value
    clock.advance(by: .milliseconds(40))
    loop.runOnce(timeoutMilliseconds: 0)
    #expect(
      loop.state.overlay == .presets(PresetPicker(presets: [spiral, xor], isComplete: true)))
    #expect(script.lastFrame?.lines.joined().contains("reading") == false)
  }

  @Test func presetAndSaveEffectsCallTheExecutablesClosures() async {
    var loop = makeLoop()
    // p opens the picker (listing presets; the list arrives for the next turn), Enter
    // loads the first; S opens the save prompt ("scenario.json" selected, no weights):
    // type a name over it, Tab for weights, Enter.
    script.events = [key("p")]
    loop.runOnce(timeoutMilliseconds: 0)
    script.events =
      [.key(.enter), key("S")] + "saved.json".map { key($0) } + [.key(.tab), .key(.enter)]
    loop.runOnce(timeoutMilliseconds: 0)
    // The save waits for the snapshot that has the loaded preset (a save typed ahead of
    // the worker writes what the commands before it made), so it comes on a later turn.
    let saved = await eventually {
      loop.runOnce(timeoutMilliseconds: 0)
      return log.calls.withLock { $0.count } == 3
    }
    #expect(saved)
    #expect(
      log.calls.withLock { $0 } == ["list", "load xor", "save saved.json true false epoch 0"])
    #expect(loop.state.snapshot.scenario.dataset == .xor)
  }
}
