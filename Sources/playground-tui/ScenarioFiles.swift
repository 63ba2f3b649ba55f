import Foundation
import PlaygroundCore
import PlaygroundTUI

/// Reading, resolving and writing scenario files: the only place the executable touches
/// them. Every failure is a one-line message naming the file (and, from Core, the key path
/// and what is allowed).
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
  static func resolve(_ nameOrPath: String) -> Result<URL, PresetLoadError> {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
      return .success(URL(fileURLWithPath: nameOrPath))
    }
    for directory in presetDirectories {
      let url = directory.appendingPathComponent(nameOrPath + ".json")
      if FileManager.default.fileExists(atPath: url.path) { return .success(url) }
    }
    let known = listPresets().map(\.id)
    let hint = known.isEmpty ? "" : "; presets: " + known.joined(separator: ", ")
    return .failure(PresetLoadError("\(nameOrPath): no such preset\(hint)"))
  }

  /// Reads and validates one scenario file; one larger than `Limits.maximumFileBytes` is
  /// refused before reading (DESIGN.md §3).
  static func load(_ url: URL) -> Result<Scenario, PresetLoadError> {
    let display = url.path
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    if let size = attributes?[.size] as? Int, size > Limits.maximumFileBytes {
      return .failure(PresetLoadError("\(display): file is larger than 1 MB"))
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file"
      return .failure(PresetLoadError("\(display): \(reason)"))
    }
    do {
      return .success(try Scenario.decode(from: data, file: display))
    } catch {
      return .failure(PresetLoadError(error.description))
    }
  }

  /// Resolves and loads a preset by name or path.
  static func load(preset nameOrPath: String) -> Result<Scenario, PresetLoadError> {
    resolve(nameOrPath).flatMap(load)
  }

  /// Every preset in the preset directories (first directory wins on a name clash),
  /// sorted with `default` first, then by file name.
  static func listPresets() -> [PresetSummary] {
    var all: [PresetSummary] = []
    listPresets { list, _ in all = list }
    return all
  }

  /// Reads the presets one file after the other and hands `deliver` the sorted list so
  /// far after each (so a picker can show them as they come), the last time with
  /// `isComplete` true.
  static func listPresets(deliver: ([PresetSummary], _ isComplete: Bool) -> Void) {
    var seen = Set<String>()
    var files: [(id: String, url: URL)] = []
    for directory in presetDirectories {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
      for name in names where name.hasSuffix(".json") {
        let id = String(name.dropLast(5))
        guard seen.insert(id).inserted else { continue }
        files.append((id, directory.appendingPathComponent(name)))
      }
    }
    var result: [PresetSummary] = []
    for (index, file) in files.enumerated() {
      switch load(file.url) {
      case .success(let scenario):
        result.append(
          PresetSummary(id: file.id, name: scenario.name ?? file.id, description: scenario.description))
      case .failure(let error):
        result.append(PresetSummary(id: file.id, name: file.id, description: "invalid: \(error)"))
      }
      result.sort { a, b in
        if (a.id == "default") != (b.id == "default") { return a.id == "default" }
        return a.id < b.id
      }
      deliver(result, index == files.count - 1)
    }
    if files.isEmpty { deliver([], true) }
  }

  /// Writes `text` to `path` atomically (temporary file in the same folder, then rename).
  /// Refuses to replace an existing file unless `overwrite`.
  static func write(_ text: String, to path: String, overwrite: Bool) -> Result<
    String, PresetLoadError
  > {
    let url = URL(fileURLWithPath: path)
    let manager = FileManager.default
    if !overwrite && manager.fileExists(atPath: url.path) {
      return .failure(PresetLoadError("\(path) exists", fileExists: true))
    }
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp")
    do {
      try Data((text.hasSuffix("\n") ? text : text + "\n").utf8).write(to: temporary)
    } catch {
      return .failure(PresetLoadError("\(path): cannot write here"))
    }
    if rename(temporary.path, url.path) != 0 {
      try? manager.removeItem(at: temporary)
      return .failure(PresetLoadError("\(path): cannot write here"))
    }
    return .success(url.path)
  }
}
