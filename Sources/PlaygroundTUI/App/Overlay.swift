/// What covers the screen's middle or bottom.
public enum Overlay: Equatable, Sendable {
  case none, help
  case presets(PresetPicker)
  case prompt(Prompt)
  /// `u`: the TensorFlow Playground link of the scenario on screen.
  case link(LinkShare)
  /// `k`: the chain rule on f = (x + y)·z.
  case chainRule(ChainRuleCard)
  /// `o`: points added and removed by hand on the big heatmap.
  case editPoints(PointEditor)
  /// `C`: what to compare (issue 13).
  case compareChooser(CompareChooser)
}

/// A one-line text prompt at the bottom of the screen.
public enum Prompt: Equatable, Sendable {
  /// `=`: a new value for a weight or bias, and why the last one typed was refused.
  case editValue(Focus, TextField, error: Phrase?)
  /// `S`: a file name and whether to include the weights (Tab toggles).
  case saveFile(TextField, includeWeights: Bool)
  /// The file exists: "overwrite? y/n".
  case confirmOverwrite(path: String, includeWeights: Bool)
  /// `u` in the preset picker: a TensorFlow Playground link to open, why the last one was
  /// refused, and the picker, drawn behind the prompt and back on Esc.
  case tfLink(TextField, error: Phrase?, picker: PresetPicker)
}

/// The preset picker's rows and cursor.
public struct PresetPicker: Equatable, Sendable {
  /// Nil until the first part of the list arrives.
  public var presets: [PresetSummary]?
  /// False while presets are still being read (the list grows as they come).
  public var isComplete = false
  /// The highlighted row.
  public var cursor = 0
}
