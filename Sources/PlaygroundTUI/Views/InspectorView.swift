import PlaygroundCore

/// The inspector's part of the output column: over the losses, the point, the step of
/// the walk, the output, target and loss, and what the links show; on the heatmap, the
/// picked point and the cursor.
struct InspectorView: Sendable {
  var inspector: Inspector
  var trace: PointTrace
  var session: SessionSnapshot
  var layout: ScreenLayout
  var options: RenderOptions

  private var strings: Strings { Strings(options) }
  private var glyphs: Glyphs { Glyphs(options) }

  func render(into buffer: inout CellBuffer) {
    let rect = layout.losses
    buffer.fill(rect, with: Cell(" ", style: Styles.text))
    let phase: String
    switch inspector.phase {
    case .forward(let l): phase = strings(.phaseForward, "\(l)")
    case .loss: phase = strings[.phaseLoss]
    case .backward(let l): phase = strings(.phaseBackward, "\(l)")
    }
    let p = trace.point
    let label =
      if let c = trace.classIndex {
        "\(c)"
      } else if session.scenario.problem == .classification {
        p.label > 0 ? "+1" : "-1"
      } else {
        Format.inspect(p.label)
      }
    // Groups that stay whole, packed into as few rows as the column's width allows.
    let groups: [[Span]] = [
      [Span(" \(strings[.inspectorTitle]) ", Styles.selected), Span(" " + phase, Styles.value)],
      [
        Span(
          strings(.inspectPoint, "\(trace.index)", "\(session.data.train.count - 1)") + " ",
          Styles.value)
      ],
      [Span("(\(Format.inspect(p.x)), \(Format.inspect(p.y)))", Styles.text)],
      outputGroup(width: rect.width),
      [Span(strings[.inspectTarget] + " ", Styles.dim), Span(label + "  ", Styles.value)],
      [
        Span(strings[.inspectLoss] + " ", Styles.dim),
        Span(
          Format.inspect(trace.loss), inspector.phase == .loss ? Styles.selected : Styles.value),
      ],
      [
        Span(
          strings[inspector.gradientLinks ? .linksByGradient : .linksByWeight] + "  ",
          Styles.dim), Span.key("g"),
      ],
    ]
    var rows = [[Span]]()
    for (index, group) in groups.enumerated() {
      // The title, the point and the links each start a row.
      let startsRow = [0, 1, 3, 6].contains(index)
      if !startsRow, let last = rows.last, last.width + group.width <= rect.width {
        rows[rows.count - 1] += group
      } else {
        rows.append(group)
      }
    }
    for (row, spans) in rows.enumerated() where row < rect.height {
      buffer.write(
        spans.map { Span(glyphs.text($0.text), $0.style) }, x: rect.x, y: rect.y + row,
        maxWidth: rect.width)
    }
    markPoints(into: &buffer)
  }

  /// "output 0.264", or for k classes every class's probability, the point's class
  /// highlighted ("output 0:0.379 1:0.334 2:0.287"), or only its p when that is too
  /// wide ("output p[2] 0.287").
  private func outputGroup(width: Int) -> [Span] {
    let title = Span(strings[.inspectOutput] + " ", Styles.dim)
    guard trace.isMultiClass else {
      return [title, Span(Format.inspect(trace.output) + "  ", Styles.value)]
    }
    let all =
      [title]
      + trace.outputs.enumerated().flatMap { c, p in
        [
          Span("\(c):", Styles.dim),
          Span(Format.inspect(p), c == trace.classIndex ? Styles.selected : Styles.value),
          Span(" "),
        ]
      } + [Span(" ")]
    if all.width <= width { return all }
    let label = trace.classIndex.map(String.init) ?? "?"
    return [
      Span(strings[.inspectOutput] + " p[\(label)] ", Styles.dim),
      Span(Format.inspect(trace.output) + "  ", Styles.value),
    ]
  }

  /// The cursor (when it is not on the picked point) and the picked point, drawn over
  /// the heatmap's points.
  private func markPoints(into buffer: inout CellBuffer) {
    let area = layout.heatmap
    let points = session.data.train
    func cell(_ index: Int) -> (Int, Int)? {
      guard let point = points[safe: index],
        let (px, py) = PixelMap.pixel(of: point, width: area.width, height: area.height * 2)
      else { return nil }
      return (area.x + px, area.y + py / 2)
    }
    if inspector.cursor != inspector.point, let (x, y) = cell(inspector.cursor) {
      buffer.set(
        x, y, glyphs.unicode ? "◇" : "+",
        Style(foreground: .ui(.highlight), bold: true, reverse: options.tier == .mono))
    }
    if let (x, y) = cell(inspector.point) {
      buffer.set(x, y, glyphs.unicode ? "◆" : "@", Styles.selected)
    }
  }

  func hitTargets() -> [HitTarget] {
    [HitTarget(rect: layout.heatmap, action: .pickPoint(x: 0, y: 0))]
  }
}

/// The key legend while the inspector is open: its own keys, the less needed left out
/// first when the line is narrow.
struct InspectorLegendView: Sendable {
  var glyphs: Glyphs
  var strings: Strings

  func render(into buffer: inout CellBuffer, rect: Rect) {
    let all: [(String, TextKey)] = [
      ("n", .legendWalk), (glyphs.leftRight + glyphs.upDown, .legendPoints), ("Enter", .legendPick),
      ("PgUp/PgDn", .legendPoints), ("g", .legendGradient), ("k", .legendCard),
      ("i", .legendClose), ("q", .legendQuit),
    ]
    var spans = [Span]()
    for dropped in [[], ["PgUp/PgDn"], ["PgUp/PgDn", "k"], ["PgUp/PgDn", "k", "g"]] {
      let kept = all.filter { !dropped.contains($0.0) }
      spans = kept.enumerated().flatMap { index, entry in
        [
          Span.key(entry.0),
          Span(" " + strings[entry.1] + (index < kept.count - 1 ? "  " : ""), Styles.dim),
        ]
      }
      if spans.width <= rect.width { break }
    }
    buffer.write(
      spans.map { Span(glyphs.text($0.text), $0.style) }, x: rect.x, y: rect.y,
      maxWidth: rect.width)
  }
}
