import PlaygroundCore
import PlaygroundTUI

/// Formats `train --variant`'s rows (issue 13): the columns of every variant side by side,
/// each exactly as a plain `train` of that variant formats them (``TrainReportWriter``).
///
/// - csv: `epoch`, then per variant `LABEL:train_loss,LABEL:test_loss` (and
///   `LABEL:train_accuracy,LABEL:test_accuracy` for classification); a header field
///   holding a comma or a quote is quoted as RFC 4180 says.
/// - table: a line of labels over one block of columns per variant.
/// - json: `{"seed", "variants": [{"label", "overrides", "epochs", "final"}]}`; a
///   variant's `epochs` are those of its plain run, so they stop where it diverged.
///
/// In csv and the table a variant that has diverged shows `nan` (accuracy `-` in the
/// table) in the rows after its last one, while the others go on.
struct ComparisonReportWriter {
  /// One variant's heading and settings.
  struct Variant {
    var label: String
    var overrides: ScenarioOverrides
  }

  /// Formats the cells and owns the output.
  var single: TrainReportWriter
  let variants: [Variant]
  /// JSON: each variant's epoch objects, written out at the end.
  private var epochObjects: [[String]]

  init(single: TrainReportWriter, variants: [Variant]) {
    self.single = single
    self.variants = variants
    epochObjects = Array(repeating: [], count: variants.count)
  }

  var output: BufferedOutput {
    get { single.output }
    set { single.output = newValue }
  }

  private var blockWidth: Int { single.classification ? 50 : 28 }

  mutating func begin() {
    switch single.format {
    case .table:
      let labels = variants.map {
        single.pad(Self.shortened($0.label, to: blockWidth - 2), blockWidth)
      }
      output.write(("        " + labels.joined()).trimmingTrailingSpaces() + "\n")
      var header = single.pad("epoch", 8)
      for _ in variants {
        header += single.pad("train loss", 14) + single.pad("test loss", 14)
        if single.classification {
          header += single.pad("train acc", 11) + single.pad("test acc", 11)
        }
      }
      output.write(header.trimmingTrailingSpaces() + "\n")
    case .csv:
      var names = ["train_loss", "test_loss"]
      if single.classification { names += ["train_accuracy", "test_accuracy"] }
      let fields = variants.flatMap { v in names.map { Self.csvField("\(v.label):\($0)") } }
      output.write((["epoch"] + fields).joined(separator: ",") + "\n")
    case .json:
      output.write("{\"seed\":\(single.seed)\(single.tfSeedField),\"variants\":[")
    }
  }

  /// The row of `epoch`: `reports[i]` is variant `i`'s, `nil` once it stopped before
  /// this epoch.
  mutating func row(epoch: Int, _ reports: [EpochReport?]) {
    switch single.format {
    case .table:
      var line = single.pad(String(epoch), 8)
      for report in reports {
        if let report {
          line += single.tableCells(report)
        } else {
          line += single.pad("nan", 14) + single.pad(single.hasTestData ? "nan" : "-", 14)
          if single.classification { line += single.pad("-", 11) + single.pad("-", 11) }
        }
      }
      output.write(line.trimmingTrailingSpaces() + "\n")
    case .csv:
      let stopped = single.classification ? "nan,nan,nan,nan" : "nan,nan"
      let cells = reports.map { $0.map(single.csvFields) ?? stopped }
      output.write("\(epoch)," + cells.joined(separator: ",") + "\n")
    case .json:
      for (i, report) in reports.enumerated() {
        if let report { epochObjects[i].append(single.jsonObject(report)) }
      }
    }
  }

  mutating func end(finals: [Parameters]) {
    guard single.format == .json else { return }
    for (i, variant) in variants.enumerated() {
      output.write(
        (i == 0 ? "" : ",") + "{\"label\":\(JSONText.string(variant.label)),"
          + "\"overrides\":\(variant.overrides.compactJSON),\"epochs\":["
          + epochObjects[i].joined(separator: ",") + "],\"final\":"
          + single.finalObject(finals[i]) + "}")
      epochObjects[i] = []
    }
    output.write("]}\n")
  }

  /// A csv field, quoted when it holds a comma, a quote or a line break.
  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// At most `width` characters, the last one `…` when cut.
  static func shortened(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
  }
}
