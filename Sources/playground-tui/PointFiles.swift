import Foundation
import PlaygroundCore
import PlaygroundTUI

/// Reading CSV point files (`--data`, the scenario key `dataFile`): the only place the
/// executable touches them; parsing is Core's (``PointTable/parseCSV(_:file:problem:classes:)``).
///
/// Every failure is one line naming the file as the user typed it (or as the scenario
/// gives it, joined to the scenario's folder) and, for a bad line, its number.
enum PointFiles {
  /// A point file may hold 10,000 points; 8 MB leaves room for comments and long numbers.
  static let maximumBytes = 8 << 20

  /// Reads `display` (a path as typed, relative to the current directory) for `scenario`'s
  /// problem and classes, and checks that it leaves at least one training point.
  static func load(_ display: String, for scenario: Scenario) -> Result<
    PointTable, ScenarioFileError
  > {
    load(URL(fileURLWithPath: display), display: display, for: scenario)
  }

  /// Reads the file at `url`, which messages call `display`.
  static func load(_ url: URL, display: String, for scenario: Scenario) -> Result<
    PointTable, ScenarioFileError
  > {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    if let size = attributes?[.size] as? Int, size > maximumBytes {
      return .failure(ScenarioFileError("\(display.shown): file is larger than 8 MB"))
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file"
      return .failure(ScenarioFileError("\(display.shown): \(reason)"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(ScenarioFileError("\(display.shown): is not UTF-8 text"))
    }
    let table: PointTable
    do {
      table = try PointTable.parseCSV(
        text, file: display, problem: scenario.problem, classes: scenario.classes)
    } catch {
      return .failure(ScenarioFileError(error.description))
    }
    if table.isTrain == nil {
      let cut = Int((Double(table.points.count) * scenario.trainRatio / 100).rounded(.down))
      if cut == 0 {
        return .failure(
          ScenarioFileError(
            "\(display.shown): \(table.points.count) points at trainRatio "
              + "\(Int(scenario.trainRatio))% leave no training point; add points or a split column"
          ))
      }
    }
    return .success(table)
  }

  /// `dataFile` joined to the folder of the scenario file `scenarioDisplay` (unless
  /// absolute), as messages show it.
  static func display(dataFile: String, scenarioFile scenarioDisplay: String) -> String {
    if dataFile.hasPrefix("/") { return dataFile }
    let folder = (scenarioDisplay as NSString).deletingLastPathComponent
    return folder.isEmpty ? dataFile : folder + "/" + dataFile
  }

  /// The scenario with the points of its `dataFile` (resolved next to `file`) attached.
  static func attach(_ scenario: Scenario, from file: ScenarioFile) -> Result<
    Scenario, ScenarioFileError
  > {
    guard let dataFile = scenario.dataFile else { return .success(scenario) }
    let folder = file.url.deletingLastPathComponent()
    let url =
      dataFile.hasPrefix("/")
      ? URL(fileURLWithPath: dataFile) : folder.appendingPathComponent(dataFile)
    let shown = display(dataFile: dataFile, scenarioFile: file.display)
    // Both files named: the scenario and its key, then the CSV file and its line.
    return load(url, display: shown, for: scenario).map { table in
      var s = scenario
      s.pointTable = table
      return s
    }.mapError { ScenarioFileError("\(file.display.shown): dataFile: \($0.message)") }
  }
}

extension Scenario {
  /// The scenario taking its points from `table` (from `--data`): generated or given
  /// points (`dataset`, `noise`, `data`) no longer apply.
  func withPoints(_ table: PointTable, file: String) -> Scenario {
    var s = self
    s.data = nil
    s.dataFile = file
    s.pointTable = table
    return s
  }
}
