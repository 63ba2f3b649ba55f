import PlaygroundCore

/// A small grid of values in [-1, 1] (NaN = no value) that a heatmap painter draws: two
/// vertically stacked pixels per cell.
struct PixelMap: Equatable, Sendable {
  let width: Int
  let height: Int
  /// Row-major, top row first.
  var values: [Float]

  init(width: Int, height: Int, values: [Float]) {
    self.width = Swift.max(0, width)
    self.height = Swift.max(0, height)
    self.values = values
  }

  /// A map of `width × height` NaNs (nothing drawn).
  init(empty width: Int, _ height: Int) {
    self.init(
      width: width, height: height,
      values: Array(repeating: .nan, count: Swift.max(0, width) * Swift.max(0, height)))
  }

  /// The value at (x, y), NaN outside.
  func value(_ x: Int, _ y: Int) -> Float {
    guard x >= 0, y >= 0, x < width, y < height else { return .nan }
    return values[y * width + x]
  }

  /// One neuron of a sampled grid.
  init(grid: NeuronGrid, neuron: Int) {
    let plane = grid.width * grid.height
    let start = neuron * plane
    guard neuron >= 0, neuron < grid.neuronCount, start + plane <= grid.values.count else {
      self.init(empty: grid.width, grid.height)
      return
    }
    self.init(
      width: grid.width, height: grid.height, values: Array(grid.values[start..<(start + plane)]))
  }

  /// A feature's values over the domain [-6, 6]² (top row y = +6), as the original's
  /// input thumbnails.
  init(feature: Feature, width: Int, height: Int) {
    var values = [Float]()
    values.reserveCapacity(Swift.max(0, width * height))
    for row in 0..<Swift.max(0, height) {
      let y = NeuronGrid.coordinate(row, of: height, flipped: true)
      for column in 0..<Swift.max(0, width) {
        let x = NeuronGrid.coordinate(column, of: width, flipped: false)
        values.append(Float(feature.value(x: x, y: y)))
      }
    }
    self.init(width: width, height: height, values: values)
  }

  /// Block-averages (or repeats) this map to `width × height`: every target pixel is the
  /// mean of the source pixels that fall inside it (the original's `reduceMatrix`).
  func resampled(width newWidth: Int, height newHeight: Int) -> PixelMap {
    guard newWidth > 0, newHeight > 0, width > 0, height > 0 else {
      return PixelMap(empty: newWidth, newHeight)
    }
    if newWidth == width && newHeight == height { return self }
    var out = [Float](repeating: .nan, count: newWidth * newHeight)
    for ty in 0..<newHeight {
      let y0 = ty * height / newHeight
      let y1 = Swift.max(y0 + 1, (ty + 1) * height / newHeight)
      for tx in 0..<newWidth {
        let x0 = tx * width / newWidth
        let x1 = Swift.max(x0 + 1, (tx + 1) * width / newWidth)
        var sum: Float = 0
        var count: Float = 0
        for sy in y0..<y1 {
          for sx in x0..<x1 {
            let v = values[sy * width + sx]
            if !v.isNaN {
              sum += v
              count += 1
            }
          }
        }
        if count > 0 { out[ty * newWidth + tx] = sum / count }
      }
    }
    return PixelMap(width: newWidth, height: newHeight, values: out)
  }

  /// Bilinear interpolation to a larger size; both grids include the domain's ends, as
  /// `NeuronGrid` does.
  func interpolated(width newWidth: Int, height newHeight: Int) -> PixelMap {
    guard width > 1, height > 1, newWidth > 0, newHeight > 0 else {
      return resampled(width: newWidth, height: newHeight)
    }
    if newWidth == width && newHeight == height { return self }
    var out = [Float](repeating: 0, count: newWidth * newHeight)
    let sx = Float(width - 1) / Float(Swift.max(1, newWidth - 1))
    let sy = Float(height - 1) / Float(Swift.max(1, newHeight - 1))
    for ty in 0..<newHeight {
      let fy = Float(ty) * sy
      let y0 = Swift.min(height - 2, Int(fy))
      let wy = fy - Float(y0)
      for tx in 0..<newWidth {
        let fx = Float(tx) * sx
        let x0 = Swift.min(width - 2, Int(fx))
        let wx = fx - Float(x0)
        let top = values[y0 * width + x0] * (1 - wx) + values[y0 * width + x0 + 1] * wx
        let bottom =
          values[(y0 + 1) * width + x0] * (1 - wx) + values[(y0 + 1) * width + x0 + 1] * wx
        out[ty * newWidth + tx] = top * (1 - wy) + bottom * wy
      }
    }
    return PixelMap(width: newWidth, height: newHeight, values: out)
  }

  /// Every value thresholded at 0 (the original's "discretize output"); NaN stays.
  var discretized: PixelMap {
    PixelMap(
      width: width, height: height, values: values.map { $0.isNaN ? $0 : ($0 >= 0 ? 1 : -1) })
  }

  /// A dataset's points binned into pixels: each pixel holds the mean label of its points
  /// (NaN where there is none).
  ///
  /// y grows upwards, as on the big heatmap.
  init(points: [DataPoint], width: Int, height: Int) {
    var sums = [Float](repeating: 0, count: Swift.max(0, width * height))
    var counts = [Float](repeating: 0, count: sums.count)
    for p in points {
      guard let (x, y) = PixelMap.pixel(of: p, width: width, height: height) else { continue }
      sums[y * width + x] += Float(p.label)
      counts[y * width + x] += 1
    }
    self.init(
      width: width, height: height,
      values: zip(sums, counts).map { $1 > 0 ? $0 / $1 : .nan })
  }

  /// The pixel a point of the domain [-6, 6]² falls in, or nil outside it.
  static func pixel(of point: DataPoint, width: Int, height: Int) -> (Int, Int)? {
    guard width > 0, height > 0, abs(point.x) <= 6, abs(point.y) <= 6 else { return nil }
    let x = Int(((point.x + 6) / 12 * Double(width - 1)).rounded())
    let y = Int(((6 - point.y) / 12 * Double(height - 1)).rounded())
    return (Swift.min(width - 1, Swift.max(0, x)), Swift.min(height - 1, Swift.max(0, y)))
  }
}
