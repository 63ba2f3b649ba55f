import Foundation
import PlaygroundCore
import PlaygroundTUI

/// `train` of three variants of the big workload (issue 13): the three runs one after
/// another, and side by side on the cores as `train --variant` runs them (rounds of 64
/// epochs per variant).
struct ComparisonResult {
  var sequentialSeconds: Double
  var parallelSeconds: Double
  /// The median over the rounds of parallel over sequential, each pair measured back to
  /// back (so a busy moment of the machine spoils one round, not the figure): the issue
  /// asks for at most 0.75 on two cores.
  var ratio: Double
}

func measureComparison(rounds: Int, epochs: Int = 192) -> ComparisonResult {
  let clock = ContinuousClock()
  let cores = ProcessInfo.processInfo.activeProcessorCount
  var base = Workload.all[1].scenario  // big
  base.compare = [.tanh, .relu, .elu].map { ScenarioOverrides(activation: $0) }
  let start = base.variants.map { Session(scenario: $0, seed: 1) }
  var sequential: [Double] = []
  var parallel: [Double] = []
  var sink = 0.0
  for _ in 0..<rounds {
    var sessions = start
    sequential.append(
      seconds(
        clock.measure {
          for i in sessions.indices {
            for _ in 0..<epochs { sessions[i].step() }
          }
        }))
    sink += sessions.map(\.report.train.loss).reduce(0, +)
    sessions = start
    parallel.append(
      seconds(
        clock.measure {
          var done = 0
          while done < epochs {
            let count = min(64, epochs - done)
            ParallelTraining.train(&sessions, epochs: count, cores: cores)
            done += count
          }
        }))
    sink += sessions.map(\.report.train.loss).reduce(0, +)
  }
  if sink.isNaN { print("", terminator: "") }
  return ComparisonResult(
    sequentialSeconds: median(sequential), parallelSeconds: median(parallel),
    ratio: median(zip(parallel, sequential).map { $0 / $1 }))
}
