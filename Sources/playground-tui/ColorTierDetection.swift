import Glibc

/// The environment variables colour detection reads.
struct ColorEnvironment {
  var term: String?
  var colorTerm: String?
  /// `NO_COLOR` set to anything but the empty string (no-color.org).
  var noColor: Bool

  static var current: ColorEnvironment {
    func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
    return ColorEnvironment(
      term: env("TERM"), colorTerm: env("COLORTERM"), noColor: !(env("NO_COLOR") ?? "").isEmpty)
  }
}

/// Whether the locale (after `setlocale(LC_ALL, "")`) is UTF-8; without it ncursesw
/// silently draws nothing for `▀` and braille (terminal.md §1.4), so views get
/// `unicode: false`.
func localeIsUTF8() -> Bool {
  guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
  let name = String(cString: codeset).lowercased().filter { $0 != "-" }
  return name == "utf8"
}
