/// Every neuron's value over a `width × height` grid of the domain [-6, 6]², as a frame
/// needs it: inputs (feature maps), hidden neurons and the output, in `neuronOffsets`
/// order. Column i is x = -6 + 12·i/(width−1); row j is y = +6 − 12·j/(height−1) (top row
/// is y = +6), as the original's heatmap.
///
/// Values are `Float` (grids are only drawn). For a sigmoid (cross-entropy) output the
/// output map holds 2p − 1, so colours stay on [-1, 1].
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
  public func sampleGrid(features: [Feature], width: Int, height: Int) -> NeuronGrid {
    let w = Swift.max(0, width)
    let h = Swift.max(0, height)
    let plane = w * h
    var values = [Float](repeating: 0, count: plane * neuronCount)
    guard plane > 0 else {
      return NeuronGrid(width: w, height: h, neuronCount: neuronCount, values: values)
    }
    let chunk = 256
    var acts = [Float](repeating: 0, count: neuronCount * chunk)
    let sigmoidOutput = outputActivation == .sigmoid
    let xs = (0..<w).map { NeuronGrid.coordinate($0, of: w, flipped: false) }
    let ys = (0..<h).map { NeuronGrid.coordinate($0, of: h, flipped: true) }
    var start = 0
    while start < plane {
      let count = Swift.min(chunk, plane - start)
      for p in 0..<count {
        let index = start + p
        let x = xs[index % w], y = ys[index / w]
        for (k, f) in features.enumerated() { acts[k * chunk + p] = Float(f.value(x: x, y: y)) }
      }
      acts.withUnsafeMutableBufferPointer { a in
        forwardBatchFloat(acts: a.baseAddress!, stride: chunk, count: count)
      }
      values.withUnsafeMutableBufferPointer { out in
        for n in 0..<neuronCount {
          let row = n * chunk
          let target = n * plane + start
          for p in 0..<count { out[target + p] = acts[row + p] }
        }
      }
      if sigmoidOutput {
        let target = (neuronCount - 1) * plane + start
        for p in 0..<count { values[target + p] = 2 * values[target + p] - 1 }
      }
      start += count
    }
    return NeuronGrid(width: w, height: h, neuronCount: neuronCount, values: values)
  }
}
