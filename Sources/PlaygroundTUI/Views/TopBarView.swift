import PlaygroundCore

/// The top bar: run state, `Epoch 1,234`, learning rate, activation, regularization and
/// its rate, problem type, speed and the preset's name, each with its key.
struct TopBarView: Sendable {
  var scenario: Scenario
  var epoch: Int
  var isRunning: Bool
  var isDiverged: Bool
  var speed: TrainingSpeed
  var presetName: String?
  var glyphs: Glyphs

  /// One control: its spans and what clicking it does.
  struct Item {
    var spans: [Span]
    var click: Intent?
  }

  private func items(compact: Bool) -> [Item] {
    let state: [Span]
    if isDiverged {
      state = [Span(glyphs.diverged + (compact ? "" : " Diverged"), Styles.diverged)]
    } else if isRunning {
      state = [Span(glyphs.running + (compact ? "" : " Running"), Styles.running)]
    } else {
      state = [Span(glyphs.paused + (compact ? "" : " Paused"), Styles.paused)]
    }
    let controls = controlItems(compact: compact)
    let view = scenario.view
    // The run state and epoch stay when the play button is hidden; only the click goes.
    let status = Item(
      spans: state + [Span(" Epoch ", Styles.dim), Span(Format.grouped(epoch), Styles.value)],
      click: view.hides(.playButton) ? nil : .togglePlay)
    return [status] + controls.filter { item in !(item.click?.control.map(view.hides) ?? false) }
  }

  /// The settings, each clickable; the ones the lesson hides are left out by `items`.
  private func controlItems(compact: Bool) -> [Item] {
    func labelled(_ key: String, _ label: String, _ short: String, _ value: String) -> [Span] {
      let name = compact ? short : label
      return [Span.key(key)] + (name.isEmpty ? [] : [Span(" " + name, Styles.dim)])
        + [Span(" " + value, Styles.value)]
    }
    let problem = scenario.problem == .classification ? "Classification" : "Regression"
    return [
      Item(
        spans: labelled("l", "Learning rate", "LR", Format.rate(scenario.learningRate)),
        click: .change(.learningRate, by: 1)),
      Item(
        // `A` steps back: both keys shown, as `d D` in the data column.
        spans: labelled("aA", "Activation", "", scenario.activation.title),
        click: .change(.activation, by: 1)),
      Item(
        spans: labelled("e", "Regularization", "Reg", scenario.regularization.title),
        click: .change(.regularization, by: 1)),
      Item(
        spans: labelled("x", "Reg. rate", "", Format.rate(scenario.regularizationRate)),
        click: .change(.regularizationRate, by: 1)),
      Item(spans: labelled("m", "Problem", "", problem), click: .toggleProblem),
      Item(spans: labelled("<>", "Speed", "", speed.title), click: .change(.speed, by: 1)),
    ]
  }

  /// The items placed from x = 0 with their x positions, in the widest form that fits.
  func placed(width: Int) -> [(x: Int, item: Item)] {
    for (compact, separator) in [(false, 3), (true, 3), (true, 2)] {
      let list = items(compact: compact)
      let total = list.reduce(0) { $0 + $1.spans.width } + separator * (list.count - 1)
      if total <= width || (compact && separator == 2) {
        var x = 0
        return list.map { item in
          defer { x += item.spans.width + separator }
          return (x, item)
        }
      }
    }
    return []
  }

  func render(into buffer: inout CellBuffer, rect: Rect) {
    buffer.fill(rect, with: Cell(" ", style: Styles.panel))
    let placed = placed(width: rect.width)
    var end = rect.x
    for (index, entry) in placed.enumerated() {
      if index > 0 {
        let gap = entry.x - end
        let separator = gap >= 3 ? " \(glyphs.verticalRule) " : "  "
        buffer.write(
          separator, x: rect.x + end, y: rect.y, style: Styles.dim, maxWidth: rect.width - end)
      }
      end =
        buffer.write(
          entry.item.spans, x: rect.x + entry.x, y: rect.y, maxWidth: rect.width - entry.x) - rect.x
    }
    if let name = presetName.map(glyphs.text), rect.width - end > name.count + 4 {
      buffer.write(name, x: rect.x + rect.width - name.count - 1, y: rect.y, style: Styles.header)
    }
  }

  func hitTargets(rect: Rect) -> [HitTarget] {
    placed(width: rect.width).compactMap { entry in
      entry.item.click.map {
        HitTarget(
          rect: Rect(x: rect.x + entry.x, y: rect.y, width: entry.item.spans.width, height: 1),
          action: .intent($0))
      }
    }
  }
}
