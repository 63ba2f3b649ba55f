/// A canvas of 2×4 dots per cell (braille), for the loss chart and the network's links.
///
/// Each cell has one colour, so every dot carries a priority and the strongest wins
/// (reference/terminal.md §1.2). Without Unicode, a cell with dots becomes one ASCII mark.
struct BrailleCanvas: Sendable {
  let width: Int
  let height: Int
  private var bits: [UInt8]
  private var colours: [Color]
  private var priorities: [Double]
  private var marks: [Character]

  init(width: Int, height: Int) {
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
    let count = self.width * self.height
    bits = Array(repeating: 0, count: count)
    colours = Array(repeating: .terminalDefault, count: count)
    priorities = Array(repeating: -.infinity, count: count)
    marks = Array(repeating: ".", count: count)
  }

  /// Dots across and down.
  var dotWidth: Int { width * 2 }
  var dotHeight: Int { height * 4 }

  private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

  /// Sets the dot at (x, y) (clipped).
  mutating func dot(_ x: Int, _ y: Int, colour: Color, priority: Double, mark: Character = ".") {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / 4) * width + x / 2
    bits[cell] |= Self.dotBits[x % 2][y % 4]
    if priority >= priorities[cell] {
      priorities[cell] = priority
      colours[cell] = colour
      marks[cell] = mark
    }
  }

  /// A straight line of dots from (x0, y0) to (x1, y1) (Bresenham).
  mutating func line(
    _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, colour: Color, priority: Double,
    mark: Character = "."
  ) {
    Self.walk(x0, y0, x1, y1) { x, y in
      dot(x, y, colour: colour, priority: priority, mark: mark)
    }
  }

  /// A dashed line: of every `2·dash` dots along it, counted from `phase` (which the
  /// next segment of the same curve carries on from), the first `dash` are set.
  mutating func dashedLine(
    _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, colour: Color, priority: Double,
    mark: Character = ".", dash: Int, phase: inout Int
  ) {
    let dash = Swift.max(1, dash)
    var step = phase
    Self.walk(x0, y0, x1, y1) { x, y in
      if step % (2 * dash) < dash { dot(x, y, colour: colour, priority: priority, mark: mark) }
      step += 1
    }
    // The end point is the next segment's start: it is counted once.
    phase = step - 1
  }

  /// The points of a Bresenham line, in order.
  private static func walk(
    _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ body: (Int, Int) -> Void
  ) {
    var x = x0
    var y = y0
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1
    let sy = y0 < y1 ? 1 : -1
    var error = dx + dy
    while true {
      body(x, y)
      if x == x1 && y == y1 { break }
      let e2 = 2 * error
      if e2 >= dy {
        error += dy
        x += sx
      }
      if e2 <= dx {
        error += dx
        y += sy
      }
    }
  }

  /// Copies the dotted cells into `buffer` with their top-left at (x, y); empty cells are
  /// left as they are.
  func draw(into buffer: inout CellBuffer, x: Int, y: Int, unicode: Bool, bold: Bool = false) {
    for row in 0..<height {
      for column in 0..<width {
        let index = row * width + column
        guard bits[index] != 0 else { continue }
        let character: Character =
          unicode ? Character(Unicode.Scalar(0x2800 + UInt32(bits[index])) ?? " ") : marks[index]
        buffer.set(x + column, y + row, character, Style(foreground: colours[index], bold: bold))
      }
    }
  }
}
