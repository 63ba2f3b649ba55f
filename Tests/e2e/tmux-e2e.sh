#!/usr/bin/env bash
# End-to-end tests of the real binary in a real pty (terminal.md §4.2–4.3): a private tmux
# server, a fixed size, keys and signals sent from outside, the screen polled for what we
# expect (never a fixed sleep for a result), and the terminal modes checked after exit.
#
# usage: Tests/e2e/tmux-e2e.sh [PATH-TO-playground-tui]
#   default: the binary of `swift build --show-bin-path`, in the configuration named by
#   $CONFIGURATION (debug unless set; CONFIGURATION=release tests the release binary).
# Prints one line per check and finally "N passed, M failed"; exits 1 on any failure.
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -gt 0 ]; then
  app=$1
else
  app=$(cd "$root" && swift build --show-bin-path -c "${CONFIGURATION:-debug}")/playground-tui
fi
pass=0
fail=0

if ! command -v tmux >/dev/null; then
  echo "FAIL tmux is not installed (apt-get install tmux)"
  echo "0 passed, 1 failed"
  exit 1
fi
if ! command -v perl >/dev/null; then
  echo "FAIL perl is not installed (Debian's perl-base has what this needs)"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -x "$app" ]; then
  echo "FAIL no binary at $app (run 'swift build' in that configuration first)"
  echo "0 passed, 1 failed"
  exit 1
fi

server="pgtui-e2e-$$-$RANDOM"
socket=$server
work=$(mktemp -d)
sessions=""  # the session id (= pane pid) of every pane started, for cleanup
tm() { tmux -L "$socket" "$@"; }
# Kills both servers, then whatever is still running in a session the tests started (an app
# that failed to quit, a wrapper that outlived its pane): a test run leaves nothing.
cleanup() {
  tmux -L "$server" kill-server 2>/dev/null
  tmux -L "$server-hup" kill-server 2>/dev/null
  for sid in $sessions; do pkill -KILL -s "$sid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# unblocked COMMAND...: runs COMMAND with no signal blocked. A process started from a
# libdispatch worker thread (as `swift test` starts this script) inherits nearly every
# signal blocked, and a tmux server hands its mask on to every pane: SIGHUP then did not
# end the wrappers when their pane went (they stayed behind), and Ctrl-\, Ctrl-Z or a
# SIGUSR1 would not reach a program as they do from a real terminal.
unblocked() {
  perl -MPOSIX -e 'sigprocmask(SIG_SETMASK, POSIX::SigSet->new) or die "sigprocmask: $!";
    exec { $ARGV[0] } @ARGV or die "exec $ARGV[0]: $!"' "$@"
}

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
  fail=$((fail + 1))
  echo "FAIL $1"
  echo "---- screen of $session ----"
  tm capture-pane -p -t "$session" 2>/dev/null | sed -e 's/^/| /' | head -40
  echo "----"
}
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }

# launch NAME SHELL-COMMAND: a new session running SHELL-COMMAND, with no signal blocked.
launch() {
  session=$1
  unblocked tmux -L "$socket" new-session -d -s "$session" -x 100 -y 30 "$2"
  sessions+=" $(tm display -p -t "$session" '#{pane_pid}')"
}

# wrapper NAME COMMAND-LINE: writes $work/NAME/run.sh, which runs COMMAND-LINE (a bash
# command line; "$app" is the binary) and records the tty modes before and after and the
# exit status (of the first command of a pipeline). `trap : INT` keeps the wrapper alive
# on Ctrl-C without giving the app an ignored SIGINT; no core files for the signals that
# would write one.
wrapper() {
  dir="$work/$1"
  mkdir -p "$dir"
  cat >"$dir/run.sh" <<WRAPPER
stty -g > '$dir/before'
trap : INT
ulimit -c 0
app='$app'
$2
echo \${PIPESTATUS[0]} > '$dir/rc'
stty -g > '$dir/after'
WRAPPER
}

# run NAME COMMAND-LINE: runs the wrapper in a new session, which then stays open so the
# pane's modes can be read.
run() {
  wrapper "$1" "$2"
  launch "$1" "bash '$dir/run.sh'; exec sleep 600"
}

# start NAME [ENV=VALUE...] -- [ARGS...]: runs the app with a known terminal and locale,
# the Swift backtracer off, then ENV (which may override those) and ARGS.
start() {
  local name=$1
  shift
  local envs=() args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  run "$name" "env -u LC_ALL -u LC_MESSAGES -u LC_CTYPE TERM=tmux-256color LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no ${envs[*]:-} \"\$app\" ${args[*]:-}"
}

screen() { tm capture-pane -p -J -t "$session" 2>/dev/null; }
modes() {
  tm display -p -t "$session" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}'
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT shows.
wait_for() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

# wait_gone TEXT [SECONDS]: polls the screen until TEXT no longer shows.
wait_gone() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    screen | grep -qF -- "$1" || return 0
    sleep 0.1
  done
  return 1
}

# wait_for_pattern REGEX [SECONDS]: polls the screen until a line matches REGEX.
wait_for_pattern() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    screen | grep -qE -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

# wait_modes MODES [SECONDS]: polls the pane's modes until they are MODES.
wait_modes() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(modes)" = "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

# epoch: the number after "Epoch " on the screen (commas removed), or -1.
epoch() {
  local e
  e=$(tm capture-pane -p -t "$session" | grep -o 'Epoch [0-9,]*' | head -1 | tr -dc '0-9')
  echo "${e:--1}"
}

# wait_epoch_above N [SECONDS]
wait_epoch_above() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(epoch)" -gt "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

# wait_exit [SECONDS]: waits for the wrapper to record the exit status.
wait_exit() {
  local deadline=$((SECONDS + ${1:-15}))
  while [ $SECONDS -lt $deadline ]; do
    [ -s "$dir/after" ] && return 0
    sleep 0.1
  done
  return 1
}

# app_pid: the app running in the session's pane (the pane is its session leader).
app_pid() { pgrep -s "$(tm display -p -t "$session" '#{pane_pid}')" -x playground-tui; }

# restored LABEL EXPECTED-RC: exit status and every terminal mode back as before.
restored() {
  check "$1: exits" "wait_exit"
  check "$1: exit status $2" "[ \"\$(cat '$dir/rc' 2>/dev/null)\" = '$2' ]"
  local now
  now=$(modes)
  check "$1: alternate screen off, cursor on, mouse and keypad off ($now)" "[ '$now' = '0 1 0 0' ]"
  check "$1: tty modes as before (stty -g)" "cmp -s '$dir/before' '$dir/after'"
  tm kill-session -t "$session" 2>/dev/null
}

# 1. Start, train, resize, quit with q.
start main
check "starts and shows Epoch 0" "wait_for 'Epoch 0'"
tm send-keys -t "$session" Space
check "Space starts training" "wait_epoch_above 0"
first=$(epoch)
check "the epoch counter keeps growing (was $first)" "wait_epoch_above $first"
for size in 80x24 40x10 10x3 100x30; do
  tm resize-window -t "$session" -x "${size%x*}" -y "${size#*x}"
  sleep 0.3  # let a few frames pass at this size
  check "survives a resize to $size" "[ ! -s '$dir/rc' ] && app_pid >/dev/null"
done
check "redraws after growing back" "wait_for 'Epoch'"
rows=$(tm capture-pane -p -t "$session" | grep -c 'Epoch')
check "no stale copies of the top bar after resizing ($rows)" "[ $rows -eq 1 ]"
tm send-keys -t "$session" Space
tm send-keys -t "$session" q
restored "q" 0

# 2. SIGTERM while training.
start term
wait_for 'Epoch 0'
tm send-keys -t "$session" Space
wait_epoch_above 0
kill -TERM "$(app_pid)" 2>/dev/null
restored "SIGTERM" 0

# 3. Ctrl-C.
start ctrlc
wait_for 'Epoch 0'
tm send-keys -t "$session" C-c
restored "Ctrl-C" 0

# 4. SIGHUP.
start hup
wait_for 'Epoch 0'
kill -HUP "$(app_pid)" 2>/dev/null
restored "SIGHUP" 0

# 5. A crash (a Swift trap after the first frame) still restores the terminal.
start crash PLAYGROUND_DEBUG_CRASH=1
wait_exit
code=$(cat "$dir/rc" 2>/dev/null)
check "crash: exits with a signal status ($code)" "[ '${code:-0}' -gt 128 ]"
restored "crash" "$code"

# 6. NO_COLOR: no colour escapes at all (39/49, "default colour", are not colours;
#    tmux writes them beside bold and reverse).
start mono NO_COLOR=1
wait_for 'Epoch 0'
colours=$(tm capture-pane -p -e -t "$session" | grep -cE $'\e\\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]')
check "NO_COLOR draws without colours ($colours coloured lines)" "[ $colours -eq 0 ]"
tm send-keys -t "$session" q
restored "mono q" 0

# 6b. A lesson given by name shows its place in the lecture; ] loads the next one.
start lesson -- --preset xor-linear
check "a lesson shows its place in the lecture" "wait_for '[] 2/'"
tm send-keys -t "$session" ']'
check "] loads the next lesson" "wait_for '[] 3/'"
tm send-keys -t "$session" q
restored "lesson q" 0

# 6c. A TensorFlow Playground link opens with its seed string; u shows the link and copies
#     it with OSC 52: with tmux's set-clipboard on, the escape becomes tmux's paste buffer,
#     so the buffer holding the link shows the escape reached the terminal whole.
link='https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.45454&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false'
start link -- --tf-url "'$link'"
check "a link opens" "wait_for 'Epoch 0'"
tm set-option -g set-clipboard on
tm send-keys -t "$session" u
check "u shows the link" "wait_for 'TensorFlow Playground link'"
check "u says the link was copied" "wait_for 'Copied to the clipboard (OSC 52)'"
check "the OSC 52 escape set the clipboard to the link" \
  "[ \"\$(tm show-buffer 2>/dev/null)\" = '$link' ]"
tm send-keys -t "$session" Escape
check "Esc closes the link" "wait_gone 'TensorFlow Playground link'"
tm send-keys -t "$session" q
restored "link q" 0

type_line() { tm send-keys -t "$session" -l "$1"; tm send-keys -t "$session" Enter; }

# 6c'. A link pasted into the preset picker (p, u) opens with the link's seed string, as
#      --tf-url does: the data panel then names the page's seed (at 160x48 it has room).
start picklink -- --seed 7
wait_for 'Epoch 0'
tm resize-window -t "$session" -x 160 -y 48
wait_for 'seed 7'
tm send-keys -t "$session" p
check "p opens the picker, which names u" "wait_for 'u link'"
tm send-keys -t "$session" u
check "u asks for a link" "wait_for 'TensorFlow Playground link:'"
type_line "$link"
check "the pasted link opens with its seed" "wait_for 'seed 0.45454'"
check "the prompt closes" "wait_gone 'TensorFlow Playground link:'"
tm send-keys -t "$session" q
restored "picker link q" 0

# 6d. Points by hand (issue 15): o opens edit mode, Space adds a point at the cursor,
#     Enter hands the points over, S saves them in the scenario file.
start edit -- --preset my-points
wait_for 'Epoch 0'
tm send-keys -t "$session" o
check "o opens edit mode" "wait_for 'EDIT POINTS'"
check "edit mode counts the points" "wait_for '12 train, 6 test'"
tm send-keys -t "$session" Up Right Space
check "Space adds a point at the cursor" "wait_for 'x 0.500  y 0.500  13 train, 6 test'"
tm send-keys -t "$session" Enter
check "Enter leaves edit mode" "wait_gone 'EDIT POINTS'"
tm send-keys -t "$session" S
wait_for 'Save as'
type_line "$work/edited.json"
check "S saves the edited points" "wait_for 'Saved'"
saved=$(grep -c '^      \[' "$work/edited.json" 2>/dev/null)
check "the saved scenario holds the 19 points ($saved)" "[ '${saved:-0}' = 19 ]"
tm send-keys -t "$session" q
restored "edit q" 0

# 6e. Three classes: one colour per class, named in the legend.
start classes -- --preset three-classes --color 256
check "three classes: the legend names them" "wait_for '■0 ■1 ■2'"
tm send-keys -t "$session" q
restored "classes q" 0

# 7. Ctrl-S is a key, not XON/XOFF flow control: the display keeps changing after it
#    (it froze with no sign), and flow control is back on after exit (stty -g).
start ctrl-s
wait_for 'Epoch 0'
tm send-keys -t "$session" C-s
tm send-keys -t "$session" Space
check "Ctrl-S: the display keeps going (training shows)" "wait_epoch_above 0"
tm send-keys -t "$session" q
restored "Ctrl-S" 0

# 8. Ctrl-\ (SIGQUIT), with the Swift backtracer on as users have it: the terminal is
#    restored first, then the program ends by SIGQUIT (128 + 3); no backtrace over the
#    screen, no 30 s wait, no carrying on with a broken screen.
start quit SWIFT_BACKTRACE=enable=yes
wait_for 'Epoch 0'
tm send-keys -t "$session" Space
wait_epoch_above 0
tm send-keys -t "$session" 'C-\'
restored "Ctrl-\\ (SIGQUIT)" 131

# 9. Other signals whose default action ends the process: restored, then ended by them.
for sig in USR1 PIPE ALRM; do
  start "sig-$sig"
  wait_for 'Epoch 0'
  kill -"$sig" "$(app_pid)" 2>/dev/null
  restored "SIG$sig" $((128 + $(kill -l "$sig")))
done
# The same when the parent left the signal blocked (as a libdispatch worker thread does).
run sig-blocked "perl -MPOSIX -e 'sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGUSR1)) or die;
  exec { \$ARGV[0] } @ARGV' env TERM=tmux-256color LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no \"\$app\""
wait_for 'Epoch 0'
kill -USR1 "$(app_pid)" 2>/dev/null
restored "SIGUSR1, blocked by the parent" 138

# 10. Ctrl-Z, then fg, in an interactive shell: every mode is set again and ↑ is an arrow
#     (keypad mode stayed off, so ↑ came as ESC [ A and its A changed the activation).
shell="env -i PATH='$PATH' HOME='$work' TERM=tmux-256color LANG=C.UTF-8 PS1='shell\$ '"
shell+=" bash --norc --noprofile -i"
stopped() { [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" = T ]; }
wait_stopped() {
  local deadline=$((SECONDS + 15))
  while [ $SECONDS -lt $deadline ]; do stopped "$1" && return 0; sleep 0.1; done
  return 1
}
dir="$work/jobs"
mkdir -p "$dir"
launch jobs "$shell"
wait_for 'shell$'
type_line "stty -g > '$dir/before'"
type_line "SWIFT_BACKTRACE=enable=no '$app'"
wait_for 'Epoch 0'
check "Ctrl-Z: runs with the alternate screen, no cursor, mouse and keypad on" \
  "wait_modes '1 0 1 1'"
tm send-keys -t "$session" C-z
check "Ctrl-Z: stops and gives the shell back" "wait_for 'Stopped'"
check "Ctrl-Z: the terminal is restored while stopped" "wait_modes '0 1 0 0'"
tty=$(tm display -p -t "$session" '#{pane_tty}')
check "Ctrl-Z: flow control is back on while stopped" "stty -F '$tty' -a | grep -qw ixon"
type_line fg
check "fg: every mode is set again (alternate screen, cursor, mouse, keypad)" \
  "wait_modes '1 0 1 1'"
check "fg: flow control is off again" "stty -F '$tty' -a | grep -qw -- -ixon"
check "fg: redrawn" "wait_for 'Epoch 0'"
tm send-keys -t "$session" Up
check "fg, then ↑: a neuron is added to the first layer" "wait_for_pattern 'FEATURES 1-7 +5 +2'"
check "fg, then ↑: the activation did not change" "screen | grep -qE 'aA? Tanh'"
tm send-keys -t "$session" Right Up
check "fg, then → and ↑: the selection moved to the second layer" \
  "wait_for_pattern 'FEATURES 1-7 +5 +3'"
tm send-keys -t "$session" q
wait_for 'shell$ $'
type_line "echo \$? > '$dir/rc'; stty -g > '$dir/after'"
restored "Ctrl-Z, fg, q" 0

# 10b. The same under a wrapper (as `swift run` runs it): Ctrl-Z stops the wrapper at
#      once and the shell takes the terminal back before the program has restored it;
#      the program must still stop, and come back whole on fg.
wrapper jobs-wrapped 'SWIFT_BACKTRACE=enable=no "$app"'
launch jobs-wrapped "$shell"
wait_for 'shell$'
type_line "bash '$dir/run.sh'"
wait_for 'Epoch 0'
pid=$(app_pid)
tm send-keys -t "$session" C-z
check "wrapped Ctrl-Z: the program stops" "wait_stopped '${pid:-0}'"
check "wrapped Ctrl-Z: the terminal is restored while stopped" "wait_modes '0 1 0 0'"
type_line fg
check "wrapped fg: every mode is set again" "wait_modes '1 0 1 1'"
tm send-keys -t "$session" Up
check "wrapped fg, then ↑: a neuron is added" "wait_for_pattern 'FEATURES 1-7 +5 +2'"
tm send-keys -t "$session" q
restored "wrapped Ctrl-Z, fg, q" 0

# 11. No terminal, no screen: stdout a pipe, stdin and stdout not terminals, a terminal
#     type that cannot move the cursor, none, or an unknown one. Each exits 2 at once
#     with one line saying what is missing, writing nothing else and touching no mode.
no_terminal() {  # NAME EXPECTED-MESSAGE COMMAND-LINE
  run "$1" "$3"
  check "$1: says what is missing" "wait_for '$2'"
  restored "$1" 2
}
no_terminal pipe 'standard output is not a terminal' \
  'env TERM=tmux-256color LANG=C.UTF-8 "$app" | cat'
no_terminal file 'standard input and standard output are not terminals' \
  "env TERM=tmux-256color LANG=C.UTF-8 \"\$app\" </dev/null >'$work/file.out'"
check "file: nothing written to the file" "[ -e '$work/file.out' ] && [ ! -s '$work/file.out' ]"
no_terminal dumb 'TERM=dumb cannot move the cursor' 'env TERM=dumb LANG=C.UTF-8 "$app"'
no_terminal no-term 'TERM is not set' 'env -u TERM LANG=C.UTF-8 "$app"'
no_terminal unknown 'unknown terminal type (TERM=no-such-terminal)' \
  'env TERM=no-such-terminal LANG=C.UTF-8 "$app"'
check "subcommands still run without a terminal" \
  "'$app' train --epochs 1 --seed 1 </dev/null >/dev/null 2>&1"

# 12. The terminal hangs up and no SIGHUP reaches the program (its shell ignores it and
#     stays): it quits with status 0 at once instead of running on, orphaned, at full
#     CPU. A server of its own, as killing it is the test.
socket="$server-hup"
dir="$work/hangup"
mkdir -p "$dir"
cat >"$dir/run.sh" <<WRAPPER
trap '' HUP
env TERM=tmux-256color LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no '$app' --preset spiral-deep
echo \$? > '$dir/rc'
WRAPPER
launch hangup "sh '$dir/run.sh'"
wait_for 'Epoch 0'
tm send-keys -t "$session" Space
wait_epoch_above 0
pid=$(app_pid)
tm kill-server
deadline=$((SECONDS + 10))
while [ $SECONDS -lt $deadline ] && [ ! -s "$dir/rc" ]; do sleep 0.1; done
check "hang-up without SIGHUP: the program ends" "[ -s '$dir/rc' ] && ! kill -0 '${pid:-0}' 2>/dev/null"
check "hang-up without SIGHUP: exit status 0" "[ \"\$(cat '$dir/rc' 2>/dev/null)\" = 0 ]"
socket=$server

# 12b. The language. LANG=ru_RU.UTF-8 speaks Russian even where that locale is not
#    installed (C.UTF-8 then stands in for the character set, so Cyrillic and box lines
#    are drawn: without UTF-8 the screen would be ASCII and English); --lang en wins; without any UTF-8 locale --lang ru is English and
#    says why (Cyrillic is not ASCII).
start russian LANG=ru_RU.UTF-8
check "LANG=ru_RU.UTF-8 shows Эпоха" "wait_for 'Эпоха 0'"
check "LANG=ru_RU.UTF-8 shows Признаки" "wait_for 'Признаки'"
check "LANG=ru_RU.UTF-8 draws in UTF-8, not ASCII" "wait_for '│ l LR'"
tm send-keys -t "$session" q
restored "Russian q" 0

start english LANG=ru_RU.UTF-8 -- --lang en
check "--lang en shows Epoch under LANG=ru_RU.UTF-8" "wait_for 'Epoch 0'"
tm send-keys -t "$session" q
restored "English q" 0

start ascii LANG=C -- --lang ru
check "--lang ru without UTF-8 is English" "wait_for 'Epoch 0'"
check "--lang ru without UTF-8 says why" "wait_for 'needs a UTF-8 locale'"
tm send-keys -t "$session" q
restored "ASCII q" 0

# 12b. The backprop inspector (issue 14): i pauses training and opens it on point 0,
#      PgDn picks the next point, n walks forward, the card (k) and the activation panel
#      (I) open, q quits from inside.
start inspector -- --preset backprop-walk
wait_for 'Epoch 0'
tm send-keys -t "$session" Space
wait_epoch_above 0
tm send-keys -t "$session" i
check "i opens the inspector" "wait_for 'forward: layer 1'"
check "i pauses training" "wait_for '‖ Epoch'"
tm send-keys -t "$session" NPage
check "PgDn picks the next training point" "wait_for 'Point 1 of 0'"
tm send-keys -t "$session" n n
check "n walks to the loss" "wait_for 'L = ½(o − t)²'"
tm send-keys -t "$session" k
check "k opens the chain-rule card" "wait_for 'CHAIN RULE'"
tm send-keys -t "$session" Escape I
check "I opens the activation panel" "wait_for 'ACTIVATION tanh'"
tm send-keys -t "$session" q
restored "inspector q" 0

# 12c. Compare mode (issue 13): a compare preset opens in it with a panel per variant and
#     the loss chart; Space trains every variant; C brings the single run back; C opens the
#     chooser, Enter starts the highlighted exercise, Esc leaves it.
start compare -- --preset compare-tanh-relu
check "a compare preset opens in compare mode" "wait_for 'C single'"
check "its variants are titled with what differs" "wait_for 'Tanh' && wait_for 'ReLU'"
tm send-keys -t "$session" Space
check "Space trains the variants" "wait_epoch_above 5"
tm send-keys -t "$session" C
check "C leaves compare mode for the single run" "wait_for 'Back to the single run'"
check "the single run comes back at epoch 0" "wait_for 'Epoch 0' && wait_for 'Tab weights'"
tm send-keys -t "$session" C
check "C opens the chooser" "wait_for 'Vary'"
tm send-keys -t "$session" Down Down Enter
check "Enter compares the batch sizes" "wait_for 'batch 1 (SGD)' && wait_for 'C single'"
tm send-keys -t "$session" Escape
check "Esc leaves compare mode" "wait_for 'Tab weights'"
tm send-keys -t "$session" q
restored "compare q" 0

# 13. Nothing is left behind: once the server is gone, no process of any session the tests
#     started remains (under `swift test` the wrappers sleeping in their panes stayed).
tmux -L "$server" kill-server 2>/dev/null
left_behind() {
  local sid
  for sid in $sessions; do pgrep -s "$sid"; done
}
deadline=$((SECONDS + 10))
while [ $SECONDS -lt $deadline ] && [ -n "$(left_behind)" ]; do sleep 0.1; done
check "no process is left behind ($(left_behind | wc -l) left)" "[ -z \"\$(left_behind)\" ]"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
