/// An input feature computed from a point (x1, x2).
///
/// `allCases` is the canonical order: the network's inputs are the active features in this order
/// (DESIGN.md §2).
public enum Feature: String, CaseIterable, Sendable, Codable, Comparable {
  case x1, x2, x1Squared, x2Squared, x1TimesX2, sinX1, sinX2

  /// The feature's value at (x, y).
  @inline(__always)
  public func value(x: Double, y: Double) -> Double {
    switch self {
    case .x1: return x
    case .x2: return y
    case .x1Squared: return x * x
    case .x2Squared: return y * y
    case .x1TimesX2: return x * y
    case .sinX1: return LibM.sin(x)
    case .sinX2: return LibM.sin(y)
    }
  }

  /// Position in the canonical order.
  public var index: Int { Feature.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Feature, rhs: Feature) -> Bool { lhs.index < rhs.index }

  /// `features` made distinct and put in canonical order.
  public static func canonical(_ features: some Sequence<Feature>) -> [Feature] {
    let set = Set(features)
    return allCases.filter(set.contains)
  }
}
