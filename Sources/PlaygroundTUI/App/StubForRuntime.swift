// Throwaway stand-in for the UI state and views (written in parallel on another branch),
// so the run loop can be built, run and tested. Deleted at merge: nothing else lives here.
import PlaygroundCore

/// Stub of the UI state: keys Space (run/pause), n (step), < > (speed), p (list presets),
/// l (load "xor"), s (save), q / Ctrl-C (quit).
public struct AppState: Sendable {
  public private(set) var session: Session
  public private(set) var isRunning = false
  var presetName: String?
  var speed: TrainingSpeed
  var message = ""

  public init(session: Session, presetName: String?, speed: TrainingSpeed = .default) {
    self.session = session
    self.presetName = presetName
    self.speed = speed
  }

  public mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .input(.key(.character(" "))):
      isRunning.toggle()
      return [.setRunning(isRunning)]
    case .input(.key(.character("n"))):
      isRunning = false
      return [.setRunning(false), .session(.step)]
    case .input(.key(.character(let c))) where c == ">" || c == "<":
      let levels = TrainingSpeed.levels
      let index = levels.firstIndex(of: speed) ?? 0
      let up = c == ">"
      speed = levels[max(0, min(levels.count - 1, index + (up ? 1 : -1)))]
      return [.setSpeed(speed)]
    case .input(.key(.character("p"))): return [.listPresets]
    case .input(.key(.character("l"))): return [.loadPreset("xor")]
    case .input(.key(.character("s"))):
      return [.save(path: "saved.json", includeWeights: true, overwrite: false)]
    case .input(.key(.character("q"))), .input(.key(.control("c"))): return [.quit]
    case .input(let event): message = "\(event)"
    case .sessionUpdated(let new, let running):
      session = new
      isRunning = running
    case .presetsListed(let list): message = "presets: \(list.map(\.id).joined(separator: ","))"
    case .presetLoaded(.success(let preset)):
      presetName = preset.id
      return [.session(.load(preset.scenario, seed: preset.seed))]
    case .presetLoaded(.failure(let error)): message = error.message
    case .saved(let result): message = (try? result.get()).map { "saved \($0)" } ?? "save failed"
    case .tick: break
    }
    return []
  }
}

/// Stub of the views: a top bar with the epoch and losses, and the output heatmap.
public struct FrameRenderer: Sendable {
  public init() {}

  public mutating func render(_ state: AppState, size: Size, options: RenderOptions)
    -> CellBuffer
  {
    var buffer = CellBuffer(width: size.width, height: size.height)
    let s = state.session
    let epoch = s.epoch.formatted()
    let run = s.isDiverged ? "diverged" : state.isRunning ? "running" : "paused"
    buffer.write("Epoch \(epoch)  \(run)  \(state.speed.title)", x: 0, y: 0)
    buffer.write(
      "train \(s.report.train.loss)  test \(s.report.test.loss)", x: 0, y: 1,
      style: Style(foreground: .ui(.dim)))
    buffer.write(state.message, x: 0, y: max(2, size.height - 1), style: Style(bold: true))
    let rows = max(0, min(size.height - 4, size.width / 2))
    let columns = rows * 2
    guard rows > 0 else { return buffer }
    let grid = s.network.sampleGrid(
      features: s.scenario.features, width: columns, height: rows * 2)
    let out = grid.neuronCount - 1
    for row in 0..<rows {
      for column in 0..<columns {
        let top = Palette.shadeIndex(Double(grid.value(neuron: out, column: column, row: row * 2)))
        let bottom = Palette.shadeIndex(
          Double(grid.value(neuron: out, column: column, row: row * 2 + 1)))
        let glyph: Character = options.unicode ? "▀" : (top < 15 ? "-" : "+")
        buffer.set(
          column, row + 3, glyph, Style(foreground: .shade(top), background: .shade(bottom)))
      }
    }
    return buffer
  }
}

extension Int {
  fileprivate func formatted() -> String {
    let digits = String(self)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
