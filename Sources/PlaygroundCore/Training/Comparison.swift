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
  /// every variant; `regenerate`, `newWeights` and view options to the base and every
  /// variant (so their seeds stay the same); every other change goes to the base, and the
  /// variants are built again from it (a setting they override keeps their value).
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
    case .regenerate, .newWeights, .setView:
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
  public func variantSessions() -> [Session] {
    scenario.variants.map { settings in
      var session = self
      session.scenario = settings
      session.trainer = Session.makeTrainer(settings, data: trainer.data, weightSeed: weightSeed)
      session.history.removeAll()
      session.history.append(session.trainer.lastReport)
      return session
    }
  }
}
