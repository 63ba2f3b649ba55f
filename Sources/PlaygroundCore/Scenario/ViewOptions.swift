/// The options the original keeps beside the network: which points to draw, whether to
/// threshold the heatmap, and which controls the lesson hides.
public struct ViewOptions: Equatable, Sendable {
  /// Draw the test points on the output heatmap.
  public var showTestData: Bool
  /// Threshold the heatmaps at 0.
  public var discretize: Bool
  /// Controls not drawn and not usable (scenario key `view.hide`); empty shows all.
  public var hidden: Set<HideableControl>

  /// The options with nothing hidden unless `hidden` says so.
  public init(
    showTestData: Bool = false, discretize: Bool = false, hidden: Set<HideableControl> = []
  ) {
    self.showTestData = showTestData
    self.discretize = discretize
    self.hidden = hidden
  }

  /// Whether `control` is hidden in this lesson.
  public func hides(_ control: HideableControl) -> Bool { hidden.contains(control) }
}
