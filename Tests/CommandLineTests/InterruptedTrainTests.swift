import Foundation
import Testing

/// `train --output` stopped by a signal part-way leaves the path as it was and no
/// temporary file behind, and ends as the signal would have.
@Suite struct InterruptedTrainTests {
  @Test(arguments: ["TERM", "HUP"])
  func aSignalLeavesNoTemporaryFile(signal: String) throws {
    let directory = try CLI.temporaryDirectory()
    // perl clears the signal mask the test runner's thread may hand down, then runs
    // train in the background; the script waits for its temporary file, signals it and
    // reports its status and what is left in the folder.
    let script = """
      perl -MPOSIX -e 'sigprocmask(SIG_SETMASK, POSIX::SigSet->new()); exec @ARGV' \\
        "$BIN" train --preset spiral-deep --epochs 100000000 --output r.csv &
      pid=$!
      for i in $(seq 300); do ls -A | grep -q pgtui && break; sleep 0.05; done
      kill -\(signal) $pid
      # Bounded: a train that ignores the signal is killed after 20 s and reported.
      for i in $(seq 400); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done
      kill -KILL $pid 2>/dev/null && echo "still running"
      wait $pid
      echo "status $?"
      ls -A
      """
    let result = try CLI.shell(script, in: directory)
    let expected = 128 + (signal == "TERM" ? 15 : 1)
    #expect(result.stdout == "status \(expected)\n", "\(result.stdout)\(result.stderr)")
  }
}
