/// Train and test loss per epoch since the last reset, for the loss chart.
///
/// Keeps at most `capacity` points: when full, every other point is dropped and only
/// every `stride`-th epoch is recorded from then on, so memory stays bounded however long
/// a run goes (the original keeps every point forever).
public struct LossHistory: Equatable, Sendable {
  public private(set) var epochs: [Int] = []
  public private(set) var train: [Double] = []
  public private(set) var test: [Double] = []
  public private(set) var stride = 1
  private var tailIsProvisional = false
  public let capacity: Int

  public init(capacity: Int = 2048) {
    self.capacity = Swift.max(4, capacity)
  }

  public var isEmpty: Bool { epochs.isEmpty }
  public var count: Int { epochs.count }

  /// Records a report.
  ///
  /// The newest epoch is always the last point; an epoch off the current stride is kept only until
  /// the next one arrives.
  public mutating func append(_ report: EpochReport) {
    if tailIsProvisional {
      epochs.removeLast()
      train.removeLast()
      test.removeLast()
    }
    epochs.append(report.epoch)
    train.append(report.train.loss)
    test.append(report.test.loss)
    tailIsProvisional = report.epoch % stride != 0 && epochs.count > 1
    if epochs.count >= capacity { halve() }
  }

  public mutating func removeAll() {
    self = LossHistory(capacity: capacity)
  }

  private mutating func halve() {
    stride *= 2
    let last = epochs.count - 1
    let keep = epochs.indices.filter { epochs[$0] % stride == 0 || $0 == last }
    tailIsProvisional = epochs[last] % stride != 0
    epochs = keep.map { epochs[$0] }
    train = keep.map { train[$0] }
    test = keep.map { test[$0] }
  }
}
