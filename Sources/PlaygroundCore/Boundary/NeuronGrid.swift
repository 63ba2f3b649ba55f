/// Every neuron's value over a `width × height` grid of the domain [-6, 6]², as a frame
/// needs it: inputs (feature maps), hidden neurons and the output, in `neuronOffsets`
/// order.
///
/// Column i is x = -6 + 12·i/(width−1); row j is y = +6 − 12·j/(height−1) (top row is y = +6), as
/// the original's heatmap.
///
/// Values are `Float` (grids are only drawn). For a sigmoid (cross-entropy) output the
/// output map holds 2p − 1, so colours stay on [-1, 1]; with k class outputs, each
/// class's map holds 2p_c − 1 of the softmax.
public struct NeuronGrid: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public let neuronCount: Int
  /// `values[neuron * width * height + row * width + column]`.
  public var values: [Float]

  public init(width: Int, height: Int, neuronCount: Int, values: [Float]) {
    self.width = width
    self.height = height
    self.neuronCount = neuronCount
    self.values = values
  }

  /// The value of `neuron` at (column, row).
  @inline(__always)
  public func value(neuron: Int, column: Int, row: Int) -> Float {
    values[neuron * width * height + row * width + column]
  }

  /// The domain coordinate of a column or row.
  public static func coordinate(_ index: Int, of count: Int, flipped: Bool) -> Double {
    let t = count > 1 ? Double(index) / Double(count - 1) : 0.5
    return flipped ? 6 - 12 * t : -6 + 12 * t
  }
}

extension Network {
  /// Samples every neuron over a `width × height` grid (see `NeuronGrid`), in batches of
  /// points so the inner loops run over contiguous memory.
  ///
  /// - Precondition: `features.count == inputCount` (the network's own features).
  public func sampleGrid(features: [Feature], width: Int, height: Int) -> NeuronGrid {
    precondition(features.count == inputCount, "one feature per input")
    let w = Swift.max(0, width)
    let h = Swift.max(0, height)
    let plane = w * h
    // Every value is written below (each chunk writes every neuron's row).
    var values = [Float](unsafeUninitializedCapacity: plane * neuronCount) { _, count in
      count = plane * neuronCount
    }
    guard plane > 0 else {
      return NeuronGrid(width: w, height: h, neuronCount: neuronCount, values: values)
    }
    let sigmoidOutput = outputActivation == .sigmoid
    let classCount = layerSizes[layerSizes.count - 1]
    // Every feature is a function of the column's x and the row's y: tabulate them once
    // (sin especially) instead of per point.
    let xs = (0..<w).map { NeuronGrid.coordinate($0, of: w, flipped: false) }
    let ys = (0..<h).map { NeuronGrid.coordinate($0, of: h, flipped: true) }
    let columnTables = features.map { f in xs.map { Float(f.value(x: $0, y: 1)) } }
    let rowTables = features.map { f in ys.map { Float(f.value(x: 1, y: $0)) } }
    let products = features.map { $0 == .x1TimesX2 }
    let usesRow = features.map { $0 == .x2 || $0 == .x2Squared || $0 == .sinX2 }
    // The forward pass runs in place: the grid's planes are its rows (stride = plane).
    // Chunks are whole groups of 8 points; a last group of fewer is moved back to end at
    // the plane's end (recomputing a few points) so no write spills into the next plane.
    // Planes under 8 points go through a scratch buffer instead.
    let chunk = 256
    let direct = plane >= 8
    let stride = direct ? plane : 8
    var scratch = [Float](repeating: 0, count: direct ? 0 : neuronCount * 8)
    values.withUnsafeMutableBufferPointer { out in
      scratch.withUnsafeMutableBufferPointer { scratch in
        guard let base = direct ? out.baseAddress : scratch.baseAddress else { return }
        var start = 0
        while start < plane {
          // The chunk's rows hold points origin..<origin + points.
          let remaining = plane - start
          let origin = direct && remaining < 8 ? plane - 8 : start
          let points = direct ? Swift.min(chunk, Swift.max(8, remaining & ~7)) : remaining
          let a = base + (direct ? origin : 0)
          for k in features.indices {
            let row = a + k * stride
            let columns = columnTables[k]
            let rows = rowTables[k]
            var column = origin % w
            var line = origin / w
            for p in 0..<points {
              // x·y is the column table (x·1) times the row table (1·y).
              row[p] =
                products[k]
                ? columns[column] * rows[line] : (usesRow[k] ? rows[line] : columns[column])
              column += 1
              if column == w { (column, line) = (0, line + 1) }
            }
          }
          forwardBatchFloat(acts: a, stride: stride, count: points)
          if !direct {
            for n in 0..<neuronCount {
              (out.base + n * plane).update(from: a + n * stride, count: points)
            }
          }
          if classCount > 1 {
            Self.classProbabilities(
              out.base + (neuronCount - classCount) * plane + origin, plane: plane,
              classes: classCount, points: points)
          }
          if sigmoidOutput {
            let target = out.base + (neuronCount - 1) * plane + origin
            for p in 0..<points { target[p] = 2 * target[p] - 1 }
          }
          start = origin + points
        }
      }
    }
    return NeuronGrid(width: w, height: h, neuronCount: neuronCount, values: values)
  }
}

extension Network {
  /// Softmax over the k class planes, in place, written as 2p − 1; four points at a time
  /// with `FastExp`.
  fileprivate static func classProbabilities(
    _ first: UnsafeMutablePointer<Float>, plane: Int, classes k: Int, points: Int
  ) {
    typealias Vector = SIMD4<Double>
    var p = 0
    while p < points {
      let lanes = Swift.min(4, points - p)
      let at = first + p
      func load(_ c: Int) -> Vector {
        var v = Vector(repeating: 0)
        for lane in 0..<lanes { v[lane] = Double(at[c * plane + lane]) }
        return v
      }
      var m = load(0)
      for c in 1..<k {
        let z = load(c)
        m = m.replacing(with: z, where: z .> m)
      }
      var sum = Vector(repeating: 0)
      for c in 0..<k {
        // The plane holds e^{z − m} until the sum is known (a Float is plenty to draw).
        let e = FastExp.exp(load(c) - m)
        for lane in 0..<lanes { at[c * plane + lane] = Float(e[lane]) }
        sum += e
      }
      for c in 0..<k {
        let probability = load(c) / sum
        for lane in 0..<lanes { at[c * plane + lane] = Float(2 * probability[lane] - 1) }
      }
      p += 4
    }
  }
}
