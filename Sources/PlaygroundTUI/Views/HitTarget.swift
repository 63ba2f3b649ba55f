import PlaygroundCore

/// What a click on a region does.
public enum ClickAction: Equatable, Sendable {
  case intent(Intent)
  /// Show (or, clicked again, hide) a node's map in the big heatmap.
  case showMap(MapSource)
  case setDataset(PlaygroundCore.DatasetKind)
  /// The inspector picks the training point nearest (x, y) (data coordinates); a
  /// target's own action holds (0, 0) and the click fills in where it landed.
  case pickPoint(x: Double, y: Double)
  /// Edit mode: a click on the big heatmap at domain point (x, y).
  case placePoint(x: Double, y: Double)
}

/// A clickable region of the screen.
struct HitTarget: Equatable, Sendable {
  var rect: Rect
  var action: ClickAction
}
