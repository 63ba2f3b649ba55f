import PlaygroundCore
import PlaygroundTUI
import Testing

/// `CellBuffer.changes(from:)`: the cells a backend writes for a frame.
@Suite struct CellBufferChangesTests {
  private func buffer(_ lines: [String]) -> CellBuffer {
    var buffer = CellBuffer(width: lines.first?.count ?? 0, height: lines.count)
    for (y, line) in lines.enumerated() { buffer.write(line, x: 0, y: y) }
    return buffer
  }

  /// `previous` with `changes` written over it, as a backend's screen would end up.
  private func replay(_ changes: [CellChange], over previous: CellBuffer) -> CellBuffer {
    var screen = previous
    for change in changes { screen[change.x, change.y] = change.cell }
    return screen
  }

  @Test func aFirstFrameChangesEveryCellRowByRow() {
    let frame = buffer(["ab", "cd"])
    let changes = frame.changes(from: nil)
    #expect(
      changes.map { "\($0.x),\($0.y),\($0.cell.character)" } == [
        "0,0,a", "1,0,b", "0,1,c", "1,1,d",
      ])
  }

  @Test func anUnchangedFrameHasNoChanges() {
    let frame = buffer(["ab", "cd"])
    #expect(frame.changes(from: frame).isEmpty)
  }

  @Test func onlyTheCellsThatDifferInCharacterOrStyleAreChanges() {
    let previous = buffer(["abc", "def"])
    var frame = previous
    frame.set(2, 0, "X")
    frame.set(0, 1, "d", Style(bold: true))
    let changes = frame.changes(from: previous)
    #expect(
      changes == [
        CellChange(x: 2, y: 0, cell: Cell("X")),
        CellChange(x: 0, y: 1, cell: Cell("d", style: Style(bold: true))),
      ])
    #expect(replay(changes, over: previous) == frame)
  }

  /// After a resize the old frame says nothing about the screen: everything is drawn.
  @Test(arguments: [(3, 2), (3, 3), (2, 2), (4, 2), (0, 0)])
  func aPreviousFrameOfAnotherSizeChangesEveryCell(width: Int, height: Int) {
    let previous = CellBuffer(width: width, height: height)
    let frame = buffer(["   ", "   "])
    #expect(frame.changes(from: previous).count == (width == 3 && height == 2 ? 0 : 6))
  }

  @Test func replayingTheChangesOfSeededEditsGivesTheNewFrame() {
    var rng = SeededGenerator(seed: 7)
    var previous = CellBuffer(width: 13, height: 5)
    for _ in 0..<20 {
      var frame = previous
      for _ in 0..<Int(rng.next() % 12) {
        let style = Style(foreground: .shade(UInt8(rng.next() % 31)), bold: rng.next() % 2 == 0)
        frame.set(
          Int(rng.next() % 13), Int(rng.next() % 5), "xy▀".randomElement(using: &rng) ?? "x", style)
      }
      let changes = frame.changes(from: previous)
      #expect(replay(changes, over: previous) == frame)
      #expect(changes.count == zip(frame.cells, previous.cells).filter { $0 != $1 }.count)
      previous = frame
    }
  }
}
