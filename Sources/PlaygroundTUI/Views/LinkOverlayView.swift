import PlaygroundCore

/// `u`: the TensorFlow Playground link in a box, cut into lines of the box's width (a
/// link has no spaces), then whether it was copied and what differs in the original.
struct LinkOverlayView: Sendable {
  var share: LinkShare
  var glyphs: Glyphs
  var strings: Strings

  func render(into buffer: inout CellBuffer, area: Rect) {
    let width = Swift.min(area.width, 100)
    let inner = Swift.max(1, width - 4)
    let url = Array(share.url)
    var lines: [[Span]] = stride(from: 0, to: url.count, by: inner).map { start in
      [Span(String(url[start..<Swift.min(url.count, start + inner)]), Styles.header)]
    }
    var notes: [String] = []
    switch share.copied {
    case true?: notes.append(strings[.linkCopied])
    case false?: notes.append(strings[.linkNotCopied])
    case nil: break
    }
    if let seed = share.chosenSeed { notes.append(strings(.linkChosenSeed, seed)) }
    if share.otherWeights { notes.append(strings[.linkFirstWeights]) }
    notes.append(strings[.linkCommandLine])
    lines.append([])
    for note in notes {
      for line in glyphs.text(note).wrapped(width: inner) {
        lines.append([Span(line, Styles.dim)])
      }
    }
    let height = Swift.min(area.height, lines.count + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
      width: width, height: height)
    HelpOverlayView(glyphs: glyphs, strings: strings).frame(box, into: &buffer)
    let title =
      [Span(" \(strings[.linkTitle]) ", Styles.header)]
      + strings.spans(.helpCloses, Styles.dim, [Span.key("Esc")], [Span.key("u")])
      + [Span(" ", Styles.dim)]
    buffer.write(title, x: box.x + 2, y: box.y, maxWidth: box.width - 4)
    for (index, line) in lines.enumerated() {
      let y = box.y + 2 + index
      guard y < box.y + box.height - 1 else { break }
      buffer.write(line, x: box.x + 2, y: y, maxWidth: inner)
    }
  }
}
