import PlaygroundCore
import PlaygroundTUI

/// `playground-bench [--json] [--rounds N] [--workload default|big|big4|points10k]`:
/// median epoch time (training pass plus train and test loss), training samples per
/// second, one 100×100 grid of every neuron, and one 160×48 frame of a changed network,
/// for the workloads of DESIGN.md §7 and issue 15; then the time to read 10,000 points
/// from CSV text, and `train` of three variants of the big workload side by side against
/// one after another (issue 13; left out with `--workload default`).
///
/// Build with `-c release`.
let arguments = CommandLine.arguments.dropFirst()
let json = arguments.contains("--json")
let rounds =
  arguments.firstIndex(of: "--rounds").flatMap { index in
    arguments.index(after: index) < arguments.endIndex
      ? Int(arguments[arguments.index(after: index)]) : nil
  } ?? 9

func seconds(_ duration: Duration) -> Double {
  let (s, attoseconds) = duration.components
  return Double(s) + Double(attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

func measure(_ workload: Workload) -> BenchResult {
  let clock = ContinuousClock()
  var session = Session(scenario: workload.scenario, seed: 1)
  let trainCount = session.data.train.count
  // Enough epochs per round for ~50 ms of work on the C reference's scale.
  let epochsPerRound = workload.epochsPerRound
  let framesPerRound = 5
  for _ in 0..<epochsPerRound { session.step() }  // warm-up
  var epochTimes: [Double] = []
  var gridTimes: [Double] = []
  var frameTimes: [Double] = []
  var renderer = FrameRenderer()
  var sink: Float = 0
  for _ in 0..<rounds {
    // Long runs can diverge or saturate; restart each round from the same weights.
    session.apply(.reset)
    let elapsed = clock.measure {
      for _ in 0..<epochsPerRound { session.step() }
    }
    epochTimes.append(seconds(elapsed) / Double(epochsPerRound))
    let network = session.network
    let features = session.scenario.features
    let gridElapsed = clock.measure {
      let grid = network.sampleGrid(features: features, width: 100, height: 100)
      sink += grid.values[grid.values.count / 2]
    }
    gridTimes.append(seconds(gridElapsed))
    // Each frame shows a network the renderer has not sampled yet, as while training.
    var frameTotal = Duration.zero
    for _ in 0..<framesPerRound {
      session.step()
      let state = AppState(snapshot: session.snapshot, presetName: LocalizedText(en: workload.name))
      frameTotal += clock.measure {
        let frame = renderer.render(state, size: Size(width: 160, height: 48), options: .init())
        sink += Float(frame.buffer.width)
      }
    }
    frameTimes.append(seconds(frameTotal) / Double(framesPerRound))
  }
  if sink.isNaN { print("", terminator: "") }
  let epoch = median(epochTimes)
  return BenchResult(
    name: workload.name, epochMicros: epoch * 1e6,
    samplesPerSecond: Double(trainCount) / epoch, gridMicros: median(gridTimes) * 1e6,
    frameMicros: median(frameTimes) * 1e6,
    inspector: InspectorTimes.measure(session, rounds: rounds))
}

let only = arguments.firstIndex(of: "--workload").flatMap { index in
  arguments.index(after: index) < arguments.endIndex
    ? arguments[arguments.index(after: index)] : nil
}
let results = Workload.all.filter { only == nil || $0.name == only }.map(measure)
/// Reading 10,000 points from CSV text (`--data`'s parse; the file read is the system's).
func measureCSVLoad() -> Double {
  let clock = ContinuousClock()
  let text = Workload.tenThousandPointsCSV
  var times: [Double] = []
  var count = 0
  for _ in 0..<rounds {
    times.append(
      seconds(
        clock.measure {
          let table = try? PointTable.parseCSV(
            text, file: "bench.csv", problem: .classification, classes: 2)
          count += table?.points.count ?? 0
        }))
  }
  if count == 0 { print("no points read") }
  return median(times) * 1e6
}
let csvMicros = only == nil || only == "csv" ? measureCSVLoad() : .nan

let comparison =
  only != nil && only != "big" ? nil : measureComparison(rounds: Swift.max(3, rounds / 3))
if json {
  let rows = results.map {
    "{\"name\":\"\($0.name)\",\"epochMicros\":\(rounded($0.epochMicros)),"
      + "\"samplesPerSecond\":\(rounded($0.samplesPerSecond)),\"gridMicros\":\(rounded($0.gridMicros)),"
      + "\"frameMicros\":\(rounded($0.frameMicros)),"
      + "\"traceMicros\":\(rounded($0.inspector.traceMicros)),"
      + "\"activityMicros\":\(rounded($0.inspector.activityMicros)),"
      + "\"inspectorPointFrameMicros\":\(rounded($0.inspector.pointFrameMicros)),"
      + "\"panelFrameMicros\":\(rounded($0.inspector.panelFrameMicros))}"
  }
  let compared =
    comparison.map {
      ",\"compareBig3\":{\"sequentialSeconds\":\($0.sequentialSeconds),"
        + "\"parallelSeconds\":\($0.parallelSeconds),\"ratio\":\(($0.ratio * 1000).rounded() / 1000)}"
    } ?? ""
  print(
    "{\"workloads\":[\(rows.joined(separator: ","))],"
      + "\"csvLoad10kMicros\":\(csvMicros.isFinite ? String(rounded(csvMicros)) : "null")"
      + "\(compared)}")
} else {
  print(
    pad("workload", 10) + pad("epochMicros", 14) + pad("samplesPerSecond", 18)
      + pad("gridMicros", 12) + pad("frameMicros", 13) + pad("traceMicros", 13)
      + pad("activityMicros", 16) + pad("pointFrameMicros", 18) + "panelFrameMicros")
  for r in results {
    print(
      pad(r.name, 10) + pad(String(rounded(r.epochMicros)), 14)
        + pad(String(rounded(r.samplesPerSecond)), 18) + pad(String(rounded(r.gridMicros)), 12)
        + pad(String(rounded(r.frameMicros)), 13)
        + pad(String(rounded(r.inspector.traceMicros)), 13)
        + pad(String(rounded(r.inspector.activityMicros)), 16)
        + pad(String(rounded(r.inspector.pointFrameMicros)), 18)
        + String(rounded(r.inspector.panelFrameMicros)))
  }
  if csvMicros.isFinite { print("csv load, 10,000 points: \(rounded(csvMicros)) µs") }
  print("median of \(rounds) rounds; compare with ../shared/bench/mlp_ref.c in the same run")
  if let c = comparison {
    print(
      "compare: 3 variants of big, 192 epochs each: one after another "
        + "\(rounded(c.sequentialSeconds * 1000)) ms, side by side "
        + "\(rounded(c.parallelSeconds * 1000)) ms, ratio \((c.ratio * 1000).rounded() / 1000) "
        + "(target ≤ 0.75)")
  }
}

func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
func pad(_ text: String, _ width: Int) -> String {
  text + String(repeating: " ", count: max(1, width - text.count))
}
