import Testing

@testable import PlaygroundCore

/// The one shuffle the engine uses, for the data split and the per-epoch order.
@Suite struct FisherYatesTests {
  @Test(arguments: 0..<16 as Range<UInt64>)
  func isAPermutationThatTakesOneDrawPerElement(_ seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    var values = Array(0..<37)
    values.fisherYatesShuffle(using: &rng)
    #expect(values.sorted() == Array(0..<37))
    var expected = SeededGenerator(seed: seed)
    for _ in 0..<37 { _ = expected.nextUnit() }
    #expect(rng == expected)
  }

  /// Pinned (checked by hand against the original's loop over SplitMix64), so a change
  /// to the order of draws or swaps shows: it would move points between the training
  /// and test sets of every scenario.
  @Test func givesTheSamePermutationAsBefore() {
    var rng = SeededGenerator(seed: 1)
    var values = Array(0..<10)
    values.fisherYatesShuffle(using: &rng)
    #expect(values == Self.pinned)
  }

  static let pinned = [9, 0, 1, 4, 8, 2, 3, 7, 6, 5]

  @Test func splitAndEpochOrderShuffleAlike() {
    let points = (0..<20).map { DataPoint(x: Double($0), y: 0, label: 1) }
    var rng = SeededGenerator(seed: 5)
    let split = DataSplit.shuffledSplit(points, trainRatio: 100, using: &rng)
    var order = Array(0..<20)
    var same = SeededGenerator(seed: 5)
    order.fisherYatesShuffle(using: &same)
    #expect(split.train.map { Int($0.x) } == order)
  }
}
