/// A rendered screen: the cells to show and the regions a click can hit, both from the
/// same drawing, so a click acts on exactly what the user sees.
public struct Frame: Equatable, Sendable {
  public var buffer: CellBuffer
  /// Clickable regions in drawing order; where they overlap, the later one is on top.
  var targets: [HitTarget]

  init(buffer: CellBuffer, targets: [HitTarget] = []) {
    self.buffer = buffer
    self.targets = targets
  }

  /// What a mouse event on this frame does: a press on a clickable region gives its
  /// action; anything else (a release, a wheel turn, a press on nothing) gives nil.
  public func click(for event: MouseEvent) -> ClickAction? {
    guard event.kind == .press,
      let target = targets.last(where: { $0.rect.contains(x: event.x, y: event.y) })
    else { return nil }
    if case .pickPoint = target.action {
      // The heatmap spans [-6, 6]² (y up); the cell's centre is where the click landed.
      let fx = (Double(event.x - target.rect.x) + 0.5) / Double(Swift.max(1, target.rect.width))
      let fy = (Double(event.y - target.rect.y) + 0.5) / Double(Swift.max(1, target.rect.height))
      return .pickPoint(x: -6 + 12 * fx, y: 6 - 12 * fy)
    }
    return target.action
  }
}
