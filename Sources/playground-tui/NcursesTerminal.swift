import CNcurses
import Glibc
import PlaygroundTUI

/// The real terminal: owns the ncurses screen from `init` to `shutdown()`/`deinit`, on
/// the main thread only (DESIGN.md §6).
///
/// `present` copies the cells `CellBuffer.changes(from:)` reports since the last frame
/// into `stdscr` as they are (the frame is final: glyphs, ASCII and mono shading are
/// `PlaygroundTUI`'s decisions), with colour pairs allocated once at start-up so there is
/// no pair churn, and lets `doupdate` send the difference. `nextEvent` blocks in `poll`
/// on the keyboard and a wake pipe, so an idle playground uses no CPU; it also carries out
/// what the signal sources ask for: suspend (Ctrl-Z), resume (`fg`) and resize. A terminal
/// that hangs up ends the program, whether or not a SIGHUP reaches it.
final class NcursesTerminal: Terminal {
  private(set) var size: Size
  /// The colour tier in use (decided after `start_color`).
  let tier: ColorTier
  private let theme: Theme
  private let unicode: Bool
  private let screen: OpaquePointer
  /// `stdscr` of `screen`.
  let window: UnsafeMutablePointer<WINDOW>
  private let wake: WakePipe
  /// Set by the signal sources (quit, resize, suspend, continue); `readInput` sets quit.
  let flags: ControlFlags
  private let colors: Int
  /// Pair number for every (foreground, background) of `TerminalColors.all`.
  private var pairs: [Int32] = []
  private var previous: CellBuffer?
  private var pending: [InputEvent] = []
  private(set) var isShutDown = false
  /// Consecutive times stdin was readable but yielded nothing (see `readInput`).
  private var emptyReads = 0

  /// Starts ncurses; nil when the terminal type is unknown.
  ///
  /// - Parameters:
  ///   - requested: `--color` (nil = auto).
  ///   - theme: `--theme`.
  ///   - unicode: whether the locale is UTF-8 (otherwise non-ASCII becomes `?`).
  ///   - wake: the pipe other threads write to to wake `nextEvent`.
  ///   - flags: set by the signal sources.
  init?(
    requested: ColorTier?, theme: Theme, unicode: Bool, wake: WakePipe, flags: ControlFlags
  ) {
    let environment = ColorEnvironment.current
    CrashGuard.saveTTY()
    let direct = ColorTierChoice.directTerminfoName(
      requested: requested, term: environment.term, colorTerm: environment.colorTerm,
      noColor: environment.noColor)
    // COLORTERM can only upgrade, through a `-direct` entry; if there is none, newterm
    // fails quietly and the plain TERM is used.
    guard
      let screen = direct.flatMap({ newterm($0, cnc_stdout(), cnc_stdin()) })
        ?? newterm(nil, cnc_stdout(), cnc_stdin())
    else { return nil }
    _ = set_term(screen)
    guard let window = cnc_stdscr() else { return nil }
    self.screen = screen
    self.window = window
    self.theme = theme
    self.unicode = unicode
    self.wake = wake
    self.flags = flags
    Self.setModes(window)
    // alloc_pair and friends segfault without a colour table (terminal.md §2.4).
    let colorsUsable = has_colors() && start_color() == OK
    if colorsUsable { _ = use_default_colors() }
    colors = colorsUsable ? Int(cnc_COLORS()) : 0
    tier = ColorTierChoice.tier(
      requested: requested, noColor: environment.noColor, colorsUsable: colorsUsable,
      colors: colors)
    size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    allocatePairs()
    CrashGuard.arm(restoring: Self.restoreSequence())
  }

  deinit { shutdown() }

  /// Whether terminfo knows `term` and it can address the cursor; what is missing if not.
  ///
  /// Checked before `newterm`, which would already write to the terminal.
  static func unmetRequirement(term: String?) -> TerminalRequirement? {
    guard let term, !term.isEmpty else { return .noTerminalType }
    switch cnc_terminal_type_status(term, STDOUT_FILENO) {
    case 1: return nil
    case 0: return .cannotMoveCursor(term)
    default: return .unknownTerminalType(term)
    }
  }

  /// Restores the terminal: mouse and keypad off, cursor on, main screen, tty modes.
  ///
  /// Safe to call more than once.
  func shutdown() {
    guard !isShutDown else { return }
    isShutDown = true
    SignalSources.allowingBackgroundTerminalChanges {
      _ = mousemask(0, nil)
      _ = curs_set(1)
      _ = endwin()
    }
    delscreen(screen)
    CrashGuard.disarm()
  }

  // MARK: Input

  func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    takeJobControl()
    if let resize = takeResize() { return resize }
    if !pending.isEmpty { return pending.removeFirst() }
    if flags.quit.load(ordering: .acquiring) { return nil }
    var fds = [
      pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0),
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
    ]
    let timeout = timeoutMilliseconds < 0 ? -1 : Int32(min(timeoutMilliseconds, 60_000))
    guard poll(&fds, 2, timeout) > 0 else { return nil }  // timeout, or EINTR
    if fds[0].revents != 0 { wake.drain() }
    readInput(events: fds[1].revents)
    takeJobControl()
    if let resize = takeResize() { return resize }
    return pending.isEmpty ? nil : pending.removeFirst()
  }

  /// Reads the keys `poll` reported; a terminal that hung up ends the program.
  ///
  /// When the terminal goes away (its window closed, tmux killed) without a SIGHUP
  /// reaching the program, `poll` reports POLLHUP (with POLLIN) and reads return end of
  /// file for ever: stdin is a terminal, so both mean it is gone, and the program quits
  /// (exit 0; restoring the terminal then fails harmlessly). It used to stop watching
  /// stdin instead and run on, orphaned. Three empty reads in a row count as gone too, so
  /// a readable but empty stdin can never make the loop spin.
  private func readInput(events: Int16) {
    guard events != 0 else { return }
    let gone: Bool
    if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
      gone = true
    } else if readKeys() {
      emptyReads = 0
      gone = false
    } else {
      emptyReads += 1
      gone = emptyReads >= 3
    }
    if gone { flags.quit.store(true, ordering: .releasing) }
  }

  /// Drains everything ncurses can decode now (it may hold several keys in its buffer);
  /// false when nothing at all could be read (end of file).
  private func readKeys() -> Bool {
    var character: wint_t = 0
    var readAny = false
    for _ in 0..<256 {
      let status = wget_wch(window, &character)
      guard status != ERR else { break }
      readAny = true
      if status == KEY_CODE_YES, character == KEY_RESIZE {
        flags.resized.store(true, ordering: .releasing)
        continue
      }
      let event = NcursesKeyDecoder.decode(
        status: status, code: UInt32(character), size: { size },
        mouse: NcursesKeyDecoder.readMouse)
      if let event { pending.append(event) }
    }
    return readAny
  }

  /// After SIGWINCH: reads the new size, resizes ncurses (from the main thread, as
  /// `resizeterm(3x)` requires), and forces a full redraw so no stale cells remain.
  private func takeResize() -> InputEvent? {
    guard flags.resized.exchange(false, ordering: .acquiring) else { return nil }
    var ws = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0 {
      _ = resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
    }
    size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    _ = wclear(window)
    previous = nil
    return .resize(size)
  }

  // MARK: Output

  func present(_ buffer: CellBuffer) {
    // A first frame, or one of a new size, writes every cell (`changes(from:)`); the
    // erase clears what lies outside a buffer smaller than the screen.
    if previous.map({ $0.width != buffer.width || $0.height != buffer.height }) ?? true {
      _ = werase(window)
    }
    for change in buffer.changes(from: previous)
    where change.x < size.width && change.y < size.height {
      put(change.cell, x: change.x, y: change.y)
    }
    previous = buffer
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// Writes one cell as it is: what to draw was decided in `PlaygroundTUI`; only a
  /// character the terminal cannot show as one column becomes `?`.
  private func put(_ cell: Cell, x: Int, y: Int) {
    let style = cell.style
    var scalar = cell.character.unicodeScalars.first?.value ?? 32
    if scalar > 127, !unicode || cnc_wcwidth(wchar_t(scalar)) != 1 { scalar = 63 }  // "?"
    var attributes = cnc_A_NORMAL()
    if style.bold { attributes |= cnc_A_BOLD() }
    if style.reverse { attributes |= cnc_A_REVERSE() }
    if style.underline { attributes |= cnc_A_UNDERLINE() }
    let count = TerminalColors.all.count
    let pair =
      pairs.isEmpty
      ? 0
      : pairs[
        TerminalColors.index(of: style.foreground) * count
          + TerminalColors.index(of: style.background)]
    _ = cnc_mvwadd_wch(window, Int32(y), Int32(x), wchar_t(scalar), attributes, pair)
  }

  /// One pair per distinct (fg, bg) terminal-colour combination of every colour a view
  /// can use (at most 44 × 44), so drawing never allocates (terminal.md §2.4).
  private func allocatePairs() {
    guard tier != .mono else { return }
    let all = TerminalColors.all
    let limit = Int(cnc_COLOR_PAIRS()) - 1
    let fg = all.map {
      TerminalColors.number(for: $0, isForeground: true, tier: tier, theme: theme, colors: colors)
    }
    let bg = all.map {
      TerminalColors.number(for: $0, isForeground: false, tier: tier, theme: theme, colors: colors)
    }
    var assigned: [Int64: Int32] = [Int64(-1) << 32 | Int64(UInt32(bitPattern: -1)): 0]
    pairs = []
    pairs.reserveCapacity(all.count * all.count)
    for f in fg {
      for b in bg {
        let key = Int64(f) << 32 | Int64(UInt32(bitPattern: b))
        if let pair = assigned[key] {
          pairs.append(pair)
        } else if assigned.count <= limit, init_extended_pair(Int32(assigned.count), f, b) == OK {
          let pair = Int32(assigned.count)
          assigned[key] = pair
          pairs.append(pair)
        } else {
          pairs.append(0)  // a tiny pair table: fall back to the default colours
        }
      }
    }
  }

  /// What the crash guard writes: mouse reporting off, attributes reset, cursor on,
  /// keypad transmit off, main screen (terminal.md §2.9).
  private static func restoreSequence() -> [UInt8] {
    var bytes = Array("\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1003l\u{1b}[?1006l".utf8)
    for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      if let value = cnc_tigetstr(capability) {
        bytes += Array(String(cString: value).utf8)
      }
    }
    return bytes
  }
}
