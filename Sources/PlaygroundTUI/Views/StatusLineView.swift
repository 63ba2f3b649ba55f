import PlaygroundCore

/// The line above the key legend: an open prompt, else a message, else the focused
/// weight or bias with how to edit it, else a hint.
struct StatusLineView: Sendable {
  var overlay: Overlay
  var message: Message?
  var focus: Focus?
  var network: Network
  var features: [Feature]
  var isDiverged: Bool
  /// The scenario's view options: the hint leaves out keys the lesson hides.
  var view = ViewOptions()
  /// Compare mode: the hint names its keys.
  var comparing = false
  var glyphs: Glyphs
  var strings: Strings
  /// The inspector's formula line, shown when no prompt or message is.
  var formula: [Span]? = nil
  /// The options the two above come from (edit mode's swatch needs the colour tier).
  var options = RenderOptions()

  func render(into buffer: inout CellBuffer, rect: Rect) {
    buffer.write(spans(width: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width)
  }

  var spans: [Span] { spans(width: .max) }

  /// The line for `width` columns: a long link being typed scrolls to keep the cursor in view.
  func spans(width: Int) -> [Span] {
    if case .prompt(let prompt) = overlay { return promptSpans(prompt, width: width) }
    // Edit mode keeps its keys in view; a message (no point near) shows for a moment.
    if case .editPoints(let editor) = overlay, message == nil {
      return PointEditorView(editor: editor, options: options).statusSpans
    }
    if let message {
      return [
        Span(glyphs.text(strings.text(message.text)), message.isError ? Styles.error : Styles.note)
      ]
    }
    if let formula { return formula }
    if comparing {
      return hints([
        ("h", .compareTrainToggle), ("j", .compareUpdatesToggle), ("y", .logScale),
        ("C", .legendSingle),
      ])
    }
    if isDiverged {
      return [Span(glyphs.diverged + " " + strings[.diverged] + ": ", Styles.diverged)]
        + strings.spans(.divergedHint, Styles.text, [Span.key("L")], [Span.key("r")])
    }
    if let focus, let value = focus.value(in: network) {
      return [
        Span(name(of: focus) + " ", Styles.value),
        Span(strings[isWeight(focus) ? .weight : .bias] + " ", Styles.dim),
        Span(Format.parameter(value), Styles.value), Span("   "),
      ] + hints([("=", .edit), ("Tab", .next), ("Esc", .done)])
    }
    let layers =
      view.hides(.hiddenLayers) ? [] : hints([("+-", .hintLayers)]) + [Span("  ", Styles.dim)]
    return layers
      + hints([
        (glyphs.leftRight, .hintLayer), (glyphs.upDown, .hintNeurons), ("Tab", .hintWeights),
      ])
      + [Span("  ", Styles.dim), Span(strings[.hintNeuronMap], Styles.dim)]
  }

  /// "= edit  Tab next": each key and its dimmed word, two spaces apart.
  private func hints(_ list: [(key: String, word: TextKey)]) -> [Span] {
    list.enumerated().flatMap { index, hint in
      [Span.key(hint.key), Span(" " + strings[hint.word], Styles.dim)]
        + (index < list.count - 1 ? [Span("  ", Styles.dim)] : [])
    }
  }

  private func isWeight(_ focus: Focus) -> Bool {
    if case .link = focus { return true }
    return false
  }

  /// "X1", "H1.2" (layer 1, neuron 2), "out".
  private func nodeName(layer: Int, index: Int) -> String {
    if layer == 0 { return features[safe: index]?.title ?? "in\(index + 1)" }
    if layer == network.layerSizes.count - 1 { return strings[.outputNode] }
    return "H\(layer).\(index + 1)"
  }

  /// "X1→H1.2": a link by the nodes it joins.
  private func linkName(layer: Int, to: Int, from: Int) -> String {
    let arrow = glyphs.unicode ? "→" : "->"
    return nodeName(layer: layer, index: from) + arrow + nodeName(layer: layer + 1, index: to)
  }

  /// "Neuron H1.2", "Link X1→H1.2".
  private func name(of focus: Focus) -> String {
    switch focus {
    case .neuron(let layer, let index):
      if layer == network.layerSizes.count - 1 { return strings[.outputNeuron] }
      return strings(.neuron, nodeName(layer: layer, index: index))
    case .link(let layer, let to, let from):
      return strings(.link, linkName(layer: layer, to: to, from: from))
    }
  }

  /// The `=` prompt's question: "New value for Link X1→H1.2: " (Russian says which value,
  /// and the name takes the genitive).
  private func question(for focus: Focus) -> String {
    switch focus {
    case .neuron(let layer, let index):
      if layer == network.layerSizes.count - 1 { return strings[.newOutputBias] }
      return strings(.newBias, nodeName(layer: layer, index: index))
    case .link(let layer, let to, let from):
      return strings(.newWeight, linkName(layer: layer, to: to, from: from))
    }
  }

  private func promptSpans(_ prompt: Prompt, width: Int) -> [Span] {
    switch prompt {
    case .tfLink(let field, let error, _):
      let title = Span(strings[.linkPrompt], Styles.header)
      if let error {
        // The reason matters more than the title when the line cannot hold both.
        let reason = Span(glyphs.text(strings.text(error)), Styles.error)
        return title.text.count + reason.text.count <= width ? [title, reason] : [reason]
      }
      let tail = [Span("  ")] + hints([("Enter", .openLink), ("Esc", .cancel)])
      let room = Swift.max(12, width - title.text.count - tail.width)
      return [title] + fieldSpans(field, width: room) + tail
    case .editValue(let focus, let field, let error):
      let tail =
        error.map { [Span("  " + glyphs.text(strings.text($0)), Styles.error)] }
        ?? [Span("  ")] + hints([("Enter", .apply), ("Esc", .cancel)])
      return [Span(question(for: focus), Styles.header)] + fieldSpans(field)
        + tail
    case .saveFile(let field, let weights):
      return [Span(strings[.saveAs], Styles.header)] + fieldSpans(field) + [
        Span("  "), Span.key("Tab"), Span(" " + strings[.saveWeights] + " ", Styles.dim),
        Span(weights ? glyphs.checked : glyphs.unchecked, Styles.value), Span("  "),
      ] + hints([("Enter", .save), ("Esc", .cancel)])
    case .confirmOverwrite(let path, _):
      return [
        Span(glyphs.text(strings(.fileExists, path)), Styles.error), Span.key("y"),
        Span("/", Styles.dim),
        Span.key("n"),
      ]
    }
  }

  /// The typed text with the cursor: a selected text is drawn selected (typing replaces
  /// it); otherwise a bar marks the cursor.
  ///
  /// A text longer than `width` columns shows the part around the cursor, with `…` where
  /// it is cut.
  private func fieldSpans(_ field: TextField, width: Int = .max) -> [Span] {
    if field.isSelected { return [Span(glyphs.text(field.text), Styles.selected)] }
    let cursor = Span(glyphs.unicode ? "▏" : "_", Styles.key)
    var (before, after) = (String(field.split.before), String(field.split.after))
    let room = Swift.max(2, width - 1)  // the cursor takes a column
    if before.count + after.count > room {
      let shownBefore = Swift.min(before.count, Swift.max(room / 2, room - after.count))
      let cutBefore = shownBefore < before.count
      let cutAfter = room - shownBefore < after.count
      before = (cutBefore ? "…" : "") + String(before.suffix(shownBefore - (cutBefore ? 1 : 0)))
      let afterRoom = room - shownBefore
      after =
        cutAfter ? String(after.prefix(Swift.max(0, afterRoom - 1))) + "…" : after
    }
    return [
      Span(glyphs.text(before), Styles.value), cursor, Span(glyphs.text(after), Styles.value),
    ]
  }
}

/// The bottom line: the keys that have no control of their own on screen.
///
/// When the line is too narrow it first packs tighter ("Spc", one space), then leaves out the
/// entries whose keys the status line or `?` help shows anyway, least needed first; Space, `?` and
/// `q` always stay.
struct KeyLegendView: Sendable {
  var isRunning: Bool
  var presentation: Bool
  /// The scenario's view options: keys of hidden controls are left out.
  var view = ViewOptions()
  /// Compare mode: `g` new data and `C` back to the single run instead of `=` and `w`.
  var comparing = false
  var glyphs: Glyphs
  var strings: Strings

  private static let controls: [String: HideableControl] = [
    "Space": .playButton, "n": .stepButton, "r": .resetButton, "w": .resetButton,
  ]

  /// (key, label); the order on screen.
  private var entries: [(key: String, label: TextKey)] {
    let middle: [(key: String, label: TextKey)] =
      comparing
      ? [("g", .legendNewData), ("C", .legendSingle)]
      : [("w", .legendWeights), ("=", .legendEdit)]
    let all: [(key: String, label: TextKey)] =
      [("Space", isRunning ? .legendPause : .legendRun), ("n", .legendStep), ("r", .legendReset)]
      + middle + [
        ("f", presentation ? .legendFullView : .legendPresent), ("p", .legendPresets),
        ("S", .legendSave), ("?", .legendHelp), ("q", .legendQuit),
      ]
    return all.filter { entry in !(Self.controls[entry.key].map(view.hides) ?? false) }
  }

  /// Keys left out when nothing else makes the line fit, first to go first.
  static let dropOrder = ["=", "w", "g", "S", "p", "f", "r", "n"]

  /// The spans of the widest form that fits `width` (the shortest form when none does).
  func spans(width: Int) -> [Span] {
    let all = entries
    var forms: [(dropped: Int, short: Bool, separator: Int)] = [
      (0, false, 2), (0, false, 1), (0, true, 1),
    ]
    forms += (1...Self.dropOrder.count).map { ($0, true, 1) }
    var spans = [Span]()
    for form in forms {
      let dropped = Set(Self.dropOrder.prefix(form.dropped))
      let kept = all.filter { !dropped.contains($0.key) }
      spans = []
      for (index, entry) in kept.enumerated() {
        let key =
          entry.key != "Space" ? entry.key : strings[form.short ? .keySpaceShort : .keySpace]
        spans.append(Span.key(key))
        let gap = index == kept.count - 1 ? "" : String(repeating: " ", count: form.separator)
        spans.append(Span(" " + strings[entry.label] + gap, Styles.dim))
      }
      if spans.width <= width { return spans }
    }
    return spans
  }

  func render(into buffer: inout CellBuffer, rect: Rect) {
    buffer.write(spans(width: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width)
  }
}
