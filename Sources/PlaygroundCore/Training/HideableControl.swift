/// A control a scenario can hide from the screen (the original's `HIDABLE_CONTROLS`,
/// reference/tfplayground.md §1.7, in playground-tui's vocabulary, plus `features` and
/// `speed`): a lesson shows only what it uses.
///
/// A hidden control is not drawn, and its keys and mouse targets do nothing.
///
/// The raw values are the names a scenario file lists under `view.hide`; `allCases` is
/// the order files write them in.
public enum HideableControl: String, CaseIterable, Hashable, Sendable, Comparable {
  /// `v`, the "Show test data" checkbox.
  case showTestData
  /// `c`, the "Discretize output" checkbox.
  case discretize
  /// Space: run and pause.
  case playButton
  /// `n`: one epoch.
  case stepButton
  /// `r` and `w`: reset, with the same or new initial weights.
  case resetButton
  /// `l` / `L`.
  case learningRate
  /// `a` / `A`.
  case activation
  /// `e` / `E`.
  case regularization
  /// `x` / `X`.
  case regularizationRate
  /// `m`: classification or regression.
  case problem
  /// `d` / `D` and the dataset pictures.
  case dataset
  /// `t` / `T`.
  case trainRatio
  /// `z` / `Z`.
  case noise
  /// `b` / `B`.
  case batchSize
  /// `+` / `-`: the number of hidden layers (neurons per layer stay editable, as in the
  /// original).
  case hiddenLayers
  /// `1` … `7`: turning input features on and off.
  case features
  /// `<` / `>`: training speed.
  case speed

  /// Canonical order (`allCases`).
  public static func < (lhs: HideableControl, rhs: HideableControl) -> Bool {
    lhs.order < rhs.order
  }

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
