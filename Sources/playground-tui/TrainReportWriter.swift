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
      output.write("{\"seed\":\(seed)\(tfSeedField),\"epochs\":[")
    }
  }

  /// `,"tfSeed":"…"` after the seed in JSON when the scenario has one, else nothing.
  var tfSeedField: String {
    // A tfSeed is printable ASCII: only `"` and `\` need escapes.
    let escaped = tfSeed.map {
      $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
    return escaped.map { ",\"tfSeed\":\"\($0)\"" } ?? ""
  }

  mutating func row(_ report: EpochReport) {
    switch format {
    case .table:
      let line = pad(String(report.epoch), 8) + tableCells(report)
      output.write(line.trimmingTrailingSpaces() + "\n")
    case .csv:
      output.write("\(report.epoch),\(csvFields(report))\n")
    case .json:
      output.write((rowCount == 0 ? "" : ",") + jsonObject(report))
    }
    rowCount += 1
  }

  /// The table's cells of one report after the epoch: losses, then accuracies for
  /// classification, each padded to its column.
  func tableCells(_ report: EpochReport) -> String {
    let testLoss = hasTestData ? TableNumber.text(report.test.loss) : "-"
    var line = pad(TableNumber.text(report.train.loss), 14) + pad(testLoss, 14)
    if classification {
      line +=
        pad(percent(report.train.accuracy), 11)
        + pad(hasTestData ? percent(report.test.accuracy) : "-", 11)
    }
    return line
  }

  /// The csv fields of one report after the epoch: `train_loss,test_loss` and, for
  /// classification, `,train_accuracy,test_accuracy`.
  func csvFields(_ report: EpochReport) -> String {
    var line = "\(plain(report.train.loss)),\(plain(report.test.loss))"
    if classification {
      line += ",\(plain(report.train.accuracy)),\(plain(report.test.accuracy))"
    }
    return line
  }

  /// One report as the JSON object of an `epochs` element.
  func jsonObject(_ report: EpochReport) -> String {
    var object =
      "{\"epoch\":\(report.epoch),\"trainLoss\":\(json(report.train.loss)),"
      + "\"testLoss\":\(json(report.test.loss))"
    if classification {
      object +=
        ",\"trainAccuracy\":\(json(report.train.accuracy)),"
        + "\"testAccuracy\":\(json(report.test.accuracy))"
    }
    // k classes: the accuracy of each class, so a class the network neglects shows.
    for (key, metrics) in [
      ("trainClassAccuracy", report.train), ("testClassAccuracy", report.test),
    ] {
      if let perClass = metrics.classAccuracy {
        object += ",\"\(key)\":[" + perClass.map(json).joined(separator: ",") + "]"
      }
    }
    return object + "}"
  }

  mutating func end(final parameters: Parameters) {
    guard format == .json else { return }
    output.write("],\"final\":\(finalObject(parameters))}\n")
  }

  /// `{"weights":…,"biases":…}` in the `parameters` layout.
  func finalObject(_ parameters: Parameters) -> String {
    let weights = parameters.weights.map { layer in
      "["
        + layer.map { row in "[" + row.map(json).joined(separator: ",") + "]" }.joined(
          separator: ",") + "]"
    }
    let biases = parameters.biases.map { "[" + $0.map(json).joined(separator: ",") + "]" }
    return
      "{\"weights\":[\(weights.joined(separator: ","))],\"biases\":[\(biases.joined(separator: ","))]}"
  }

  func plain(_ value: Double?) -> String {
    guard let value else { return "" }
    return value.isFinite ? "\(value)" : "nan"
  }

  func json(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return "\(value)"
  }

  func percent(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    return "\(Int((value * 1000).rounded()) / 10).\(Int((value * 1000).rounded()) % 10)%"
  }

  func pad(_ text: String, _ width: Int) -> String {
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
