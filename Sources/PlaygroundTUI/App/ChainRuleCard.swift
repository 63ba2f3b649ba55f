/// The lecture's chain-rule example f = (x + y)·z (`k`): x, y and z editable, the forward
/// values and the backward gradients computed from them.
public struct ChainRuleCard: Equatable, Sendable {
  /// x, y, z.
  public private(set) var values: [Double] = [-2, 5, -4]
  /// The field being edited: 0 x, 1 y, 2 z.
  public private(set) var field = 0
  public private(set) var text: TextField
  /// Why the last text typed was refused.
  public private(set) var error: Phrase?

  public init() { text = TextField(Format.rate(-2), selected: true) }

  public var x: Double { values[0] }
  public var y: Double { values[1] }
  public var z: Double { values[2] }
  /// q = x + y.
  public var q: Double { x + y }
  /// f = q·z.
  public var f: Double { q * z }
  /// ∂f/∂q = z, ∂f/∂z = q, and through q: ∂f/∂x = ∂f/∂q·∂q/∂x = z·1, ∂f/∂y = z·1.
  public var dq: Double { z }
  public var dz: Double { q }
  public var dx: Double { dq * 1 }
  public var dy: Double { dq * 1 }

  /// Handles a key; false when it closes the card (Esc, `k`).
  mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .escape, .character("k"): return false
    case .tab, .down: select(field + 1)
    case .backTab, .up: select(field + 2)
    case .enter: apply()
    default:
      if text.handle(key) { error = nil }
    }
    return true
  }

  /// Applies the typed text to the field being edited, and moves to the next.
  private mutating func apply() {
    switch TypedParameter.parse(text.text) {
    case .success(let value):
      values[field] = value
      select(field + 1)
    case .failure(let problem):
      error = problem.message
    }
  }

  private mutating func select(_ index: Int) {
    field = index % 3
    text = TextField(Format.rate(values[field]), selected: true)
    error = nil
  }
}
