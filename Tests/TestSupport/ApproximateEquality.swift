extension FloatingPoint {
  /// Whether `self` and `other` differ by at most the larger of `absoluteTolerance` and
  /// `relativeTolerance` times the larger magnitude (swift-numerics' semantics).
  ///
  /// ```
  /// self == other  ||  |self − other| ≤ max(absoluteTolerance, relativeTolerance·max(|self|, |other|))
  /// ```
  ///
  /// Equal values (including equal infinities) are always approximately equal. NaN is
  /// approximately equal to nothing, not even NaN; an infinity only to the same infinity,
  /// because the difference must be finite. A test-support comparison: it never backs
  /// `Equatable`.
  ///
  /// - Precondition: `absoluteTolerance` is finite and not negative; `relativeTolerance`
  ///   is in `0...1`.
  public func isApproximatelyEqual(
    to other: Self, absoluteTolerance: Self = 0, relativeTolerance: Self = 0
  ) -> Bool {
    precondition(absoluteTolerance >= 0 && absoluteTolerance.isFinite)
    precondition(relativeTolerance >= 0 && relativeTolerance <= 1)
    if self == other { return true }
    let difference = (self - other).magnitude
    let scale = Swift.max(magnitude, other.magnitude)
    let bound = Swift.max(absoluteTolerance, scale * relativeTolerance)
    return difference.isFinite && difference <= bound
  }
}
