/// A session and, while its scenario has `compare`, one session per variant (issue 13).
///
/// The base session keeps the scenario (with its `compare`) and its own run; the variants
/// are built from it with its data and seeds, so every variant starts from the same points
/// and, where the network's shape agrees, the same weights. Ending the comparison leaves
/// the base session as it was.
///
/// The owner trains `variants` (side by side, each on its own core) or, without a
/// comparison, `base`.
public struct Comparison: Sendable {
  /// The session of the scenario itself; it does not train while comparing.
  public private(set) var base: Session
  /// One session per variant of `base.scenario.compare`, in order; empty without one.
  public var variants: [Session]

  public init(base: Session) {
    self.base = base
    variants = base.variantSessions()
  }

  /// True while the scenario has variants.
  public var isComparing: Bool { !variants.isEmpty }

  /// The sessions that train: the variants, or the base.
  public var trainingCount: Int { isComparing ? variants.count : 1 }

  /// True when nothing can train any more: the base diverged, or every variant did.
  public var isDiverged: Bool {
    isComparing ? variants.allSatisfy(\.isDiverged) : base.isDiverged
  }

  /// Applies a command to what is on screen.
  ///
  /// Without a comparison it goes to the base. While comparing: `step` and `reset` go to
  /// every variant; `newWeights` and view options to the base and every variant (so their
  /// seeds stay the same); `regenerate` to the base alone, and every variant takes its new
  /// points and `tfSeed` keeping its network (a variant's own regenerate would draw its
  /// `tfSeed` after its own weights, so shapes would part); every other change goes to the
  /// base, and the variants are built again from it (a setting they override keeps its
  /// value).
  public mutating func apply(_ command: SessionCommand) {
    guard isComparing || !base.scenario.applying(command).compare.isEmpty else {
      base.apply(command)
      return
    }
    switch command {
    case .step:
      for i in variants.indices { variants[i].step() }
    case .reset:
      for i in variants.indices { variants[i].apply(.reset) }
    case .regenerate:
      base.apply(command)
      for i in variants.indices { variants[i].takeData(of: base) }
    case .newWeights, .setView:
      base.apply(command)
      for i in variants.indices { variants[i].apply(command) }
    default:
      base.apply(command)
      variants = base.variantSessions()
    }
  }
}

extension Session {
  /// The session of every variant of the scenario's `compare`: the variant's settings on
  /// this session's data, with its data and weight seeds, at epoch 0.
  ///
  /// Under a `tfSeed` each variant draws its weights as the page would open the variant's
  /// own link with the same seed (as `Session(scenario:seed:)` and `train --variant` do),
  /// after as many networks as this session skipped with `newWeights`.
  public func variantSessions() -> [Session] {
    var origin = scenario.tfSeed.map { TFWeightOrigin(seed: $0) }
    if let tfWeights, tfWeights.seed == scenario.tfSeed { origin = tfWeights }
    return scenario.variants.map { settings in
      var session = self
      session.scenario = settings
      session.tfWeights = origin
      session.trainer = Session.makeTrainer(
        settings, data: trainer.data, weightSeed: weightSeed, tfWeights: origin)
      session.history.removeAll()
      session.history.append(session.trainer.lastReport)
      return session
    }
  }
}

extension Session {
  /// Takes the points, data seed and `tfSeed` of `other` (the comparison's base after a
  /// regenerate), keeping this session's network, as its own regenerate would.
  mutating func takeData(of other: Session) {
    guard scenario.data == nil else { return }
    dataSeed = other.dataSeed
    scenario.tfSeed = other.scenario.tfSeed
    trainer.setData(other.data)
  }
}
