/// A width × height grid of cells that views render into (ratatui's `Buffer`).
///
/// Writes outside the grid are clipped, never trapped.
public struct CellBuffer: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The cell at (x, y), or nil outside the grid.
  public subscript(x: Int, y: Int) -> Cell? {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return nil }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height, let newValue else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Replaces every character outside ASCII with `transform(character)`, styles
  /// unchanged.
  public mutating func mapCharacters(_ transform: (Character) -> Character) {
    for index in cells.indices where !cells[index].character.isASCII {
      cells[index].character = transform(cells[index].character)
    }
  }

  /// Sets one cell (clipped).
  public mutating func set(_ x: Int, _ y: Int, _ character: Character, _ style: Style = .plain) {
    self[x, y] = Cell(character, style: style)
  }

  /// Writes `text` from (x, y) rightwards, clipped at `maxWidth` cells and at the edge;
  /// returns the x after the last cell written.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max
  ) -> Int {
    var column = x
    for character in text {
      guard column - x < maxWidth else { break }
      set(column, y, character, style)
      column += 1
    }
    return column
  }

  /// Fills a rectangle (clipped).
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    for y in rect.y..<(rect.y + rect.height) {
      for x in rect.x..<(rect.x + rect.width) { self[x, y] = cell }
    }
  }

  /// The text layer, one string per row (for tests and debugging).
  public var lines: [String] {
    (0..<height).map { y in String(cells[(y * width)..<(y * width + width)].map(\.character)) }
  }
}

/// A rectangle of cells.
public struct Rect: Equatable, Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
  }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && py >= y && px < x + width && py < y + height
  }
}

/// A terminal size in cells.
public struct Size: Equatable, Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}
