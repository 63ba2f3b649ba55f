/// `p`: the presets with their lessons; ↑/↓ and Enter, Esc leaves.
struct PresetPickerView: Sendable {
  var picker: PresetPicker
  var glyphs: Glyphs

  func render(into buffer: inout CellBuffer, area: Rect) {
    let width = Swift.min(area.width, 76)
    let height = Swift.min(area.height, 20)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
    HelpOverlayView(glyphs: glyphs, strings: Strings(.en)).frame(box, into: &buffer)
    buffer.write(
      [
        Span(" Presets ", Styles.header), Span.key(glyphs.upDown), Span(" Enter", Styles.key),
        Span(" load  ", Styles.dim), Span.key("Esc"), Span(" back ", Styles.dim),
      ],
      x: box.x + 2, y: box.y, maxWidth: box.width - 4)
    guard let presets = picker.presets else {
      buffer.write(glyphs.text("Loading the list…"), x: box.x + 2, y: box.y + 2, style: Styles.dim)
      return
    }
    if presets.isEmpty {
      let text = picker.isComplete ? "No presets found." : glyphs.text("Loading the list…")
      buffer.write(text, x: box.x + 2, y: box.y + 2, style: Styles.dim)
      return
    }
    if !picker.isComplete {
      buffer.write(
        glyphs.text(" reading… "), x: box.x + box.width - 12, y: box.y + box.height - 1,
        style: Styles.dim)
    }
    let visible = Swift.max(1, box.height - 5)
    let first = Swift.max(0, Swift.min(picker.cursor - visible / 2, presets.count - visible))
    for (row, index) in (first..<Swift.min(presets.count, first + visible)).enumerated() {
      let preset = presets[index]
      let selected = index == picker.cursor
      let text = (selected ? String(glyphs.selected) : " ") + " " + glyphs.text(preset.name.en)
      buffer.write(
        text, x: box.x + 2, y: box.y + 2 + row, style: selected ? Styles.selected : Styles.text,
        maxWidth: box.width - 4)
    }
    if presets.indices.contains(picker.cursor) {
      buffer.write(
        glyphs.text(presets[picker.cursor].description.en), x: box.x + 2, y: box.y + box.height - 2,
        style: Styles.dim, maxWidth: box.width - 4)
    }
  }
}
