#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a scenario cannot be saved as a file that loads back.
public enum ScenarioSaveError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A weight or bias is not a finite number (training diverged); a file cannot hold it.
  case nonFiniteParameters
  /// The text would not load: the reader's first complaint about it.
  case wouldNotLoad(ScenarioError)

  /// Why, for a message: "the weights are not finite numbers (training diverged)".
  public var description: String {
    switch self {
    case .nonFiniteParameters:
      return "the weights are not finite numbers (training diverged)"
    case .wouldNotLoad(let error):
      return "the file would not load: \(error.message)"
    }
  }
}

extension Parameters {
  /// Whether every weight and bias is a finite number.
  public var isFinite: Bool {
    weights.allSatisfy { $0.allSatisfy { $0.allSatisfy(\.isFinite) } }
      && biases.allSatisfy { $0.allSatisfy(\.isFinite) }
  }
}

extension Scenario {
  /// The file text of this scenario (``encodedJSON()``), checked to load: a scenario that
  /// would give a file playground-tui rejects is refused, never written (DESIGN.md §3,
  /// load(save(s)) == s).
  ///
  /// - Throws: ``ScenarioSaveError/nonFiniteParameters`` after divergence (saving
  ///   without the weights still works), ``ScenarioSaveError/wouldNotLoad(_:)`` for
  ///   anything else the reader refuses, such as a file over 1 MB.
  public func fileText() throws(ScenarioSaveError) -> String {
    if let parameters, !parameters.isFinite { throw .nonFiniteParameters }
    let text = encodedJSON()
    do {
      _ = try Scenario.decode(from: Data(text.utf8), file: "")
    } catch {
      throw .wouldNotLoad(error)
    }
    return text
  }
}
