import PlaygroundCore
import TestSupport
import Testing

/// A link opens exactly as the original page opens it: the same points in the same order,
/// the same initial weights, and the same losses epoch by epoch.
@Suite struct TFPlaygroundLinkTests {
  static func session(_ fixture: TFLinkCase) throws -> Session {
    let scenario = try Scenario.fromTFPlaygroundURL(fixture.url).scenario
    return Session(scenario: scenario, seed: 1)
  }

  @Test(arguments: TFLinkCase.names)
  func pointsInThePagesOrder(name: String) throws {
    let fixture = try TFLinkCase(name: name)
    let session = try Self.session(fixture)
    #expect(session.data.train.count == fixture.data.train.count)
    #expect(session.data.test.count == fixture.data.test.count)
    let mismatched = zip(
      session.data.train + session.data.test, fixture.data.train + fixture.data.test
    )
    .enumerated().filter { $0.element.0 != $0.element.1 }
    #expect(
      mismatched.isEmpty,
      "\(mismatched.count) points differ, first: \(mismatched.first.map { "\($0)" } ?? "")")
  }

  @Test(arguments: TFLinkCase.names)
  func initialWeightsAreThePages(name: String) throws {
    let fixture = try TFLinkCase(name: name)
    let session = try Self.session(fixture)
    #expect(session.network.parameters == fixture.initial)
  }

  /// DESIGN.md §2's parity tolerance: 1e-7 relative.
  @Test(arguments: TFLinkCase.names)
  func fiftyEpochsOfLosses(name: String) throws {
    let fixture = try TFLinkCase(name: name)
    var session = try Self.session(fixture)
    var problems: [String] = []
    for (epoch, expected) in fixture.losses.enumerated() {
      if epoch > 0 { session.step() }
      let report = session.report
      if !report.train.loss.isApproximatelyEqual(to: expected.train, relativeTolerance: 1e-7)
        || !report.test.loss.isApproximatelyEqual(to: expected.test, relativeTolerance: 1e-7)
      {
        problems.append(
          "epoch \(epoch): \(report.train.loss) \(report.test.loss) vs \(expected.train) \(expected.test)"
        )
      }
    }
    #expect(fixture.losses.count == fixture.epochs + 1)
    #expect(problems.isEmpty, "\(problems.prefix(3))")
  }
}
