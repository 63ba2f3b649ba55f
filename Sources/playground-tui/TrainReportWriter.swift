import Foundation
import PlaygroundCore
import PlaygroundTUI

/// Formats `train`'s rows (DESIGN.md §4): a table for people, csv with
/// `epoch,train_loss,test_loss[,train_accuracy,test_accuracy]`, or one JSON object.
///
/// With 3...6 classes, JSON rows add `trainClassAccuracy` and `testClassAccuracy`: one
/// fraction per class (`null` for a class the set lacks).
///
/// Non-finite numbers are `nan` in csv and the table, `null` in JSON. Without test points
/// the test columns are `-` in the table (there is nothing to measure, and `nan` there
/// would read as divergence), `nan` in csv and `null` in JSON (DESIGN.md §4).
struct TrainReportWriter {
  var format: TrainFormat
  var seed: UInt64
  /// The scenario's `tfSeed`, written after `seed` in JSON when there is one.
  var tfSeed: String? = nil
  var classification: Bool
  /// False when the test set is empty.
  var hasTestData: Bool
  /// Where the text goes; its ``BufferedOutput/failure`` ends a run early.
  var output: BufferedOutput
  private var rowCount = 0

  init(
    format: TrainFormat, seed: UInt64, classification: Bool, hasTestData: Bool,
    output: BufferedOutput
  ) {
    self.format = format
    self.seed = seed
    self.classification = classification
    self.hasTestData = hasTestData
    self.output = output
  }

  mutating func begin() {
    switch format {
    case .table:
      var header = pad("epoch", 8) + pad("train loss", 14) + pad("test loss", 14)
      if classification { header += pad("train acc", 11) + "test acc" }
      output.write(header.trimmingTrailingSpaces() + "\n")
    case .csv:
      output.write(
        "epoch,train_loss,test_loss" + (classification ? ",train_accuracy,test_accuracy" : "")
          + "\n")
    case .json:
      // A tfSeed is printable ASCII: only `"` and `\` need escapes.
      let escaped = tfSeed.map {
        $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      }
      let tf = escaped.map { ",\"tfSeed\":\"\($0)\"" } ?? ""
      output.write("{\"seed\":\(seed)\(tf),\"epochs\":[")
    }
  }

  mutating func row(_ report: EpochReport) {
    let train = report.train
    let test = report.test
    switch format {
    case .table:
      let testLoss = hasTestData ? TableNumber.text(test.loss) : "-"
      var line =
        pad(String(report.epoch), 8) + pad(TableNumber.text(train.loss), 14) + pad(testLoss, 14)
      if classification {
        line += pad(percent(train.accuracy), 11) + (hasTestData ? percent(test.accuracy) : "-")
      }
      output.write(line.trimmingTrailingSpaces() + "\n")
    case .csv:
      var line = "\(report.epoch),\(plain(train.loss)),\(plain(test.loss))"
      if classification { line += ",\(plain(train.accuracy)),\(plain(test.accuracy))" }
      output.write(line + "\n")
    case .json:
      var object =
        "{\"epoch\":\(report.epoch),\"trainLoss\":\(json(train.loss)),\"testLoss\":\(json(test.loss))"
      if classification {
        object +=
          ",\"trainAccuracy\":\(json(train.accuracy)),\"testAccuracy\":\(json(test.accuracy))"
      }
      // k classes: the accuracy of each class, so a class the network neglects shows.
      for (key, metrics) in [("trainClassAccuracy", train), ("testClassAccuracy", test)] {
        if let perClass = metrics.classAccuracy {
          object += ",\"\(key)\":[" + perClass.map(json).joined(separator: ",") + "]"
        }
      }
      output.write((rowCount == 0 ? "" : ",") + object + "}")
    }
    rowCount += 1
  }

  mutating func end(final parameters: Parameters) {
    guard format == .json else { return }
    let weights = parameters.weights.map { layer in
      "["
        + layer.map { row in "[" + row.map(json).joined(separator: ",") + "]" }.joined(
          separator: ",") + "]"
    }
    let biases = parameters.biases.map { "[" + $0.map(json).joined(separator: ",") + "]" }
    output.write(
      "],\"final\":{\"weights\":[\(weights.joined(separator: ","))],\"biases\":[\(biases.joined(separator: ","))]}}\n"
    )
  }

  private func plain(_ value: Double?) -> String {
    guard let value else { return "" }
    return value.isFinite ? "\(value)" : "nan"
  }

  private func json(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return "\(value)"
  }

  private func percent(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    return "\(Int((value * 1000).rounded()) / 10).\(Int((value * 1000).rounded()) % 10)%"
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
