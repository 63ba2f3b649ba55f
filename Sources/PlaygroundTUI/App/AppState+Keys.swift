import PlaygroundCore

extension AppState {
  /// Routes a key: Ctrl-C always quits; an open prompt or overlay sees keys first.
  mutating func handle(_ key: Key) -> [Effect] {
    if key == .control("c") { return [.quit] }
    switch overlay {
    case .none:
      if inspector != nil, let effects = handleInspector(key) { return effects }
      guard let intent = KeyMap.intent(for: key) else { return [] }
      return perform(intent)
    case .help:
      switch key {
      case .escape, .character("?"): overlay = .none
      case .character("k"): overlay = .chainRule(ChainRuleCard())
      case .character("q"): return [.quit]
      default: break
      }
      return []
    case .chainRule(var card):
      overlay = card.handle(key) ? .chainRule(card) : .none
      return []
    case .presets(let picker): return handlePicker(key, picker)
    case .prompt(let prompt): return handlePrompt(key, prompt)
    case .link:
      switch key {
      case .escape, .enter, .character("u"): overlay = .none
      case .character("q"): return [.quit]
      default: break
      }
      return []
    case .editPoints(let editor): return handleEditor(key, editor)
    case .compareChooser(let chooser): return handleChooser(key, chooser)
    }
  }

  /// The compare chooser's keys; `C` or Esc closes it and leaves everything as it was.
  private mutating func handleChooser(_ key: Key, _ chooser: CompareChooser) -> [Effect] {
    var chooser = chooser
    switch key {
    case .escape, .character("C"):
      overlay = .none
      return []
    case .character("q"): return [.quit]
    case .up, .character("k"): chooser.moveRow(by: -1)
    case .down, .character("j"): chooser.moveRow(by: 1)
    case .left: chooser.changeValue(by: -1)
    case .right: chooser.changeValue(by: 1)
    case .tab: chooser.moveSlot(by: 1)
    case .backTab: chooser.moveSlot(by: -1)
    case .character("+"): chooser.addSlot()
    case .character("-"): chooser.removeSlot()
    case .enter:
      overlay = .none
      return startCompare(chooser.variants)
    default: return []
    }
    overlay = .compareChooser(chooser)
    return []
  }

  private mutating func handlePicker(_ key: Key, _ picker: PresetPicker) -> [Effect] {
    var picker = picker
    let count = picker.presets?.count ?? 0
    switch key {
    case .escape: overlay = .none
    case .character("q"): return [.quit]
    case .up, .character("k"):
      picker.cursor = Swift.max(0, picker.cursor - 1)
      overlay = .presets(picker)
    case .down, .character("j"):
      picker.cursor = Swift.min(Swift.max(0, count - 1), picker.cursor + 1)
      overlay = .presets(picker)
    case .enter:
      guard let presets = picker.presets, presets.indices.contains(picker.cursor) else { return [] }
      overlay = .none
      note(Phrase(.loading, .localized(presets[picker.cursor].name)))
      return [.loadPreset(presets[picker.cursor].id)]
    case .character("u"): askForLink(picker)
    default: break
    }
    return []
  }

  /// Asks the run loop to save, unless the weights asked for are not finite numbers (after
  /// divergence): no file can hold them, so the message says how to save without them
  /// (the save prompt opens with weights unticked).
  ///
  /// The save writes the snapshot on screen, so while commands are on their way (keys
  /// typed ahead: `+`, `S`, Enter) it waits for the snapshot that has applied them.
  mutating func save(_ path: String, weights: Bool, overwrite: Bool) -> [Effect] {
    guard snapshotIsCurrent else {
      pendingSave = SaveRequest(path: path, weights: weights, overwrite: overwrite)
      return []
    }
    if weights && !snapshot.network.isFinite {
      fail(Phrase(.notSavedDiverged))
      return []
    }
    lastSave = SaveRequest(path: path, weights: weights)
    return [.save(path: path, includeWeights: weights, overwrite: overwrite)]
  }

  private mutating func handlePrompt(_ key: Key, _ prompt: Prompt) -> [Effect] {
    switch prompt {
    case .confirmOverwrite(let path, let weights):
      switch key {
      case .character("y"), .character("Y"):
        overlay = .none
        return save(path, weights: weights, overwrite: true)
      case .character("n"), .character("N"), .escape:
        overlay = .none
        note(Phrase(.notSaved))
      default: break
      }
      return []
    case .saveFile(var field, let weights):
      switch key {
      case .escape: overlay = .none
      case .tab, .backTab: overlay = .prompt(.saveFile(field, includeWeights: !weights))
      case .enter:
        let typed = field.text.trimmingSpaces
        let path = typed.isEmpty ? "scenario.json" : typed
        overlay = .none
        return save(path, weights: weights, overwrite: false)
      default:
        if field.handle(key) { overlay = .prompt(.saveFile(field, includeWeights: weights)) }
      }
      return []
    case .tfLink(let field, _, let picker): return handleLinkPrompt(key, field, picker)
    case .editValue(let focus, var field, _):
      switch key {
      case .escape: overlay = .none
      case .enter:
        switch TypedParameter.parse(field.text) {
        case .success(let value):
          overlay = .none
          return send(focus.command(value))
        case .failure(let problem):
          overlay = .prompt(.editValue(focus, field, error: problem.message))
        }
      default:
        if field.handle(key) { overlay = .prompt(.editValue(focus, field, error: nil)) }
      }
      return []
    }
  }
}

extension String {
  /// Without leading and trailing spaces (no Foundation in this module).
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
