import PlaygroundCore
import PlaygroundTUI

/// What the inspector and the activation panel cost (issue 14), medians in microseconds.
struct InspectorTimes {
  /// One point's `PointTrace` (a new point, or the same point after an epoch).
  var traceMicros: Double
  /// `NetworkActivity` over the whole training set (the activation panel, once a
  /// snapshot).
  var activityMicros: Double
  /// A 160×48 frame with the inspector open after PgDn picked the next point (the
  /// network's grids already sampled): what a new point costs on screen.
  var pointFrameMicros: Double
  /// A 160×48 frame of a network that changed, training running, with the activation
  /// panel open (compare `BenchResult.frameMicros`, the same frame without it).
  var panelFrameMicros: Double

  static func measure(_ session: Session, rounds: Int) -> InspectorTimes {
    let clock = ContinuousClock()
    let snapshot = session.snapshot
    let count = snapshot.data.train.count
    var sink = 0.0
    var traces: [Double] = []
    var activities: [Double] = []
    var frames: [Double] = []
    var state = AppState(snapshot: snapshot, presetName: nil)
    _ = state.apply(.input(.key(.character("i"))))
    var renderer = FrameRenderer()
    let size = Size(width: 160, height: 48)
    _ = renderer.render(state, size: size, options: .init())
    for round in 0..<rounds {
      let perRound = 100
      let elapsed = clock.measure {
        for k in 0..<perRound {
          sink += snapshot.trace(point: (round * perRound + k) % count)?.loss ?? 0
        }
      }
      traces.append(seconds(elapsed) / Double(perRound))
      activities.append(
        seconds(clock.measure { sink += snapshot.activity.gradientFlow.first ?? 0 }))
      _ = state.apply(.input(.key(.pageDown)))
      frames.append(
        seconds(
          clock.measure {
            sink += Double(renderer.render(state, size: size, options: .init()).buffer.width)
          }))
    }
    var training = session
    var panel = AppState(snapshot: training.snapshot, presetName: nil)
    _ = panel.apply(.input(.key(.character("I"))))
    var panelRenderer = FrameRenderer()
    var panelFrames: [Double] = []
    for _ in 0..<rounds {
      let frames = 12
      var total = Duration.zero
      for _ in 0..<frames {
        training.step()
        _ = panel.apply(
          .sessionUpdated(
            LiveSnapshot(session: training.snapshot, isRunning: true, appliedCommand: 0)))
        total += clock.measure {
          sink += Double(panelRenderer.render(panel, size: size, options: .init()).buffer.width)
        }
      }
      panelFrames.append(seconds(total) / Double(frames))
    }
    if sink.isNaN { print("", terminator: "") }
    return InspectorTimes(
      traceMicros: median(traces) * 1e6, activityMicros: median(activities) * 1e6,
      pointFrameMicros: median(frames) * 1e6, panelFrameMicros: median(panelFrames) * 1e6)
  }
}
