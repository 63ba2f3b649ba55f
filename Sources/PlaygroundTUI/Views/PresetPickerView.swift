/// `p`: the presets in lecture order, each with its place and the name `--preset` takes
/// (`xor-linear`), and the selected one's whole description, wrapped, under the list;
/// ↑/↓ and Enter, `u` asks for a TensorFlow Playground link instead, Esc leaves.
struct PresetPickerView: Sendable {
  var picker: PresetPicker
  var glyphs: Glyphs
  var strings: Strings

  /// A preset's name in the screen's language.
  private func name(_ preset: PresetSummary) -> String {
    glyphs.text(preset.name.text(in: strings.language))
  }

  /// The box: up to 96 columns, as tall as the list and the description need.
  func box(in area: Rect) -> Rect {
    let width = Swift.max(Swift.min(area.width, 40), Swift.min(area.width - 4, 96))
    let presets = picker.presets ?? []
    let needed = presets.count + description(width: width - 4).count + 4
    let height = Swift.min(area.height, Swift.max(8, needed))
    return Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
  }

  /// The selected preset's description in lines of `width`.
  private func description(width: Int) -> [String] {
    guard let presets = picker.presets, presets.indices.contains(picker.cursor) else { return [] }
    let text = presets[picker.cursor].description.text(in: strings.language)
    return text.isEmpty ? [] : glyphs.text(text).wrapped(width: width)
  }

  func render(into buffer: inout CellBuffer, area: Rect) {
    let box = box(in: area)
    HelpOverlayView(glyphs: glyphs, strings: strings).frame(box, into: &buffer)
    buffer.write(
      [
        Span(" \(strings[.presetsTitle]) ", Styles.header), Span.key(glyphs.upDown),
        Span(" Enter", Styles.key), Span(" \(strings[.load])  ", Styles.dim), Span.key("u"),
        Span(" \(strings[.pickerLink])  ", Styles.dim), Span.key("Esc"),
        Span(" \(strings[.back]) ", Styles.dim),
      ],
      x: box.x + 2, y: box.y, maxWidth: box.width - 4)
    let loading = glyphs.text(strings[.loadingList])
    guard let presets = picker.presets else {
      buffer.write(loading, x: box.x + 2, y: box.y + 2, style: Styles.dim)
      return
    }
    if presets.isEmpty {
      let text = picker.isComplete ? strings[.noPresets] : loading
      buffer.write(text, x: box.x + 2, y: box.y + 2, style: Styles.dim)
      return
    }
    if !picker.isComplete {
      let reading = " " + glyphs.text(strings[.reading]) + " "
      buffer.write(
        reading, x: box.x + box.width - reading.count - 2, y: box.y + box.height - 1,
        style: Styles.dim)
    }
    let inner = box.width - 4
    // The whole description, unless the terminal leaves fewer than three rows of list.
    var lines = description(width: inner)
    let most = Swift.max(1, box.height - 4 - 3)
    if lines.count > most {
      lines = Array(lines.prefix(most))
      lines[most - 1] = String(lines[most - 1].prefix(Swift.max(0, inner - 1))) + "…"
    }
    let visible = Swift.max(1, box.height - 4 - lines.count)
    let first = Swift.max(0, Swift.min(picker.cursor - visible / 2, presets.count - visible))
    for (row, index) in (first..<Swift.min(presets.count, first + visible)).enumerated() {
      buffer.write(
        self.row(index, of: presets, width: inner), x: box.x + 2, y: box.y + 2 + row,
        maxWidth: inner)
    }
    let top = box.y + box.height - 1 - lines.count
    for (offset, line) in lines.enumerated() {
      buffer.write(line, x: box.x + 2, y: top + offset, style: Styles.text, maxWidth: inner)
    }
  }

  /// "▸  3  XOR with a single neuron      xor-linear": the place in the lecture, the name,
  /// and the name the command line takes in a column on the right (left out when the
  /// row has no room for it); the selected row is one bar.
  private func row(_ index: Int, of presets: [PresetSummary], width: Int) -> [Span] {
    let preset = presets[index]
    let selected = index == picker.cursor
    let digits = String(presets.count).count
    let number = String(index + 1)
    let prefix =
      (selected ? String(glyphs.selected) : " ") + " "
      + String(repeating: " ", count: digits - number.count) + number + "  "
    let idWidth = presets.map(\.id.count).max() ?? 0
    let longest = presets.map { name($0).count }.max() ?? 0
    let withID = prefix.count + 12 + 2 + idWidth <= width
    let nameWidth = Swift.min(longest, width - prefix.count - (withID ? 2 + idWidth : 0))
    var title = name(preset)
    if title.count > nameWidth { title = String(title.prefix(Swift.max(0, nameWidth - 1))) + "…" }
    let padding = String(repeating: " ", count: Swift.max(0, nameWidth - title.count))
    let id = withID ? "  " + preset.id : ""
    let rest = String(
      repeating: " ", count: Swift.max(0, width - prefix.count - nameWidth - id.count))
    if selected { return [Span(prefix + title + padding + id + rest, Styles.selected)] }
    return [
      Span(prefix, Styles.dim), Span(title + padding, Styles.text), Span(id, Styles.dim),
    ]
  }
}
