import PlaygroundCore

/// Edit mode (`o`): the points being edited, a cursor on the big heatmap and the label a
/// new point gets.
///
/// Training waits while it is open; Enter hands the points to the worker.
public struct PointEditor: Equatable, Sendable {
  /// The points as edited so far; new ones join the training set.
  public var points: DataSplit
  /// The cursor, in the domain [-6, 6]², on a grid of ``step``.
  public var x = 0.0
  public var y = 0.0
  /// The label a new point gets: -1 or 1 (two classes, regression), 0...k−1 (k classes).
  public var label: Double
  /// 2, or 3...6.
  public let classes: Int
  /// Whether training ran before edit mode paused it (Enter and Esc restore it).
  public let wasRunning: Bool
  /// Whether a point was added or removed.
  public var changed = false

  /// How far an arrow moves the cursor.
  public static let step = 0.5
  /// How close to the cursor a point must be for `x` to remove it.
  public static let reach = 1.0

  public init(points: DataSplit, classes: Int, wasRunning: Bool) {
    self.points = points
    self.classes = classes
    self.wasRunning = wasRunning
    label = classes > 2 ? 0 : 1
  }

  /// Moves the cursor by whole steps, staying inside the square.
  mutating func move(dx: Int, dy: Int) {
    x = Swift.min(6, Swift.max(-6, x + Double(dx) * Self.step))
    y = Swift.min(6, Swift.max(-6, y + Double(dy) * Self.step))
  }

  /// Puts the cursor on the grid point nearest (x, y).
  mutating func place(x newX: Double, y newY: Double) {
    func snap(_ v: Double) -> Double {
      Swift.min(6, Swift.max(-6, (v / Self.step).rounded() * Self.step))
    }
    (x, y) = (snap(newX), snap(newY))
  }

  /// Chooses the label from a key: `0`…`k−1` for k classes; `+`/`1` and `-`/`0` for two.
  ///
  /// Returns false for a key that names no label.
  mutating func choose(_ c: Character) -> Bool {
    if classes > 2 {
      guard let digit = c.wholeNumberValue, c.isASCII, digit < classes else { return false }
      label = Double(digit)
      return true
    }
    switch c {
    case "+", "1": label = 1
    case "-", "0": label = -1
    default: return false
    }
    return true
  }

  /// Adds a training point at the cursor; false when the set is full.
  mutating func add() -> Bool {
    guard points.train.count + points.test.count < PointTable.maximumCount else { return false }
    points.train.append(DataPoint(x: x, y: y, label: label))
    changed = true
    return true
  }

  /// Removes the point nearest the cursor (train or test) within ``reach``; false when
  /// there is none.
  mutating func removeNearest() -> Bool {
    func distance(_ p: DataPoint) -> Double { (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y) }
    let train = points.train.indices.min { distance(points.train[$0]) < distance(points.train[$1]) }
    let test = points.test.indices.min { distance(points.test[$0]) < distance(points.test[$1]) }
    let trainDistance = train.map { distance(points.train[$0]) } ?? .infinity
    let testDistance = test.map { distance(points.test[$0]) } ?? .infinity
    guard Swift.min(trainDistance, testDistance) <= Self.reach * Self.reach else { return false }
    if trainDistance <= testDistance, let train {
      // Training needs a point: the last one stays.
      guard points.train.count > 1 else { return false }
      points.train.remove(at: train)
    } else if let test {
      points.test.remove(at: test)
    }
    changed = true
    return true
  }
}

extension AppState {
  /// The point editor, while edit mode is open.
  public var editor: PointEditor? {
    if case .editPoints(let editor) = overlay { return editor }
    return nil
  }
}
