extension Array {
  /// Shuffles in place exactly as the original's `shuffle` (dataset.ts) does: Fisher–Yates
  /// from the back, one draw per element.
  ///
  /// ```
  /// for counter in count, count − 1, …, 1:
  ///   index = ⌊u · counter⌋, u uniform in [0, 1)
  ///   swap elements counter − 1 and index
  /// ```
  ///
  /// Both the data split and the per-epoch order use it, so the same generator state
  /// always gives the same permutation (the standard library's `shuffle(using:)` draws
  /// differently).
  ///
  /// - Complexity: O(n), n draws from `rng`.
  mutating func fisherYatesShuffle(using rng: inout SeededGenerator) {
    var counter = count
    while counter > 0 {
      let index = Int(rng.nextUnit() * Double(counter))
      counter -= 1
      swapAt(counter, index)
    }
  }
}
