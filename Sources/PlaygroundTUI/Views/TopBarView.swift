import PlaygroundCore

/// The top bar: run state, `Epoch 1,234`, learning rate, activation, regularization and
/// its rate, problem type, speed, the place in the lecture (`3/21`) and the preset's name,
/// each with its key.
struct TopBarView: Sendable {
  var scenario: Scenario
  var epoch: Int
  var isRunning: Bool
  var isDiverged: Bool
  var speed: TrainingSpeed
  var presetName: String?
  var glyphs: Glyphs
  var strings: Strings
  /// The lecture's presets and the one on screen; no lesson item without any.
  var lessons = Lessons()

  /// One control: its spans and what clicking it does.
  struct Item {
    var spans: [Span]
    var click: Intent?
  }

  /// How much the labels say, from the widest form to the narrowest.
  private enum Form: CaseIterable {
    /// "Learning rate 0.03", "Lesson 3/21".
    case full
    /// "LR 0.03", "3/21".
    case compact
    /// "Classif.".
    case tight
    /// "0.03" too.
    case tightest
  }

  private func items(_ form: Form) -> [Item] {
    let word = form == .full
    let state: [Span]
    func named(_ glyph: String, _ key: TextKey) -> String {
      glyph + (word ? " " + strings[key] : "")
    }
    if isDiverged {
      state = [Span(named(glyphs.diverged, .stateDiverged), Styles.diverged)]
    } else if isRunning {
      state = [Span(named(glyphs.running, .running), Styles.running)]
    } else {
      state = [Span(named(glyphs.paused, .paused), Styles.paused)]
    }
    let controls = controlItems(form)
    let view = scenario.view
    // The run state and epoch stay when the play button is hidden; only the click goes.
    let status = Item(
      spans: state + [
        Span(" " + strings[.epoch] + " ", Styles.dim),
        Span(Format.grouped(epoch, separator: strings[.digitGroupSeparator]), Styles.value),
      ],
      click: view.hides(.playButton) ? nil : .togglePlay)
    return [status] + controls.filter { item in !(item.click?.control.map(view.hides) ?? false) }
      + lessonItem(form)
  }

  /// The settings, each clickable; the ones the lesson hides are left out by `items`.
  private func controlItems(_ form: Form) -> [Item] {
    /// The key, the label of the form (none when empty), the value.
    func labelled(_ key: String, _ labels: [TextKey?], _ value: String) -> [Span] {
      let label = labels[Swift.min(labels.count - 1, Form.allCases.firstIndex(of: form) ?? 0)]
      let name = label.map { strings[$0] } ?? ""
      return [Span.key(key)] + (name.isEmpty ? [] : [Span(" " + name, Styles.dim)])
        + [Span(" " + value, Styles.value)]
    }
    let classification = scenario.problem == .classification
    let problem: TextKey =
      form == .tight || form == .tightest
      ? (classification ? .classificationShort : .regressionShort)
      : (classification ? .classification : .regression)
    return [
      Item(
        spans: labelled(
          "l", [.learningRate, .learningRateShort, .learningRateShort, nil],
          Format.rate(scenario.learningRate)),
        click: .change(.learningRate, by: 1)),
      Item(
        // `A` steps back: both keys shown, as `d D` in the data column.
        spans: labelled("aA", [.activation, nil], scenario.activation.title(in: strings)),
        click: .change(.activation, by: 1)),
      Item(
        spans: labelled(
          "e", [.regularization, .regularizationShort],
          scenario.regularization.title(in: strings)),
        click: .change(.regularization, by: 1)),
      Item(
        spans: labelled(
          "x", [.regularizationRateShort, nil], Format.rate(scenario.regularizationRate)),
        click: .change(.regularizationRate, by: 1)),
      // The value names the problem: no label, so the lesson item fits at 160 columns.
      Item(spans: labelled("m", [nil], strings[problem]), click: .toggleProblem),
      Item(
        spans: labelled("<>", [.speed, nil], speed.title(in: strings)),
        click: .change(.speed, by: 1)),
    ]
  }

  /// `[] Lesson 3/21`: `]` and `[` walk the lecture; `-/21` before any lesson.
  private func lessonItem(_ form: Form) -> [Item] {
    guard !lessons.order.isEmpty else { return [] }
    let place = "\(lessons.position.map(String.init) ?? "-")/\(lessons.order.count)"
    let label = form == .full ? [Span(" " + strings[.lesson], Styles.dim)] : []
    return [
      Item(
        spans: [Span.key("[]")] + label + [Span(" " + place, Styles.value)],
        click: .lesson(by: 1))
    ]
  }

  /// The items placed from x = 0 with their x positions, in the widest form that fits.
  func placed(width: Int) -> [(x: Int, item: Item)] {
    let forms: [(Form, Int)] = [
      (.full, 3), (.compact, 3), (.compact, 2), (.tight, 2), (.tightest, 2),
    ]
    for (form, separator) in forms {
      let list = items(form)
      let total = list.reduce(0) { $0 + $1.spans.width } + separator * (list.count - 1)
      if total <= width || form == .tightest {
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
