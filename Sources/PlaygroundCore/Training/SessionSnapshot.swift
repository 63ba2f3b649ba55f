/// What the screen and a save need of a session, as an immutable value: its settings, data,
/// network, loss history and seeds, without the trainer's workspaces, gradient
/// accumulators and shuffle state.
///
/// The worker that owns a `Session` publishes these (DESIGN.md §6). Every array is shared
/// copy-on-write with the session, so taking one costs a few reference counts.
public struct SessionSnapshot: Equatable, Sendable {
  /// The settings; `seed` is always set.
  public let scenario: Scenario
  public let network: Network
  public let data: DataSplit
  public let history: LossHistory
  /// The metrics of the current network (epoch 0 before training).
  public let report: EpochReport
  /// Completed epochs since the last reset.
  public let epoch: Int
  /// The seed the data was generated from (advanced by `regenerate`).
  public let dataSeed: UInt64
  /// The seed the initial weights come from (advanced by `newWeights`).
  public let weightSeed: UInt64
  /// True once a loss or parameter stopped being finite; reset recovers.
  public let isDiverged: Bool
  /// Under a `tfSeed`: where the current network's initial weights were drawn.
  public var tfWeights: TFWeightOrigin? = nil

  /// The parameters training started from at the last reset: the given ones, or those
  /// drawn from `weightSeed`.
  public var initialParameters: Parameters {
    if let origin = tfWeights, origin.seed != scenario.tfSeed {
      // Drawn from the seed before a regenerate: its data settings are the current ones.
      var drawnFrom = scenario
      drawnFrom.tfSeed = origin.seed
      return Session.initialNetwork(drawnFrom, weightSeed: weightSeed, tfWeights: origin)
        .parameters
    }
    return Session.initialNetwork(scenario, weightSeed: weightSeed, tfWeights: tfWeights)
      .parameters
  }

  /// A scenario that rebuilds this session: its settings, the seed its data came from,
  /// and either the current weights or (when they no longer follow from that seed) the
  /// initial ones.
  public func scenarioForSaving(includeWeights: Bool) -> Scenario {
    var saved = scenario
    if saved.pointTable != nil {
      // Points from a file are saved with the scenario, so the file stands alone.
      saved.data = data
      (saved.dataFile, saved.pointTable) = (nil, nil)
    }
    if scenario.tfSeed != nil {
      // The link's seed string gives the points; the weights follow from it only when
      // they are the first drawn after this seed's data.
      if includeWeights {
        saved.parameters = network.parameters
      } else if tfWeights != TFWeightOrigin(seed: scenario.tfSeed ?? "")
        || scenario.parameters != nil
      {
        saved.parameters = initialParameters
      }
      return saved
    }
    saved.seed = dataSeed
    if includeWeights {
      saved.parameters = network.parameters
    } else if weightSeed != dataSeed || scenario.parameters != nil {
      saved.parameters = initialParameters
    }
    return saved
  }
}

extension Session {
  /// The session as the screen sees it.
  public var snapshot: SessionSnapshot {
    SessionSnapshot(
      scenario: scenario, network: network, data: data, history: history, report: report,
      epoch: epoch, dataSeed: dataSeed, weightSeed: weightSeed, isDiverged: isDiverged,
      tfWeights: tfWeights)
  }

  /// A scenario that rebuilds this session (see `SessionSnapshot.scenarioForSaving`).
  public func scenarioForSaving(includeWeights: Bool) -> Scenario {
    snapshot.scenarioForSaving(includeWeights: includeWeights)
  }
}
