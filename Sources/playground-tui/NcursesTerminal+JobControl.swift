import CNcurses
import Glibc

/// The terminal modes the playground runs in, and job control: Ctrl-Z gives the shell a
/// normal terminal back, and `fg` (or any SIGCONT) sets every mode again.
extension NcursesTerminal {
  /// Sets every mode the playground runs in: cbreak, no echo, no newline translation,
  /// keypad transmit, non-blocking reads, an invisible cursor, mouse reports, and no
  /// XON/XOFF flow control (Ctrl-S would freeze the display with no sign of why).
  ///
  /// The tty modes are then saved as ncurses' program mode, so `reset_prog_mode` (and
  /// the `doupdate` after an `endwin`) restore all of them; `endwin` restores the modes
  /// `newterm` found, flow control included.
  static func setModes(_ window: UnsafeMutablePointer<WINDOW>) {
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = nodelay(window, true)
    _ = curs_set(0)
    _ = set_escdelay(25)
    _ = mouseinterval(0)
    _ = mousemask(cnc_ALL_MOUSE_EVENTS(), nil)
    var modes = termios()
    if tcgetattr(STDOUT_FILENO, &modes) == 0 {
      modes.c_iflag &= ~tcflag_t(IXON)
      _ = tcsetattr(STDOUT_FILENO, TCSANOW, &modes)
    }
    _ = def_prog_mode()
  }

  /// Carries out a Ctrl-Z or a continue the signal sources reported.
  func takeJobControl() {
    if flags.suspend.exchange(false, ordering: .acquiring) { suspend() }
    if flags.continued.exchange(false, ordering: .acquiring) { resume() }
  }

  /// Ctrl-Z: restores the terminal as on exit (the shell's tty modes, flow control
  /// included; the main screen; cursor shown; mouse and keypad off), stops, and resumes
  /// after `fg`.
  private func suspend() {
    guard !isShutDown else { return }
    SignalSources.allowingBackgroundTerminalChanges { _ = endwin() }
    SignalSources.stopAsCtrlZWould()
    resume()
  }

  /// Sets every terminal mode the playground uses again and redraws everything, after
  /// Ctrl-Z and `fg`, or a SIGSTOP and SIGCONT it did not see coming (the shell, or a
  /// program run meanwhile, may have changed any of them).
  ///
  /// ncurses' own resume (the `doupdate` after `endwin`) leaves keypad transmit off, so
  /// ↑ arrived as `ESC [ A` and its `A` changed the activation (issue 11). Only mouse
  /// reporting is switched off and on again here, so running this twice (our own `fg` and
  /// its SIGCONT) cannot garble a key typed meanwhile.
  private func resume() {
    guard !isShutDown else { return }
    if isendwin() { _ = doupdate() }
    _ = reset_prog_mode()  // cbreak, no echo, no newline translation, no flow control
    _ = keypad(window, true)
    // Sent directly: ncurses sends nothing for a mode it believes is set, and `putp` goes
    // through stdio's buffer, flushed only at exit (after `endwin` left the screen).
    for capability in ["smcup", "civis"] {
      if let value = cnc_tigetstr(capability) { _ = write(STDOUT_FILENO, value, strlen(value)) }
    }
    _ = mousemask(0, nil)
    _ = mousemask(cnc_ALL_MOUSE_EVENTS(), nil)
    flags.resized.store(true, ordering: .releasing)  // clear, and redraw at today's size
  }
}
