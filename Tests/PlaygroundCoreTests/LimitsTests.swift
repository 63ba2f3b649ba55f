import PlaygroundCore
import Testing

/// The one table of ranges, and the UI's steps that must stay inside it.
@Suite struct LimitsTests {
  /// The ranges of DESIGN.md §3, pinned: files in the wild rely on them.
  @Test func areTheDesignsRanges() {
    #expect(Limits.noise == 0...50)
    #expect(Limits.trainRatio == 10...90)
    #expect(Limits.batchSize == 1...30)
    #expect(Limits.hiddenLayerCount == 0...6)
    #expect(Limits.neuronsPerLayer == 1...8)
    #expect(Limits.featureCount == 1...7)
    #expect(Limits.maximumLearningRate == 10)
    #expect(Limits.regularizationRate == 0...10)
    #expect(Limits.seed == 0...9_007_199_254_740_992)
    #expect(Limits.randomSeed == 0...999_999)
    #expect(Limits.maximumFileBytes == 1_048_576)
  }

  @Test func learningRatesAreAllowedOnlyAboveZeroUpToTheMaximum() {
    #expect(Limits.allowsLearningRate(10))
    #expect(Limits.allowsLearningRate(.leastNonzeroMagnitude))
    #expect(!Limits.allowsLearningRate(0))
    #expect(!Limits.allowsLearningRate(10.000_000_1))
    #expect(!Limits.allowsLearningRate(.nan))
  }

  @Test func stepsSpanTheirLimits() {
    #expect(Steps.learningRates.allSatisfy(Limits.allowsLearningRate))
    #expect(Steps.learningRates.last == Limits.maximumLearningRate)
    #expect(Steps.regularizationRates.first == Limits.regularizationRate.lowerBound)
    #expect(Steps.regularizationRates.last == Limits.regularizationRate.upperBound)
    #expect(Steps.noiseLevels == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50])
    #expect(Steps.trainRatios == [10, 20, 30, 40, 50, 60, 70, 80, 90])
    #expect(Steps.batchSizes == Limits.batchSize)
    #expect(Steps.maxHiddenLayers == Limits.hiddenLayerCount.upperBound)
    #expect(Steps.maxNeurons == Limits.neuronsPerLayer.upperBound)
    #expect(Steps.learningRates == Steps.learningRates.sorted())
    #expect(Steps.regularizationRates == Steps.regularizationRates.sorted())
  }
}
