import PlaygroundCore

/// What the `=` editor accepts: a finite number in `Limits.typedParameter`, written with a
/// dot (`-0.25`, `1e-3`).
enum TypedParameter {
  /// Why a typed value was refused, as one line for the prompt.
  struct Problem: Error, Equatable {
    var message: String
  }

  static func parse(_ text: String) -> Result<Double, Problem> {
    let typed = text.trimmingSpaces
    guard !typed.isEmpty else { return .failure(Problem(message: "Type a number")) }
    guard let value = Double(typed), value.isFinite else {
      return .failure(Problem(message: "Not a number: '\(typed.escapedForMessage(limit: 20))'"))
    }
    let range = Limits.typedParameter
    guard range.contains(value) else {
      return .failure(
        Problem(
          message: "Out of range: use \(Int(range.lowerBound)) to \(Int(range.upperBound))"))
    }
    return .success(value)
  }
}
