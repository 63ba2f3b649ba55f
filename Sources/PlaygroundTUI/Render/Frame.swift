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
    guard event.kind == .press else { return nil }
    return targets.last(where: { $0.rect.contains(x: event.x, y: event.y) })?.action
  }
}
