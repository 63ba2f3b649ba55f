import Foundation
import PlaygroundCore
import PlaygroundTUI

/// Reading, resolving and writing scenario files: the only place the executable touches
/// them.
///
/// Every failure is a one-line message naming the file (and, from Core, the key path and what is
/// allowed).
enum ScenarioFiles {

  /// Where `--preset NAME` looks, in order: `./Presets`, then the source tree's `Presets/`.
  static var presetDirectories: [URL] {
    let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent("Presets")
    let source = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Presets")
    return local.standardizedFileURL == source.standardizedFileURL ? [local] : [local, source]
  }

  /// `--preset X` names a path if X contains `/` or ends in `.json`; otherwise
  /// `Presets/X.json` in the first preset directory that has it.
  static func resolve(_ nameOrPath: String) -> Result<ScenarioFile, ScenarioFileError> {
    if isPath(nameOrPath) {
      return .success(ScenarioFile(path: nameOrPath))
    }
    for directory in presetDirectories {
      let url = directory.appendingPathComponent(nameOrPath + ".json")
      if FileManager.default.fileExists(atPath: url.path) {
        return .success(ScenarioFile(url: url, display: "Presets/\(nameOrPath).json"))
      }
    }
    let known = presetIDs()
    let hint = known.isEmpty ? "" : "; presets: " + known.map(\.shown).joined(separator: ", ")
    return .failure(ScenarioFileError("\(nameOrPath.shown): no such preset\(hint)"))
  }

  /// Whether `--preset X` names a file (X contains `/` or ends in `.json`) rather than a
  /// preset.
  static func isPath(_ nameOrPath: String) -> Bool {
    nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
  }

  /// The bytes of a scenario file, or why they cannot be read.
  static func read(_ file: ScenarioFile) -> Result<Data, ScenarioFileError> {
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.url.path)
    if let size = attributes?[.size] as? Int, size > Limits.maximumFileBytes {
      return .failure(ScenarioFileError("\(file.display.shown): file is larger than 1 MB"))
    }
    do {
      return .success(try Data(contentsOf: file.url))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: file.url.path) ? "cannot be read" : "no such file"
      return .failure(ScenarioFileError("\(file.display.shown): \(reason)"))
    }
  }

  /// Reads and validates one scenario file; a bad one gives the problem that comes first
  /// in it.
  static func load(_ file: ScenarioFile) -> Result<Scenario, ScenarioFileError> {
    read(file).flatMap { data in
      Result { () throws(ScenarioError) in try Scenario.decode(from: data, file: file.display) }
        .mapError { ScenarioFileError($0.description) }
    }.flatMap { PointFiles.attach($0, from: file) }
  }

  /// Every problem of one scenario file, one line each in the order of the file; empty
  /// when it is valid.
  static func problems(in file: ScenarioFile) -> [String] {
    switch read(file) {
    case .success(let data):
      let problems = Scenario.validateAll(data, file: file.display).map(\.description)
      guard problems.isEmpty else { return problems }
      if case .failure(let error) = load(file) { return [error.message] }
      return []
    case .failure(let error): return [error.message]
    }
  }

  /// Resolves and loads a preset by name or path.
  static func load(preset nameOrPath: String) -> Result<Scenario, ScenarioFileError> {
    resolve(nameOrPath).flatMap(load)
  }

  /// Every preset in the preset directories (first directory wins on a name clash), in
  /// lecture order (`lessonOrder`).
  static func listPresets() -> [PresetSummary] {
    var all: [PresetSummary] = []
    listPresets { list, _ in all = list }
    return all
  }

  /// Reads the presets one file after the other, in lecture order, and hands `deliver` the
  /// list so far after each (so a picker can show them as they come), the last time with
  /// `isComplete` true.
  static func listPresets(deliver: ([PresetSummary], _ isComplete: Bool) -> Void) {
    let files = presetFiles()
    var result: [PresetSummary] = []
    for (index, file) in files.enumerated() {
      switch load(file.file) {
      case .success(let scenario):
        result.append(
          PresetSummary(
            id: file.id, name: scenario.name ?? LocalizedText(en: file.id),
            description: scenario.description))
      case .failure(let error):
        result.append(
          PresetSummary(
            id: file.id, name: LocalizedText(en: file.id),
            description: LocalizedText(en: "invalid: \(error)")))
      }
      deliver(result, index == files.count - 1)
    }
    if files.isEmpty { deliver([], true) }
  }

  /// The preset names in lecture order, without reading the presets (cheap enough for
  /// start-up: the top bar's `3/21` and `]` need them from the first frame).
  static func presetIDs() -> [String] { presetFiles().map(\.id) }

  /// The name of the file in `Presets/` that gives the order of the lecture.
  static let lessonsFileName = "lessons.txt"

  /// The lecture's order: the preset names each directory's `lessons.txt` lists (one a
  /// line; blank lines and `#` comments are skipped), the first directory's first.
  static func lessonOrder() -> [String] {
    var seen = Set<String>()
    var order: [String] = []
    for directory in presetDirectories {
      let url = directory.appendingPathComponent(lessonsFileName)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      for line in text.split(whereSeparator: \.isNewline) {
        let name = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty && seen.insert(name).inserted { order.append(name) }
      }
    }
    return order
  }

  /// Every preset file (first directory wins on a name clash): the ones `lessons.txt`
  /// lists in its order, then the others by name; without any `lessons.txt`, `default`
  /// first.
  private static func presetFiles() -> [(id: String, file: ScenarioFile)] {
    var seen = Set<String>()
    var files: [(id: String, file: ScenarioFile)] = []
    for directory in presetDirectories {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
      for name in names where name.hasSuffix(".json") {
        let id = String(name.dropLast(5))
        guard seen.insert(id).inserted else { continue }
        files.append(
          (
            id,
            ScenarioFile(url: directory.appendingPathComponent(name), display: "Presets/\(name)")
          ))
      }
    }
    var order = lessonOrder()
    if order.isEmpty { order = ["default"] }
    let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    return files.sorted { a, b in
      switch (rank[a.id], rank[b.id]) {
      case (let x?, let y?): return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.id < b.id
      }
    }
  }

  /// Writes `scenario` to `path` as a file (see ``OutputFile``: a symlink is followed, a
  /// regular file replaced atomically keeping its mode, anything else written as it is)
  /// and returns `path` as given, for messages.
  ///
  /// Refuses to replace anything at `path` unless `overwrite`, and a scenario whose file
  /// would not load (``Scenario/fileText()``: weights that diverged). Every failure says
  /// why: `s.json: cannot write: No space left on device`.
  static func write(_ scenario: Scenario, to path: String, overwrite: Bool) -> Result<
    String, ScenarioFileError
  > {
    if !overwrite && FilePath.exists(path) {
      return .failure(ScenarioFileError("\(path.shown) exists", fileExists: true))
    }
    let text: String
    do {
      text = try scenario.fileText()
    } catch {
      return .failure(ScenarioFileError("\(path.shown): not saved: \(error.description)"))
    }
    do throws(WriteFailure) {
      let file = try OutputFile.open(path)
      try file.write(Array(text.utf8))
      try file.commit()
    } catch {
      return .failure(ScenarioFileError(error.message))
    }
    return .success(path)
  }
}

/// A scenario file to read: where it is, and what messages call it, which is the path as
/// the user typed it (never made absolute), or `Presets/NAME.json` for a preset given by
/// name.
struct ScenarioFile {
  var url: URL
  var display: String

  /// The file at `path`, relative to the current directory unless absolute.
  init(path: String) {
    self.init(url: URL(fileURLWithPath: path), display: path)
  }

  init(url: URL, display: String) {
    self.url = url
    self.display = display
  }
}
