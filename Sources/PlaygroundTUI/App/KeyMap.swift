/// A setting the keyboard steps through its list of allowed values.
public enum Setting: Hashable, Sendable, CaseIterable {
  case dataset, learningRate, activation, regularization, regularizationRate, batchSize,
    noise, trainRatio, speed
}

/// What a key asks for, before `AppState` turns it into effects.
public enum Intent: Hashable, Sendable {
  /// Space, `n`, `r`, `w`, `g`, `m`.
  case togglePlay, step, reset, newWeights, regenerate, toggleProblem
  /// Moves a setting one step up (+1) or down (−1) its list.
  case change(Setting, by: Int)
  /// Feature index 0...6 in canonical order.
  case toggleFeature(Int)
  /// `+` / `-`.
  case addLayer, removeLayer
  /// Selects the previous (−1) or next (+1) hidden layer.
  case selectLayer(by: Int)
  /// `↑` / `↓` on the selected layer.
  case addNeuron, removeNeuron
  /// `v` / `c`.
  case toggleTestData, toggleDiscretize
  /// Moves the focus through neurons (biases) and links: +1 Tab, −1 Shift-Tab.
  case focus(by: Int)
  /// `=`, `f`, `p`, `S`, `?`, Esc, `q`.
  case editValue, presentation, presets, save, help, escape, quit
  /// `y`: the loss chart's y axis from 0, or logarithmic.
  case toggleLogScale
  /// `]` / `[`: the next (+1) or previous (−1) lesson in the lecture's order.
  case lesson(by: Int)
}

/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Hashable, Sendable {
  /// As shown: "l / L".
  public var keys: String
  /// What the keys do.
  public var action: String
  /// The keys the line talks about, so tests can check the map agrees with the help.
  public var bindings: [Key]
}

/// The pure key table: the same key always means the same intent (overlays and prompts
/// are handled by `AppState` before a key gets here).
public enum KeyMap {
  /// The intent of `key`, or nil when it means nothing.
  public static func intent(for key: Key) -> Intent? {
    switch key {
    case .character(let c): return character(c)
    case .control("c"): return .quit
    case .left: return .selectLayer(by: -1)
    case .right: return .selectLayer(by: 1)
    case .up: return .addNeuron
    case .down: return .removeNeuron
    case .tab: return .focus(by: 1)
    case .backTab: return .focus(by: -1)
    case .escape: return .escape
    default: return nil
    }
  }

  private static func character(_ c: Character) -> Intent? {
    if let digit = c.wholeNumberValue, (1...7).contains(digit), c.isASCII {
      return .toggleFeature(digit - 1)
    }
    switch c {
    case " ": return .togglePlay
    case "n": return .step
    case "r": return .reset
    case "w": return .newWeights
    case "g": return .regenerate
    case "d": return .change(.dataset, by: 1)
    case "D": return .change(.dataset, by: -1)
    case "m": return .toggleProblem
    case "+": return .addLayer
    case "-": return .removeLayer
    case "a": return .change(.activation, by: 1)
    case "A": return .change(.activation, by: -1)
    case "l": return .change(.learningRate, by: 1)
    case "L": return .change(.learningRate, by: -1)
    case "e": return .change(.regularization, by: 1)
    case "E": return .change(.regularization, by: -1)
    case "x": return .change(.regularizationRate, by: 1)
    case "X": return .change(.regularizationRate, by: -1)
    case "b": return .change(.batchSize, by: 1)
    case "B": return .change(.batchSize, by: -1)
    case "z": return .change(.noise, by: 1)
    case "Z": return .change(.noise, by: -1)
    case "t": return .change(.trainRatio, by: 1)
    case "T": return .change(.trainRatio, by: -1)
    case ">": return .change(.speed, by: 1)
    case "<": return .change(.speed, by: -1)
    case "v": return .toggleTestData
    case "c": return .toggleDiscretize
    case "=": return .editValue
    case "f": return .presentation
    case "y": return .toggleLogScale
    case "]": return .lesson(by: 1)
    case "[": return .lesson(by: -1)
    case "p": return .presets
    case "S": return .save
    case "?": return .help
    case "q": return .quit
    default: return nil
    }
  }

  /// Every binding, in the order the help overlay lists them.
  public static let help: [HelpEntry] = [
    entry("Space", "play / pause", [.character(" ")]),
    entry("n", "one epoch (pauses)", [.character("n")]),
    entry("r", "reset, same start weights", [.character("r")]),
    entry("w", "new initial weights", [.character("w")]),
    entry("g", "regenerate the data", [.character("g")]),
    entry("d / D", "next / previous dataset", [.character("d"), .character("D")]),
    entry("m", "problem type", [.character("m")]),
    entry("1 … 7", "toggle a feature", (1...7).map { .character(Character("\($0)")) }),
    entry("+ / -", "add / remove hidden layer", [.character("+"), .character("-")]),
    entry("← / →", "select a hidden layer", [.left, .right]),
    entry("↑ / ↓", "add / remove a neuron", [.up, .down]),
    entry("a / A", "activation", [.character("a"), .character("A")]),
    entry("l / L", "learning rate up / down", [.character("l"), .character("L")]),
    entry("e / E", "regularization", [.character("e"), .character("E")]),
    entry("x / X", "regularization rate", [.character("x"), .character("X")]),
    entry("b / B", "batch size", [.character("b"), .character("B")]),
    entry("z / Z", "noise", [.character("z"), .character("Z")]),
    entry("t / T", "ratio of training data", [.character("t"), .character("T")]),
    entry("v", "show test data", [.character("v")]),
    entry("c", "discretize output", [.character("c")]),
    entry("< / >", "speed slower / faster", [.character("<"), .character(">")]),
    entry("Tab/S-Tab", "focus neuron or link", [.tab, .backTab]),
    entry("=", "type a weight or bias", [.character("=")]),
    entry("f", "presentation view", [.character("f")]),
    entry("y", "loss chart: log scale", [.character("y")]),
    entry("p", "presets", [.character("p")]),
    entry("] / [", "next / previous lesson", [.character("]"), .character("[")]),
    entry("S", "save scenario", [.character("S")]),
    entry("?", "this help", [.character("?")]),
    entry("Esc", "close; back to output", [.escape]),
    entry("q, Ctrl-C", "quit", [.character("q"), .control("c")]),
    entry("mouse", "click controls, neurons", []),
  ]

  private static func entry(_ keys: String, _ action: String, _ bindings: [Key]) -> HelpEntry {
    HelpEntry(keys: keys, action: action, bindings: bindings)
  }
}
