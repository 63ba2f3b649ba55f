import PlaygroundCore

extension AppState {
  /// The longest link the prompt takes: the original's links run to about 450 characters.
  static let linkCapacity = 4096

  /// `u` in the preset picker: asks for a TensorFlow Playground link.
  mutating func askForLink(_ picker: PresetPicker) {
    let field = TextField("", capacity: Self.linkCapacity)
    overlay = .prompt(.tfLink(field, error: nil, picker: picker))
  }

  /// The link prompt's keys: editing keys (a paste arrives as typed characters), Enter
  /// opens the link, Esc goes back to the picker.
  mutating func handleLinkPrompt(
    _ key: Key, _ field: TextField, _ picker: PresetPicker
  ) -> [Effect] {
    var field = field
    switch key {
    case .escape: overlay = .presets(picker)
    case .enter:
      switch Self.importLink(field.text) {
      case .opened(let link):
        overlay = .none
        let name = LocalizedText(.tensorFlowLink)
        // What the link held that was ignored stays until the next key, as at start.
        if link.notes.isEmpty {
          note(Phrase(.loaded, .localized(name)))
        } else {
          message = Message(
            text: .joined(link.notes.map(Phrase.verbatim)), isError: false, expires: nil)
        }
        return load(link.scenario, seed: link.seed, name: name, lesson: nil)
      case .refused(let error):
        overlay = .prompt(.tfLink(field, error: error, picker: picker))
      }
    default:
      if field.handle(key) { overlay = .prompt(.tfLink(field, error: nil, picker: picker)) }
    }
    return []
  }

  /// A link read as `--tf-url` reads it: the scenario keeps the link's seed as `tfSeed`.
  struct ImportedLink: Equatable {
    var scenario: Scenario
    var seed: UInt64
    var notes: [String]
  }

  /// A link read, or why it was refused.
  enum LinkReading: Equatable {
    case opened(ImportedLink)
    case refused(Phrase)
  }

  /// Reads `text` as a TensorFlow Playground link, or says why it is not one.
  ///
  /// The run's integer seed follows from the link as the command line's does: from
  /// `tfSeed` (it orders only per-epoch shuffles). A link without a seed, whose points the
  /// original draws anew on every load, gets one from its text, so the same link opens
  /// the same picture.
  static func importLink(_ text: String) -> LinkReading {
    let link = text.trimmingSpaces
    guard !link.isEmpty else {
      return .refused(Phrase(.linkEmpty, .plain("https://playground.tensorflow.org/#…")))
    }
    // The original's links carry settings as key=value after '#'; Core also takes the
    // part after '#' alone, but text without a single '=' is no link at all.
    guard link.contains("=") else {
      return .refused(Phrase(.notALink, .plain(link.escapedForMessage(limit: 40))))
    }
    do {
      let imported = try Scenario.fromTFPlaygroundURL(link)
      let scenario = imported.scenario
      let seed =
        scenario.seed ?? scenario.tfSeed.map(Scenario.integerSeed(fromTFSeed:))
        ?? Scenario.integerSeed(fromTFSeed: link) % (Limits.randomSeed.upperBound + 1)
      return .opened(ImportedLink(scenario: scenario, seed: seed, notes: imported.notes))
    } catch {
      return .refused(.verbatim(error.description))
    }
  }
}
