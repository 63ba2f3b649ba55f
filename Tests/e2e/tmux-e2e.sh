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
if [ ! -x "$app" ]; then
  echo "FAIL no binary at $app (run 'swift build' in that configuration first)"
  echo "0 passed, 1 failed"
  exit 1
fi

server="pgtui-e2e-$$-$RANDOM"
work=$(mktemp -d)
tm() { tmux -L "$server" "$@"; }
cleanup() {
  tm kill-server 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
  fail=$((fail + 1))
  echo "FAIL $1"
  echo "---- screen of $session ----"
  tm capture-pane -p -t "$session" 2>/dev/null | sed -e 's/^/| /' | head -40
  echo "----"
}
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }

# start NAME [ENV=VALUE...] -- [ARGS...]: runs the app in a new session under a wrapper
# that records the tty modes before and after and the exit status, then stays open so
# the pane's modes can be read. `trap : INT` keeps the wrapper alive on Ctrl-C without
# giving the app an ignored SIGINT.
start() {
  session=$1
  shift
  local envs=() args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  dir="$work/$session"
  mkdir -p "$dir"
  local cmd="stty -g > '$dir/before'; trap : INT;"
  cmd+=" env -u LC_ALL -u LC_MESSAGES -u LC_CTYPE TERM=tmux-256color LANG=C.UTF-8"
  cmd+=" SWIFT_BACKTRACE=enable=no ${envs[*]:-} '$app' ${args[*]:-}; echo \$? > '$dir/rc';"
  cmd+=" stty -g > '$dir/after'; sleep 600"
  tm new-session -d -s "$session" -x 100 -y 30 "$cmd"
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT shows.
wait_for() {
  local deadline=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $deadline ]; do
    tm capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$1" && return 0
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

app_pid() { pgrep -P "$(tm display -p -t "$session" '#{pane_pid}')" -x playground-tui; }

# restored LABEL EXPECTED-RC: exit status and every terminal mode back as before.
restored() {
  check "$1: exits" "wait_exit"
  check "$1: exit status $2" "[ \"\$(cat '$dir/rc' 2>/dev/null)\" = '$2' ]"
  local modes
  modes=$(tm display -p -t "$session" '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}')
  check "$1: alternate screen off, cursor on, mouse and keypad off ($modes)" "[ '$modes' = '0 1 0 0' ]"
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

# 7. A lesson given by name shows its place in the lecture; ] loads the next one.
start lesson -- --preset xor-linear
check "a lesson shows its place in the lecture" "wait_for '[] 2/'"
tm send-keys -t "$session" ']'
check "] loads the next lesson" "wait_for '[] 3/'"
tm send-keys -t "$session" q
restored "lesson q" 0

# 8. The language. LANG=ru_RU.UTF-8 speaks Russian even where that locale is not
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

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
