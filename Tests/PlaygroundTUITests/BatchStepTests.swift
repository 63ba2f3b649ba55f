import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// `b`/`B` step the batch size 1 … 30 and then "all" (full-batch gradient descent).
@Suite struct BatchStepTests {
  func state(_ batch: BatchSize) -> AppState {
    AppState(session: Session(scenario: Scenario(batchSize: batch), seed: 1), presetName: nil)
  }

  @Test func upFromThirtyIsAllAndUpFromAllDoesNothing() {
    var s = state(.count(30))
    #expect(
      s.apply(.input(.key(.character("b")))).map(\.unnumbered) == [.session(.setBatchSize(.all))])
    var top = state(.all)
    #expect(top.apply(.input(.key(.character("b")))).isEmpty)
    #expect(
      top.apply(.input(.key(.character("B")))).map(\.unnumbered) == [
        .session(.setBatchSize(.count(30)))
      ])
  }
}
