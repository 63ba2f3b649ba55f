import PlaygroundCore

extension AppState {
  /// A key outside prompts and overlays.
  ///
  /// A key of a control the lesson hides (`view.hide`) does nothing but say so.
  mutating func perform(_ intent: Intent) -> [Effect] {
    let scenario = settings
    if let control = intent.control, scenario.view.hides(control) {
      note(Phrase(.hiddenInLesson, .key(control.titleKey)))
      return []
    }
    switch intent {
    case .togglePlay:
      if everythingDiverged && !isRunning {
        fail(Phrase(.divergedPressReset))
        return []
      }
      return [setRunning(!isRunning)]
    case .step: return [setRunning(false)] + send(.step)
    case .reset: return [setRunning(false)] + send(.reset)
    case .newWeights: return [setRunning(false)] + send(.newWeights)
    case .regenerate: return send(.regenerate)
    case .toggleProblem:
      return send(.setProblem(scenario.problem == .classification ? .regression : .classification))
    case .change(let setting, let delta): return change(setting, by: delta)
    case .toggleFeature(let index):
      guard let feature = Feature.allCases.dropFirst(index).first else { return [] }
      var features = Set(scenario.features)
      if features.contains(feature) { features.remove(feature) } else { features.insert(feature) }
      guard !features.isEmpty else {
        fail(Phrase(.oneFeatureStays))
        return []
      }
      return send(.setFeatures(Feature.canonical(features)))
    case .addLayer:
      guard scenario.hiddenLayers.count < Steps.maxHiddenLayers else { return [] }
      selection.layer = scenario.hiddenLayers.count
      return send(.setHiddenLayers(scenario.hiddenLayers + [2]))
    case .removeLayer:
      guard !scenario.hiddenLayers.isEmpty else { return [] }
      return send(.setHiddenLayers(Array(scenario.hiddenLayers.dropLast())))
    case .selectLayer(let delta):
      let count = scenario.hiddenLayers.count
      selection.layer = Swift.min(Swift.max(0, selection.layer + delta), Swift.max(0, count - 1))
      return []
    case .addNeuron, .removeNeuron:
      var layers = scenario.hiddenLayers
      guard layers.indices.contains(selection.layer) else { return [] }
      let delta = intent == .addNeuron ? 1 : -1
      let neurons = layers[selection.layer] + delta
      guard (1...Steps.maxNeurons).contains(neurons) else { return [] }
      layers[selection.layer] = neurons
      return send(.setHiddenLayers(layers))
    case .toggleTestData:
      var view = scenario.view
      view.showTestData.toggle()
      return send(.setView(view))
    case .toggleDiscretize:
      var view = scenario.view
      view.discretize.toggle()
      return send(.setView(view))
    // The inspector, the activation panel and edit mode work on one network.
    case .focus where isComparing, .editValue where isComparing, .inspector where isComparing,
      .activationPanel where isComparing, .editPoints where isComparing:
      note(Phrase(.notInCompare))
    case .focus(let delta): moveFocus(by: delta)
    case .editValue:
      guard let focus = selection.focus, let value = focus.value(in: snapshot.network) else {
        fail(Phrase(.pickFocusFirst))
        return []
      }
      overlay = .prompt(
        .editValue(focus, TextField(Format.parameter(value), selected: true), error: nil))
    case .presentation: presentation.toggle()
    case .toggleLogScale: logScale.toggle()
    case .lesson(let delta):
      guard let next = lessons.neighbour(delta) else {
        note(Phrase(delta > 0 ? .lastLesson : .firstLesson))
        return []
      }
      return [.loadPreset(next)]
    case .presets:
      overlay = .presets(PresetPicker())
      return [.listPresets]
    case .save:
      overlay = .prompt(
        .saveFile(TextField("scenario.json", selected: true), includeWeights: false))
    case .help: overlay = overlay == .help ? .none : .help
    case .shareLink: return shareLink()
    case .inspector: return openInspector()
    case .activationPanel: activationPanel.toggle()
    case .chainRule: overlay = .chainRule(ChainRuleCard())
    case .compare:
      if isComparing { return leaveCompare() }
      (inspector, activationPanel) = (nil, false)
      overlay = .compareChooser(CompareChooser())
    case .toggleTrainLoss, .toggleUpdateAxis:
      guard isComparing else {
        note(Phrase(.compareOnly))
        return []
      }
      if intent == .toggleTrainLoss {
        compareShowsTrainLoss.toggle()
      } else {
        compareAxisInUpdates.toggle()
      }
    case .escape where isComparing:
      return leaveCompare()
    case .escape:
      if selection.map != .output {
        selection.map = .output
      } else if selection.focus != nil {
        selection.focus = nil
      } else {
        presentation = false
      }
    case .quit: return [.quit]
    case .editPoints: return openEditor()
    }
    return []
  }

  /// Back to the scenario's own run, paused, as it was.
  mutating func leaveCompare() -> [Effect] {
    note(Phrase(.compareEnded))
    return [setRunning(false)] + send(.setCompare([]))
  }

  /// Starts comparing `variants` from the current settings, paused.
  mutating func startCompare(_ variants: [ScenarioOverrides]) -> [Effect] {
    func names(_ language: Language) -> String {
      variants.map { $0.title(in: Strings(language)) }.joined(separator: " / ")
    }
    note(Phrase(.compareStarted, .localized(LocalizedText(en: names(.en), ru: names(.ru)))))
    return [setRunning(false)] + send(.setCompare(variants))
  }

  private mutating func moveFocus(by delta: Int) {
    let items = Focus.all(in: snapshot.network)
    guard !items.isEmpty else { return }
    guard let current = selection.focus, let index = items.firstIndex(of: current) else {
      selection.focus = delta > 0 ? items.first : items.last
      return
    }
    selection.focus = items[((index + delta) % items.count + items.count) % items.count]
  }

  /// Steps a setting through the original's list of values.
  private mutating func change(_ setting: Setting, by delta: Int) -> [Effect] {
    let s = settings
    switch setting {
    case .dataset:
      // With 3...6 classes: gauss, spiral and pinwheel, the ones that make k classes.
      let kinds = DatasetKind.kinds(for: s.problem, classes: s.classes)
      return send(.setDataset(cycle(kinds, from: s.dataset, by: delta)))
    case .activation:
      return send(.setActivation(cycle(Activation.allCases, from: s.activation, by: delta)))
    case .regularization:
      return send(
        .setRegularization(cycle(Regularization.allCases, from: s.regularization, by: delta)))
    case .learningRate:
      guard let rate = step(Steps.learningRates, from: s.learningRate, by: delta) else { return [] }
      return send(.setLearningRate(rate))
    case .regularizationRate:
      guard let rate = step(Steps.regularizationRates, from: s.regularizationRate, by: delta)
      else { return [] }
      return send(.setRegularizationRate(rate))
    case .noise:
      guard let noise = step(Steps.noiseLevels, from: s.noise, by: delta) else { return [] }
      return send(.setNoise(noise))
    case .trainRatio:
      guard let ratio = step(Steps.trainRatios, from: s.trainRatio, by: delta) else { return [] }
      return send(.setTrainRatio(ratio))
    case .batchSize:
      let current: Int
      switch s.batchSize {
      case .all: current = Steps.batchSizes.upperBound + 1
      case .count(let n): current = n
      }
      // 1 … 30, then "all" (full-batch gradient descent) as the top step.
      let top = Steps.batchSizes.upperBound + 1
      let next = Swift.min(top, Swift.max(Steps.batchSizes.lowerBound, current + delta))
      let size: BatchSize = next == top ? .all : .count(next)
      guard s.batchSize != size else { return [] }
      return send(.setBatchSize(size))
    case .speed:
      let levels = TrainingSpeed.levels
      let index = levels.firstIndex(of: speed) ?? levels.firstIndex(of: .default) ?? 0
      let next = Swift.min(levels.count - 1, Swift.max(0, index + delta))
      guard levels[next] != speed else { return [] }
      return [setSpeed(levels[next])]
    }
  }

  private func cycle<T: Equatable>(_ values: [T], from current: T, by delta: Int) -> T {
    guard let index = values.firstIndex(of: current), !values.isEmpty else {
      return values.first ?? current
    }
    return values[((index + delta) % values.count + values.count) % values.count]
  }

  /// The next value of a sorted list after the one nearest `current`, or nil at an end.
  private func step(_ values: [Double], from current: Double, by delta: Int) -> Double? {
    guard !values.isEmpty else { return nil }
    var nearest = 0
    for (index, value) in values.enumerated()
    where abs(value - current) < abs(values[nearest] - current) {
      nearest = index
    }
    var next = nearest + delta
    // A value between two steps moves to the neighbour in the asked direction.
    if values[nearest] != current {
      next =
        delta > 0
        ? (values.firstIndex { $0 > current } ?? values.count)
        : ((values.lastIndex { $0 < current }) ?? -1)
    }
    guard values.indices.contains(next) else { return nil }
    return values[next]
  }
}
