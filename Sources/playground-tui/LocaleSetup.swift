import Glibc
import PlaygroundCore
import PlaygroundTUI

/// The locale variables, as ``LanguageChoice`` reads them.
extension LanguageChoice.Environment {
  static var current: LanguageChoice.Environment {
    func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
    return LanguageChoice.Environment(
      lcAll: env("LC_ALL"), lcMessages: env("LC_MESSAGES"), lcCtype: env("LC_CTYPE"),
      lang: env("LANG"))
  }
}

/// Loads the user's locale for ncursesw and says whether it is UTF-8.
///
/// When the locale the variables name is not installed (`LANG=ru_RU.UTF-8` on a machine
/// with only `C.UTF-8`), `setlocale` fails and everything stays `C`, which is ASCII; if
/// the name asks for UTF-8, `C.UTF-8` is loaded for `LC_CTYPE` instead, so the screen
/// still draws Cyrillic and block characters.
func setUpLocale(_ environment: LanguageChoice.Environment) -> Bool {
  if setlocale(LC_ALL, "") == nil && LanguageChoice.namesUTF8(environment) {
    for name in ["C.UTF-8", "C.utf8"] where setlocale(LC_CTYPE, name) != nil { break }
  }
  return localeIsUTF8()
}
