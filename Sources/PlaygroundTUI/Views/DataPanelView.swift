import PlaygroundCore

/// The data column: the datasets of the current problem type as tiny pictures of their
/// points (the selected one at full colour and marked), then train ratio, noise and batch
/// size as sliders, and Regenerate, each with its keys.
///
/// Controls the lesson hides leave their place blank.
struct DataPanelView: Sendable {
  var scenario: Scenario
  var options: RenderOptions
  /// The seed the points came from, shown so any run can be repeated (`--seed`).
  var seed: UInt64? = nil
  /// The link's seed string, shown instead of `seed` when the points come from it.
  var tfSeed: String? = nil

  /// 200 noise-free points per dataset from a fixed seed, as the original's thumbnails.
  static let thumbnailPoints: [DatasetKind: [DataPoint]] = Dictionary(
    uniqueKeysWithValues: DatasetKind.allCases.map { kind in
      var rng = SeededGenerator(seed: 1)
      return (kind, kind.generate(count: 200, noise: 0, using: &rng))
    })

  /// 200 points of `classes` classes (3...6) per dataset that makes them.
  static func classThumbnailPoints(_ kind: DatasetKind, classes: Int) -> [DataPoint] {
    var rng = SeededGenerator(seed: 1)
    return kind.generate(count: 200, noise: 0, classes: classes, using: &rng)
  }

  /// Per class, 1 where most of a pixel's points are of that class, -1 where others are,
  /// NaN where there are none: the maps `ClassHeatmapPainter` draws.
  static func classMaps(_ points: [DataPoint], classes k: Int, width: Int, height: Int)
    -> [PixelMap]
  {
    var counts = [Int](repeating: 0, count: Swift.max(0, width * height) * k)
    for p in points {
      guard let (x, y) = PixelMap.pixel(of: p, width: width, height: height) else { continue }
      counts[(y * width + x) * k + Swift.min(k - 1, Swift.max(0, Int(p.label)))] += 1
    }
    return (0..<k).map { c in
      PixelMap(
        width: width, height: height,
        values: (0..<(width * height)).map { pixel in
          let row = counts[(pixel * k)..<(pixel * k + k)]
          guard let most = row.max(), most > 0 else { return .nan }
          return row.firstIndex(of: most) == pixel * k + c ? 1 : -1
        })
    }
  }

  private var kinds: [DatasetKind] {
    DatasetKind.kinds(for: scenario.problem, classes: scenario.classes)
  }

  /// Whether the points are the generator's (not given, not from a file).
  private var generated: Bool { scenario.data == nil && scenario.pointTable == nil }

  /// Thumbnail cells for a panel width: (width, height, per row).
  private func thumbSize(_ rect: Rect) -> (w: Int, h: Int, perRow: Int) {
    let h = rect.width >= 20 ? 3 : 2
    let w = h * 2
    return (w, h, Swift.max(1, (rect.width + 1) / (w + 1)))
  }

  private func thumbRects(_ rect: Rect) -> [Rect] {
    let size = thumbSize(rect)
    return kinds.indices.map { index in
      let row = index / size.perRow
      let column = index % size.perRow
      return Rect(
        x: rect.x + column * (size.w + 1), y: rect.y + 1 + row * (size.h + 1), width: size.w,
        height: size.h)
    }
  }

  private struct Slider {
    var label: String
    /// The label when `label` leaves no room for the value and the keys.
    var shortLabel: String
    var keys: String
    var value: String
    var fraction: Double
    var intent: Intent
  }

  private var sliders: [Slider] {
    let batch: Int
    switch scenario.batchSize {
    case .all: batch = Limits.batchSize.upperBound
    case .count(let n): batch = n
    }
    let batches = Limits.batchSize
    let strings = Strings(options)
    return [
      Slider(
        label: strings[.trainRatio], shortLabel: strings[.trainRatioShort], keys: "t T",
        value: "\(Int(scenario.trainRatio))%",
        fraction: Self.fraction(scenario.trainRatio, of: Limits.trainRatio),
        intent: .change(.trainRatio, by: 1)),
      Slider(
        label: strings[.noise], shortLabel: strings[.noise], keys: "z Z",
        value: "\(Int(scenario.noise))",
        fraction: Self.fraction(scenario.noise, of: Limits.noise), intent: .change(.noise, by: 1)),
      Slider(
        label: strings[.batch], shortLabel: strings[.batch], keys: "b B",
        value: scenario.batchSize == .all ? strings[.batchAll] : "\(batch)",
        fraction: Self.fraction(
          Double(batch), of: Double(batches.lowerBound)...Double(batches.upperBound)),
        intent: .change(.batchSize, by: 1)),
    ]
  }

  /// Where `value` lies in `range`: 0 at the lower bound, 1 at the upper.
  private static func fraction(_ value: Double, of range: ClosedRange<Double>) -> Double {
    (value - range.lowerBound) / (range.upperBound - range.lowerBound)
  }

  private func slidersTop(_ rect: Rect) -> Int {
    (thumbRects(rect).last.map { $0.y + $0.height } ?? rect.y + 1) + 2
  }

  func render(into buffer: inout CellBuffer, rect: Rect) {
    let glyphs = Glyphs(options)
    let strings = Strings(options)
    buffer.write([Span(strings[.dataTitle], Styles.header)], x: rect.x, y: rect.y)
    let view = scenario.view
    if !view.hides(.dataset) {
      buffer.write([Span.key("d D")], x: rect.x + rect.width - 4, y: rect.y)
    }
    // A hidden dataset picker leaves its pictures' place blank; the name stays.
    let rects = view.hides(.dataset) ? [] : thumbRects(rect)
    for (kind, thumb) in zip(kinds, rects) {
      let selected = kind == scenario.dataset && generated
      buffer.fill(thumb, with: Cell(" ", style: Style(background: .shade(15))))
      if options.tier == .mono {
        buffer.fill(thumb, with: Cell(glyphs.monoRamp[glyphs.monoRamp.count / 2]))
      }
      if scenario.classes > 2 {
        let maps = Self.classMaps(
          Self.classThumbnailPoints(kind, classes: scenario.classes), classes: scenario.classes,
          width: thumb.width, height: thumb.height * 2)
        ClassHeatmapPainter(options: options, discretize: true, maxTone: selected ? 4 : 1)
          .paint(maps, into: &buffer, x: thumb.x, y: thumb.y)
      } else {
        let map = PixelMap(
          points: Self.thumbnailPoints[kind] ?? [], width: thumb.width, height: thumb.height * 2)
        HeatmapPainter(options: options, strength: selected ? 1 : 0.45)
          .paint(map, into: &buffer, x: thumb.x, y: thumb.y)
      }
      if selected {
        let marker = String(repeating: glyphs.unicode ? "▔" : "^", count: thumb.width)
        buffer.write(
          marker, x: thumb.x, y: thumb.y + thumb.height,
          style: Style(foreground: .ui(.highlight), bold: true))
      }
    }
    let nameY = slidersTop(rect) - 1
    let name = strings[generated ? scenario.dataset.titleKey : .customPoints]
    buffer.write(
      [Span(String(glyphs.selected) + " ", Styles.key), Span(name, Styles.value)], x: rect.x,
      y: nameY, maxWidth: rect.width)
    var y = slidersTop(rect) + 1
    for slider in sliders {
      defer { y += 3 }
      if let control = slider.intent.control, view.hides(control) { continue }
      writeSliderLine(slider, into: &buffer, rect: rect, y: y)
      drawBar(
        slider.fraction, into: &buffer, x: rect.x, y: y + 1, width: rect.width - 1, glyphs: glyphs)
    }
    buffer.write(
      [Span.key("g"), Span(" " + strings[.regenerate], Styles.text)], x: rect.x, y: y,
      maxWidth: rect.width)
    // Never clipped (a cut seed would repeat another run): a number too long for the
    // column is left to the `?` overlay's title.
    let text = tfSeed.map { strings(.tfSeed, $0) } ?? seed.map { strings(.seed, String($0)) }
    guard let line = text, y + 1 < rect.y + rect.height else { return }
    if line.count < rect.width { buffer.write([Span(line, Styles.dim)], x: rect.x, y: y + 1) }
  }

  /// "Ratio train 50%   t T": label and value from the left, the keys right-aligned one
  /// cell before the panel's edge, at least one space between them; the short label, and
  /// then no label, when the long one leaves no room.
  private func writeSliderLine(_ slider: Slider, into buffer: inout CellBuffer, rect: Rect, y: Int)
  {
    let keysX = rect.x + rect.width - slider.keys.count - 1
    let room = keysX - rect.x - 1
    let label =
      [slider.label, slider.shortLabel, ""].first {
        ($0.isEmpty ? 0 : $0.count + 1) + slider.value.count <= room
      } ?? ""
    let left =
      (label.isEmpty ? [] : [Span(label + " ", Styles.dim)]) + [Span(slider.value, Styles.value)]
    let end = buffer.write(left, x: rect.x, y: y, maxWidth: Swift.max(0, room))
    if keysX > end { buffer.write([Span.key(slider.keys)], x: keysX, y: y) }
  }

  private func drawBar(
    _ fraction: Double, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, glyphs: Glyphs
  ) {
    guard width > 1 else { return }
    let knob = Int((Swift.min(1, Swift.max(0, fraction)) * Double(width - 1)).rounded())
    for i in 0..<width {
      if i == knob {
        buffer.set(x + i, y, glyphs.unicode ? "●" : "o", Styles.key)
      } else if i < knob {
        buffer.set(x + i, y, glyphs.unicode ? "━" : "=", Style(foreground: .ui(.accent)))
      } else {
        buffer.set(x + i, y, glyphs.unicode ? "─" : "-", Styles.dim)
      }
    }
  }

  func hitTargets(rect: Rect) -> [HitTarget] {
    var targets = zip(kinds, thumbRects(rect)).map { HitTarget(rect: $1, action: .setDataset($0)) }
    var y = slidersTop(rect) + 1
    for slider in sliders {
      targets.append(
        HitTarget(
          rect: Rect(x: rect.x, y: y, width: rect.width, height: 2), action: .intent(slider.intent))
      )
      y += 3
    }
    targets.append(
      HitTarget(
        rect: Rect(x: rect.x, y: y, width: rect.width, height: 1), action: .intent(.regenerate)))
    return targets
  }
}
