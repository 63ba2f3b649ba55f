import ArgumentParser
import Glibc
import PlaygroundCore

/// Why a command could not do what it was asked; the kind decides the exit status.
enum CommandFailure: Error, Equatable {
  /// The command could not do its work (an unwritable `--output`): exit 1. The line goes
  /// to standard error.
  case runtime(String)
  /// A scenario file, data file or link that cannot be used, or no terminal for the
  /// playground (`TerminalRequirement`: the user's setup is input to the command too):
  /// exit 2. The lines go to standard error; none when the command has already printed
  /// them as it went.
  case badInput([String])
  /// Standard output's reader went away while SIGPIPE was ignored (EPIPE): exit 1 without
  /// a message, as quiet as the SIGPIPE that would otherwise have ended the process.
  case brokenPipe

  /// A failed write: one line naming the file and why, or a quiet broken pipe.
  init(_ failure: WriteFailure) {
    self = failure.isBrokenPipe ? .brokenPipe : .runtime("playground-tui: \(failure.message)")
  }

  /// What standard error gets, one line each.
  var lines: [String] {
    switch self {
    case .runtime(let line): return [line]
    case .badInput(let lines): return lines
    case .brokenPipe: return []
    }
  }
}

/// The exit status of every command, decided in one place (DESIGN.md §4): 0 success (a
/// diverged training run included: it is a result), 1 a runtime failure, 2 a bad scenario
/// or data file or no terminal for the playground, 64 a usage error
/// (swift-argument-parser's own).
enum ExitStatus {
  /// The command failed while running: an unwritable file.
  static let runtimeFailure: Int32 = 1
  /// A bad scenario or data file (or link), or no terminal for the playground.
  static let badInput: Int32 = 2

  /// The exit status for an error thrown while parsing or running a command: a
  /// ``CommandFailure`` by its kind, anything else (usage errors, `--help`, `ExitCode`) as
  /// swift-argument-parser decides.
  static func code(for error: any Error) -> Int32 {
    switch error {
    case CommandFailure.runtime, CommandFailure.brokenPipe: return runtimeFailure
    case CommandFailure.badInput: return badInput
    default: return PlaygroundCommand.exitCode(for: error).rawValue
    }
  }

  /// Reports `error` and ends the process with ``code(for:)``.
  static func exit(with error: any Error) -> Never {
    guard let failure = error as? CommandFailure else { exitAsArgumentParser(error) }
    for line in failure.lines { printError(line) }
    Glibc.exit(code(for: failure))
  }

  /// Prints usage, help or a usage error as swift-argument-parser does and exits with
  /// its code (the one `code(for:)` gives), except that a usage error quotes the command
  /// line with its control characters escaped and each line cut at 300 characters, and
  /// help that cannot be written is a runtime failure.
  private static func exitAsArgumentParser(_ error: any Error) -> Never {
    let text = PlaygroundCommand.fullMessage(for: error)
    let code = PlaygroundCommand.exitCode(for: error)
    if code.isSuccess {
      do {
        if !text.isEmpty { try printOutput(text + "\n") }
      } catch {
        exit(with: error)
      }
    } else if !text.isEmpty {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        printError(String(line).escapedForMessage(limit: 300))
      }
    }
    Glibc.exit(code.rawValue)
  }
}

extension PlaygroundCommand {
  /// Parses the command line and runs the command; every failure leaves through
  /// ``ExitStatus/exit(with:)``.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      ExitStatus.exit(with: error)
    }
  }
}
