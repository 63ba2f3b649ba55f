/// One cell a terminal backend has to write: its position and what goes there.
public struct CellChange: Equatable, Sendable {
  /// Column, from 0 at the left.
  public var x: Int
  /// Row, from 0 at the top.
  public var y: Int
  /// The new content of the cell.
  public var cell: Cell

  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}

extension CellBuffer {
  /// The cells that differ from `previous`, row by row from the top left (ratatui's
  /// `Buffer::diff`): what a backend must write to turn the screen showing `previous`
  /// into this buffer.
  ///
  /// With no previous frame, or one of another size (after a resize), every cell is a
  /// change, so the whole screen is drawn again.
  ///
  /// - Complexity: O(width × height).
  public func changes(from previous: CellBuffer?) -> [CellChange] {
    let comparable = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
    var result: [CellChange] = []
    if comparable == nil { result.reserveCapacity(cells.count) }
    for y in 0..<height {
      let row = y * width
      for x in 0..<width {
        let cell = cells[row + x]
        if let comparable, comparable.cells[row + x] == cell { continue }
        result.append(CellChange(x: x, y: y, cell: cell))
      }
    }
    return result
  }
}
