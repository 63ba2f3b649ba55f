import PlaygroundCore
import Testing

@testable import PlaygroundTUI

/// The loss chart a class can read (issue 12): a legend, train and test told apart in
/// mono, the y axis labelled at top and bottom from 0, a log scale on `y`, and labels no
/// curve covers.
@Suite struct LossChartTests {
  /// A history with these train and test losses at epochs 0, 1, 2 and on.
  static func history(train: [Double], test: [Double]? = nil) -> LossHistory {
    var history = LossHistory()
    for (epoch, loss) in train.enumerated() {
      history.append(
        EpochReport(
          epoch: epoch, train: Metrics(loss: loss, accuracy: nil),
          test: Metrics(loss: test?[epoch] ?? loss, accuracy: nil), diverged: false))
    }
    return history
  }

  static func render(
    _ history: LossHistory, logScale: Bool = false, width: Int = 30, height: Int = 5,
    options: RenderOptions = RenderOptions()
  ) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    LossChartView(history: history, options: options, logScale: logScale).render(
      into: &buffer, rect: Rect(x: 0, y: 0, width: width, height: height))
    return buffer
  }

  /// The chart row (0 = top) holding the last point's dots, in the last dotted column.
  static func rowOfLastPoint(_ buffer: CellBuffer, chartRows: Int) -> Int? {
    let isBraille: (Character) -> Bool = { c in
      c.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false
    }
    for x in stride(from: buffer.width - 1, through: 0, by: -1) {
      if let row = (0..<chartRows).first(where: {
        buffer[x, $0].map { isBraille($0.character) } ?? false
      }) {
        return row
      }
    }
    return nil
  }

  @Test func legendNamesTrainAndTestInTheirColours() {
    let buffer = Self.render(Self.history(train: [0.5, 0.3, 0.1], test: [0.5, 0.35, 0.2]))
    let text = buffer.lines.joined(separator: "\n")
    // On the epoch axis, under the curves.
    #expect(buffer.lines[4].contains("⠒⠒ train") && buffer.lines[4].contains("⠒ ⠒ test"))
    #expect(text.components(separatedBy: "train").count == 2, "one legend: \(text)")
    for (word, colour) in [("train", UIColor.chartTrain), ("test", .chartTest)] {
      let y = buffer.lines.firstIndex { $0.contains(word) }
      guard let y, let range = buffer.lines[y].range(of: word) else {
        Issue.record("no \(word)")
        continue
      }
      let x = buffer.lines[y].distance(from: buffer.lines[y].startIndex, to: range.lowerBound)
      #expect(buffer[x, y]?.style.foreground == .ui(colour))
    }
  }

  /// Mono has one colour: the test curve is dashed, the train curve solid.
  @Test func monoTellsTheCurvesApartByTheirMarks() {
    let flat = Self.history(
      train: Array(repeating: 0.4, count: 40), test: Array(repeating: 0.1, count: 40))
    let buffer = Self.render(flat, width: 40, height: 6, options: RenderOptions(tier: .mono))
    let chartRows = buffer.lines.prefix(5)
    let train = chartRows.first { $0.contains("⠉⠉⠉⠉⠉⠉") || $0.contains("⠒⠒⠒⠒⠒⠒") }
    #expect(train != nil, "a solid train line")
    // The test line, flat at a lower loss, has a gap every other cell.
    #expect(chartRows.contains { $0.contains("⠤ ⠤ ⠤ ⠤") }, "\(buffer.lines)")
  }

  /// From 0: a run stuck at 0.19 sits at the top, not the bottom.
  @Test func theAxisStartsAtZero() {
    let stuck = Self.render(Self.history(train: [0.2, 0.195, 0.19]))
    #expect(stuck.lines[3].hasPrefix("    0 "), "\(stuck.lines)")
    #expect(Self.rowOfLastPoint(stuck, chartRows: 4) == 0, "\(stuck.lines)")
    let learnt = Self.render(Self.history(train: [0.2, 0.05, 0.004]))
    #expect(Self.rowOfLastPoint(learnt, chartRows: 4) == 3, "\(learnt.lines)")
  }

  /// The top label is drawn beside the plot, after the curves: a curve along the top row
  /// leaves it whole.
  @Test func theTopLabelIsNeverCovered() {
    let buffer = Self.render(Self.history(train: Array(repeating: 0.507, count: 50)))
    #expect(buffer.lines[0].hasPrefix("0.507 "), "\(buffer.lines[0])")
    #expect(buffer.lines[0].dropFirst(6).allSatisfy { $0 != " " }, "the curve fills the row")
  }

  /// Log scale: 0.05 lies halfway between 0.5 and 0.005.
  ///
  /// On the linear axis it is near the bottom. The toggle shows which scale is on.
  @Test func theLogScaleSpreadsSmallLosses() {
    let history = Self.history(train: [0.5, 0.05, 0.005], test: [0.5, 0.05, 0.005])
    let log = Self.render(history, logScale: true, width: 30, height: 6)
    #expect(log.lines[5].hasPrefix("y☑log"))
    #expect(log.lines[0].hasPrefix("0.500") && log.lines[4].hasPrefix("0.005"), "\(log.lines)")
    let middle = log.lines[2].dropFirst(6)
    #expect(middle.contains { $0 != " " }, "the 0.05 point is in the middle row: \(log.lines)")
    let linear = Self.render(history, logScale: false, width: 30, height: 6)
    #expect(linear.lines[5].hasPrefix("y☐log"))
    #expect(linear.lines[4].hasPrefix("    0"))
  }

  @Test func yTogglesTheLogScaleWithoutTouchingTheSession() {
    var state = Screens.paused()
    #expect(state.apply(.input(.key(.character("y")))).isEmpty)
    #expect(state.logScale)
    let buffer = Screens.render(state, 80, 24)
    #expect(buffer.lines.contains { $0.contains("y☑log") })
    _ = state.apply(.input(.key(.character("y"))))
    #expect(!state.logScale)
  }

  /// Diverging losses: NaN and ∞ leave gaps, the finite part is drawn and labelled.
  @Test(arguments: [false, true]) func nonFiniteLossesLeaveGaps(logScale: Bool) {
    let history = Self.history(
      train: [0.5, .infinity, 0.2, .nan, 1e300], test: [0.5, -.infinity, 0.3, .nan, .nan])
    let buffer = Self.render(history, logScale: logScale, width: 40)
    #expect(buffer.lines[4].contains("epoch") && buffer.lines[4].contains("train"))
    #expect(buffer.lines[0].contains("1e300"))
    let empty = Self.render(Self.history(train: [.nan, .nan]), logScale: logScale, width: 40)
    #expect(empty.lines[4].contains("epoch"))
  }

  @Test(arguments: [
    (0.0, "0"), (0.507, "0.507"), (0.0004, "4e-4"), (12.345, "12.35"), (250, "250"),
    (2e5, "2e5"), (1e300, "1e300"), (.nan, "-"), (0.000995, "1e-3"),
  ])
  func axisLabelsAreShort(value: Double, label: String) {
    #expect(Format.axis(value) == label)
    #expect(label.count <= 5)
  }

  @Test func log10IsCloseEnoughToDraw() {
    for (x, expected) in [(1.0, 0.0), (10, 1), (0.001, -3), (2, 0.301_029_995_663_981_2)] {
      #expect(abs(ChartScale.log10(x) - expected) < 1e-12, "\(x)")
    }
  }
}
