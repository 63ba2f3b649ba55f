// TEMPORARY: replaced by the scenario decoder branch at merge.
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
public struct ScenarioError: Error, Equatable, CustomStringConvertible {
  public var description: String
}
extension Scenario {
  public static func decode(from data: Data, file: String) throws(ScenarioError) -> Scenario {
    throw ScenarioError(description: "\(file): decoder not merged yet")
  }
  public static func fromTFPlaygroundURL(_ url: String) throws(ScenarioError) -> (scenario: Scenario, notes: [String]) {
    throw ScenarioError(description: "not merged yet")
  }
  public func encodedJSON() -> String { "{}" }
}
