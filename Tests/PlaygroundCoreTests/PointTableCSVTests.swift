import PlaygroundCore
import Testing

/// The CSV point reader (`--data`, `dataFile`): what it accepts, and that every bad line
/// is named with what was expected.
@Suite struct PointTableCSVTests {
  func parse(
    _ text: String, problem: Problem = .classification, classes: Int = 2
  ) throws(PointFileError) -> PointTable {
    try PointTable.parseCSV(text, file: "p.csv", problem: problem, classes: classes)
  }

  func error(_ text: String, problem: Problem = .classification, classes: Int = 2) -> String {
    do {
      _ = try parse(text, problem: problem, classes: classes)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func readsPointsWithOrWithoutAHeader() throws {
    let withHeader = try parse("x,y,label\n1,2,1\n-3.5,0.25,-1\n")
    let without = try parse("1,2,1\r\n-3.5, 0.25 ,-1")
    let expected = [DataPoint(x: 1, y: 2, label: 1), DataPoint(x: -3.5, y: 0.25, label: -1)]
    #expect(withHeader.points == expected)
    #expect(without.points == expected)
    #expect(withHeader.isTrain == nil)
  }

  @Test func skipsBlankLinesAndComments() throws {
    let table = try parse("# my points\n\nX,Y,Label,Split\n0,0,1,train\n\n1,1,0,test\n")
    #expect(table.points.count == 2)
    #expect(table.isTrain == [true, false])
  }

  @Test func zeroAndOneAreTheTwoClasses() throws {
    let table = try parse("0,0,0\n1,1,1\n")
    #expect(table.points.map(\.label) == [-1, 1])
  }

  @Test func mixingTheLabelStylesNamesBothLines() {
    #expect(
      error("0,0,-1\n1,1,1\n2,2,0\n")
        == "p.csv: line 3: label: '0' mixes the -1/1 and 0/1 styles (line 1 uses -1); use one")
  }

  @Test func aWordWhereANumberGoesNamesTheLine() {
    #expect(
      error("x,y,label\n1,2,1\n3,abc,-1\n") == "p.csv: line 3: y: expected a number, found 'abc'")
  }

  @Test func aMissingColumnNamesTheLine() {
    #expect(error("1,2,1\n3,4\n") == "p.csv: line 2: expected 3 columns (x,y,label), found 2")
    #expect(
      error("1,2\n").hasPrefix("p.csv: line 1: expected 3 columns (x,y,label or x,y,label,split)"))
  }

  @Test func pointsOutsideTheSquareAreRefused() {
    #expect(
      error("1,2,1\n6.5,0,1\n") == "p.csv: line 2: x: 6.5 is outside the playground's square -6...6"
    )
    #expect(error("1,-7,1\n") == "p.csv: line 1: y: -7 is outside the playground's square -6...6")
  }

  @Test func labelsMustFitTheProblem() throws {
    #expect(
      error("1,2,0.5\n") == "p.csv: line 1: label: expected -1 or 1 (or 0 and 1), found '0.5'")
    #expect(
      error("1,2,3\n", classes: 3)
        == "p.csv: line 1: label: expected a class 0...2 (the scenario has 3 classes), found '3'")
    #expect(try parse("1,2,2\n0,0,0\n", classes: 3).points.map(\.label) == [2, 0])
    #expect(try parse("1,2,0.37\n", problem: .regression).points[0].label == 0.37)
    #expect(
      error("1,2,nan\n", problem: .regression)
        == "p.csv: line 1: label: expected a number, found 'nan'")
  }

  @Test func badSplitAndHeaderAreNamed() {
    #expect(
      error("1,2,1,validate\n")
        == "p.csv: line 1: split: expected 'train' or 'test', found 'validate'")
    #expect(
      error("a,b,c\n1,2,1\n")
        == "p.csv: line 1: header 'a,b,c' is not valid; expected x,y,label or x,y,label,split")
    #expect(
      error("1,2,1,test\n") == "p.csv: no training points; at least one line needs split 'train'")
    #expect(error("x,y,label\n") == "p.csv: no points; expected lines x,y,label or x,y,label,split")
  }

  @Test func tenThousandPointsLoadAndOneMoreIsRefused() throws {
    var text = "x,y,label\n"
    for i in 0..<10_000 {
      text += "\(Double(i % 100) / 10 - 5),\(Double(i / 100) / 10 - 5),\(i % 2 == 0 ? 1 : -1)\n"
    }
    #expect(try parse(text).points.count == 10_000)
    #expect(
      error(text + "0,0,1\n")
        == "p.csv: line 10002: more than 10000 points; a file may hold at most that many")
  }

  @Test func theExportedTextReadsBackBitForBit() throws {
    var rng = SeededGenerator(seed: 9)
    let data = DatasetKind.gauss.split(noise: 20, trainRatio: 70, using: &rng)
    let inside = DataSplit(
      train: data.train.filter { abs($0.x) <= 6 && abs($0.y) <= 6 },
      test: data.test.filter { abs($0.x) <= 6 && abs($0.y) <= 6 })
    let table = try parse(PointTable.csvText(of: inside))
    #expect(table.split(trainRatio: 50, seed: 1) == inside)
  }

  @Test func withoutASplitColumnTheRatioSplitsWithTheSeed() throws {
    let table = try parse((0..<10).map { "\($0 - 5),0,1" }.joined(separator: "\n"))
    let a = table.split(trainRatio: 70, seed: 4)
    #expect(a.train.count == 7 && a.test.count == 3)
    #expect(a == table.split(trainRatio: 70, seed: 4))
    #expect(a != table.split(trainRatio: 70, seed: 5))
  }
}
