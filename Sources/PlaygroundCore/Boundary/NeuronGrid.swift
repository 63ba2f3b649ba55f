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
    var acts = [Double](repeating: 0, count: neuronCount * chunk)
    let sigmoidOutput = outputActivation == .sigmoid
    var start = 0
    while start < plane {
      let count = Swift.min(chunk, plane - start)
      acts.withUnsafeMutableBufferPointer { a in
        // Inputs: neuron-major rows of `chunk` points.
        for p in 0..<count {
          let index = start + p
          let x = NeuronGrid.coordinate(index % w, of: w, flipped: false)
          let y = NeuronGrid.coordinate(index / w, of: h, flipped: true)
          for (k, f) in features.enumerated() { a[k * chunk + p] = f.value(x: x, y: y) }
        }
        forwardBatch(acts: a.baseAddress!, stride: chunk, count: count)
      }
      for n in 0..<neuronCount {
        let isOutput = n == neuronCount - 1
        for p in 0..<count {
          var v = acts[n * chunk + p]
          if isOutput && sigmoidOutput { v = 2 * v - 1 }
          values[n * plane + start + p] = Float(v)
        }
      }
      start += count
    }
    return NeuronGrid(width: w, height: h, neuronCount: neuronCount, values: values)
  }
}
