import CNcurses
import PlaygroundTUI

/// Turns what `wget_wch` returns into `InputEvent`s (style.md §3.5: raw codes stop here,
/// everything from `Key` on is testable).
enum NcursesKeyDecoder {
  /// Decodes one `wget_wch` result.
  ///
  /// - Parameters:
  ///   - status: `wget_wch`'s return: `OK` for a character, `KEY_CODE_YES` for a key code.
  ///   - code: the character or key code.
  ///   - size: the terminal size, for `KEY_RESIZE`.
  ///   - mouse: reads the pending mouse event for `KEY_MOUSE` (`getmouse`).
  /// - Returns: the event, or nil for input that means nothing to the playground.
  static func decode(
    status: Int32, code: UInt32, size: () -> Size, mouse: () -> MouseEvent?
  ) -> InputEvent? {
    if status == KEY_CODE_YES {
      return decodeKeyCode(Int32(bitPattern: code), size: size, mouse: mouse)
    }
    guard status == OK else { return nil }
    switch code {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26:
      guard let letter = Unicode.Scalar(code + 96) else { return nil }
      return .key(.control(Character(letter)))
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  private static func decodeKeyCode(
    _ code: Int32, size: () -> Size, mouse: () -> MouseEvent?
  ) -> InputEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_BTAB: return .key(.backTab)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_RESIZE: return .resize(size())
    case KEY_MOUSE: return mouse().map { .mouse($0) }
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
    default: return nil
    }
  }

  /// Reads the pending mouse event (`getmouse`) as a press, release or wheel step.
  static func readMouse() -> MouseEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & cnc_BUTTON4_PRESSED() != 0 {
      kind = .scrollUp
    } else if state & cnc_BUTTON5_PRESSED() != 0 {
      kind = .scrollDown
    } else if state & cnc_BUTTON1_RELEASED() != 0 {
      kind = .release
    } else if state & (cnc_BUTTON1_PRESSED() | cnc_BUTTON1_CLICKED()) != 0 {
      kind = .press
    } else {
      return nil
    }
    return MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y))
  }
}
