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
  /// `u`: the scenario's TensorFlow Playground link.
  case shareLink
  /// `i`: the backprop inspector; `I`: the activation panel; `k`: the chain-rule card.
  case inspector, activationPanel, chainRule
  /// `o`: edit mode, points added and removed by hand.
  case editPoints
  /// `C`: open the compare chooser, or leave compare mode; `h`: the train losses on the
  /// compare chart; `j`: its x axis in epochs or weight updates (issue 13).
  case compare, toggleTrainLoss, toggleUpdateAxis
}

/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Hashable, Sendable {
  /// As shown: "l / L"; in English when the keys are a word (`keysName`).
  public var keys: String
  /// The word the keys are ("Space"), which the screen says in its language.
  public var keysName: TextKey? = nil
  /// What the keys do.
  public var action: TextKey
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
    case "u": return .shareLink
    case "i": return .inspector
    case "I": return .activationPanel
    case "k": return .chainRule
    case "o": return .editPoints
    case "C": return .compare
    case "h": return .toggleTrainLoss
    case "j": return .toggleUpdateAxis
    case "?": return .help
    case "q": return .quit
    default: return nil
    }
  }

  /// Every binding, in the order the help overlay lists them.
  public static let help: [HelpEntry] = [
    entry(named: .keySpace, .helpPlayPause, [.character(" ")]),
    entry("n", .helpStep, [.character("n")]),
    entry("r / w", .helpReset, [.character("r"), .character("w")]),
    entry("g", .helpRegenerate, [.character("g")]),
    entry("d / D", .helpDataset, [.character("d"), .character("D")]),
    entry("m", .helpProblem, [.character("m")]),
    entry("1 … 7", .helpFeature, (1...7).map { .character(Character("\($0)")) }),
    entry("+ / -", .helpLayers, [.character("+"), .character("-")]),
    entry("← / →", .helpSelectLayer, [.left, .right]),
    entry("↑ / ↓", .helpNeurons, [.up, .down]),
    entry("a / A", .helpActivation, [.character("a"), .character("A")]),
    entry("l / L", .helpLearningRate, [.character("l"), .character("L")]),
    entry("e / E", .helpRegularization, [.character("e"), .character("E")]),
    entry("x / X", .helpRegularizationRate, [.character("x"), .character("X")]),
    entry("b / B", .helpBatchSize, [.character("b"), .character("B")]),
    entry("z / Z", .helpNoise, [.character("z"), .character("Z")]),
    entry("t / T", .helpTrainRatio, [.character("t"), .character("T")]),
    entry("v / c", .helpShowTestData, [.character("v"), .character("c")]),
    entry("< / >", .helpSpeed, [.character("<"), .character(">")]),
    entry("Tab/S-Tab", .helpFocus, [.tab, .backTab]),
    entry("=", .helpEditValue, [.character("=")]),
    entry("f", .helpPresentation, [.character("f")]),
    entry("y", .helpLogScale, [.character("y")]),
    entry("p", .helpPresets, [.character("p")]),
    entry("] / [", .helpLesson, [.character("]"), .character("[")]),
    entry("i / I", .helpInspector, [.character("i"), .character("I")]),
    entry("k", .helpChainRule, [.character("k")]),
    entry("C", .helpCompare, [.character("C")]),
    entry("h / j", .helpTrainLoss, [.character("h"), .character("j")]),
    entry("S", .helpSave, [.character("S")]),
    entry("u", .helpLink, [.character("u")]),
    entry("o", .helpEditPoints, [.character("o")]),
    entry("?", .helpHelp, [.character("?")]),
    entry("Esc", .helpEscape, [.escape]),
    entry("q, Ctrl-C", .helpQuit, [.character("q"), .control("c")]),
    entry(named: .keyMouse, .helpMouse, []),
  ]

  private static func entry(_ keys: String, _ action: TextKey, _ bindings: [Key]) -> HelpEntry {
    HelpEntry(keys: keys, action: action, bindings: bindings)
  }

  /// A line whose keys are a word ("Space", "mouse"), said in the screen's language.
  private static func entry(named keys: TextKey, _ action: TextKey, _ bindings: [Key])
    -> HelpEntry
  {
    HelpEntry(keys: Strings(.en)[keys], keysName: keys, action: action, bindings: bindings)
  }
}
