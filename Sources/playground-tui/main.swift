// Minimal launcher for the runtime branch: the real command line (swift-argument-parser)
// lives on main and replaces this file at merge.
import Glibc
import PlaygroundCore
import PlaygroundTUI

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let color = option("--color").flatMap { $0 == "auto" ? nil : ColorTier(rawValue: $0) }
exit(
  Interactive.run(
    InteractiveLaunch(
      scenario: .default, seed: 42, presetName: nil, color: color,
      theme: option("--theme").flatMap(Theme.init(rawValue:)) ?? .dark,
      listPresets: { [] },
      loadPreset: { .failure(PresetLoadError("no presets in this build: \($0)")) },
      save: { _, path, _, _ in .failure(PresetLoadError("saving is not wired up: \(path)")) })))
