import PlaygroundCore
import Testing

@testable import PlaygroundTUI

@Suite struct ViewTests {
  @Test func groupedEpoch() {
    #expect(Format.grouped(0) == "0")
    #expect(Format.grouped(1234) == "1,234")
    #expect(Format.grouped(1_234_567) == "1,234,567")
  }

  @Test func lossesHaveThreeDecimals() {
    #expect(Format.loss(0.12345) == "0.123")
    #expect(Format.loss(.nan) == "-")
    #expect(Format.rate(0.00001) == "0.00001")
    #expect(Format.rate(0.03) == "0.03")
    #expect(Format.rate(10) == "10")
  }

  @Test func heatmapUsesHalfBlocksWithTwoShades() {
    var buffer = CellBuffer(width: 2, height: 1, fill: Cell("x"))
    let map = PixelMap(width: 2, height: 2, values: [-1, 1, 1, -1])
    HeatmapPainter(options: RenderOptions()).paint(map, into: &buffer, x: 0, y: 0)
    #expect(buffer.lines == ["▀▀"])
    #expect(buffer[0, 0]?.style == Style(foreground: .shade(0), background: .shade(30)))
    #expect(buffer[1, 0]?.style == Style(foreground: .shade(30), background: .shade(0)))
  }

  @Test func monoHeatmapShowsSignByDensity() {
    var buffer = CellBuffer(width: 2, height: 1)
    let map = PixelMap(width: 2, height: 2, values: [-1, 1, -1, 1])
    HeatmapPainter(options: RenderOptions(tier: .mono)).paint(map, into: &buffer, x: 0, y: 0)
    #expect(buffer.lines == [" █"])
  }

  @Test func paintingClipsAtTheEdges() {
    var buffer = CellBuffer(width: 1, height: 1)
    let map = PixelMap(width: 3, height: 4, values: Array(repeating: 0, count: 12))
    HeatmapPainter(options: RenderOptions()).paint(map, into: &buffer, x: -1, y: 0)
    #expect(buffer.lines == ["▀"])
  }

  @Test func blockAverageMatchesTheOriginalReduce() {
    let map = PixelMap(width: 4, height: 2, values: [1, 1, -1, -1, 1, 1, -1, -1])
    #expect(map.resampled(width: 2, height: 1).values == [1, -1])
  }

  @Test func brailleLineSetsDots() {
    var canvas = BrailleCanvas(width: 2, height: 1)
    canvas.line(0, 0, 3, 0, colour: .ui(.chartTrain), priority: 1)
    var buffer = CellBuffer(width: 2, height: 1)
    canvas.draw(into: &buffer, x: 0, y: 0, unicode: true)
    #expect(buffer.lines == ["⠉⠉"])
    canvas.draw(into: &buffer, x: 0, y: 0, unicode: false)
    #expect(buffer.lines == [".."])
  }

  @Test func lossChartSurvivesNaN() {
    var session = Session(scenario: Scenario(problem: .regression, learningRate: 10), seed: 1)
    for _ in 0..<50 { session.step() }
    var buffer = CellBuffer(width: 20, height: 4)
    LossChartView(history: session.history, options: RenderOptions()).render(
      into: &buffer, rect: Rect(x: 0, y: 0, width: 20, height: 4))
    #expect(buffer.lines[3].contains("train"))
  }

  @Test func topBarShowsEveryControlWithItsKey() {
    var buffer = CellBuffer(width: 80, height: 1)
    TopBarView(
      scenario: .default, epoch: 1234, isRunning: true, isDiverged: false, speed: .default,
      presetName: nil, glyphs: Glyphs(RenderOptions()), strings: Strings(.en)
    ).render(into: &buffer, rect: Rect(x: 0, y: 0, width: 80, height: 1))
    let line = buffer.lines[0]
    for text in [
      "▶", "Epoch 1,234", "l LR 0.03", "aA Tanh", "e Reg None", "x 0", "m Classification",
      "<> 60/s",
    ] {
      #expect(line.contains(text), "top bar lacks \(text): \(line)")
    }
  }

  /// The big heatmap is titled as the original's (`OUTPUT`), and its legend says what −1
  /// and +1 are: the two classes, in their colours, or a value.
  @Test(arguments: [(80, 24), (160, 48)]) func heatmapHasATitleAndAMeaning(width: Int, height: Int)
  {
    let xor = Screens.render(Screens.trainedXOR(), width, height)
    let layout = ScreenLayout(size: Size(width: width, height: height), presentation: false)
    #expect(xor.lines[layout.heatmap.y].contains(" OUTPUT "))
    let legend = xor.lines[layout.heatmap.y + layout.heatmap.height]
    #expect(legend.contains("-1") && legend.contains("+1 class"), "\(legend)")
    let minus = legend.distance(
      from: legend.startIndex, to: legend.range(of: "-1")?.lowerBound ?? legend.startIndex)
    #expect(xor[minus, layout.heatmap.y + layout.heatmap.height]?.style.foreground == .shade(0))
    var regression = AppState(
      session: Session(scenario: Scenario(problem: .regression), seed: 1), presetName: nil)
    #expect(Screens.render(regression, width, height).text.contains("+1 value"))
    _ = regression.apply(.clicked(.showMap(.neuron(layer: 1, index: 0))))
    let neuron = Screens.render(regression, width, height)
    #expect(neuron.lines[layout.heatmap.y].contains(" H1.1 ") && !neuron.text.contains("OUTPUT"))
  }

  /// `A` steps the activation back: wherever `a` is shown, `A` is beside it.
  @Test(arguments: [(80, 24), (120, 40), (160, 48)]) func activationShowsBothKeys(
    width: Int, height: Int
  ) {
    let top = Screens.render(Screens.paused(), width, height).lines[0]
    #expect(top.contains("aA "), "\(top)")
    #expect(!top.contains(" a "), "\(top)")
    let help = Screens.render(Screens.help(), width, height).text
    #expect(help.contains("a / A"))
  }

  @Test func zeroSizedRectsDrawNothing() {
    var buffer = CellBuffer(width: 4, height: 2, fill: Cell("x"))
    LossChartView(history: LossHistory(), options: RenderOptions()).render(
      into: &buffer, rect: Rect(x: 0, y: 0, width: 0, height: 0))
    #expect(buffer.lines == ["xxxx", "xxxx"])
  }

  /// Redrawing a paused screen samples no grid; a new network or size does.
  @Test func rendererReusesItsGridWhilePaused() {
    var renderer = FrameRenderer()
    let state = Screens.paused()
    let size = Size(width: 80, height: 24)
    let a = renderer.render(state, size: size, options: RenderOptions())
    #expect(renderer.gridSamplings == 1)
    let b = renderer.render(state, size: size, options: RenderOptions())
    #expect(renderer.gridSamplings == 1)
    #expect(a == b)
    _ = renderer.render(state, size: Size(width: 100, height: 30), options: RenderOptions())
    #expect(renderer.gridSamplings == 2)
    _ = renderer.render(
      Screens.trainedXOR(), size: Size(width: 100, height: 30), options: RenderOptions())
    #expect(renderer.gridSamplings == 3)
  }
}
