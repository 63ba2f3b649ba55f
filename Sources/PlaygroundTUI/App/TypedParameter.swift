import PlaygroundCore

/// What the `=` editor accepts: a finite number in `Limits.typedParameter`, written with a
/// dot (`-0.25`, `1e-3`).
enum TypedParameter {
  /// Why a typed value was refused, as one line for the prompt.
  struct Problem: Error, Equatable {
    var message: Phrase
  }

  static func parse(_ text: String) -> Result<Double, Problem> {
    let typed = text.trimmingSpaces
    guard !typed.isEmpty else { return .failure(Problem(message: Phrase(.typeANumber))) }
    guard let value = Double(typed), value.isFinite else {
      return .failure(
        Problem(message: Phrase(.notANumber, .plain(typed.escapedForMessage(limit: 20)))))
    }
    let range = Limits.typedParameter
    guard range.contains(value) else {
      return .failure(
        Problem(
          message: Phrase(
            .outOfRange, .plain(String(Int(range.lowerBound))),
            .plain(String(Int(range.upperBound))))))
    }
    return .success(value)
  }
}
