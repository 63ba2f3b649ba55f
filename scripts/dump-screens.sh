#!/usr/bin/env bash
# ANSI pictures of the real binary's screens, to look at (`cat FILE` in a terminal, or
# tui-shot): the default scenario paused, its help, XOR trained, the presentation view and
# a diverged regression, at 80x24 and 160x48, with --color truecolor (256 colours unless
# a tmux-direct terminfo entry is installed), --color 16, --color mono, and without
# Unicode (LANG=C).
# Captured with `tmux capture-pane -e` from a private tmux server, so they show what the
# terminal shows. A tool, not a test: the test suite checks screens as cell buffers
# (ScreenSnapshotTests, ASCIIScreenTests, ExtremeValueTests).
#
# usage: scripts/dump-screens.sh OUTPUT-DIR [PATH-TO-playground-tui]
#   default binary: `swift build --show-bin-path` in $CONFIGURATION (debug unless set).
# Writes OUTPUT-DIR/<screen>-<W>x<H><variant>.ans, variant "", -16, -mono or -ascii.
set -euo pipefail
out=${1:?usage: scripts/dump-screens.sh OUTPUT-DIR [PATH-TO-playground-tui]}
root=$(cd "$(dirname "$0")/.." && pwd)
app=${2:-$(cd "$root" && swift build --show-bin-path -c "${CONFIGURATION:-debug}")/playground-tui}
[ -x "$app" ] || { echo "no binary at $app (swift build first)" >&2; exit 1; }
mkdir -p "$out"
sock="dump-screens-$$"
work=$(mktemp -d)
tm() { tmux -L "$sock" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# A regression at learning rate 10 diverges within a few epochs.
echo '{"version": 1, "name": "Diverged", "problem": "regression", "learningRate": 10, "seed": 1}' \
  >"$work/diverged.json"

screen() { tm capture-pane -p -t s; }

# wait_for TEXT: polls the screen until TEXT shows (at most 30 s).
wait_for() {
  for _ in $(seq 300); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "timed out waiting for '$1'" >&2
  return 1
}

# settle: waits until two captures 0.2 s apart are the same (a redraw has finished).
settle() {
  local last="" now
  for _ in $(seq 100); do
    now=$(tm capture-pane -p -e -t s)
    [ "$now" = "$last" ] && return 0
    last=$now
    sleep 0.2
  done
}

epoch() { screen | grep -oE 'Epoch [0-9,]+' | head -1 | tr -dc 0-9; }

# start VARIANT PRESET: the app in a fresh 80x24 session, in VARIANT's colours/locale.
start() {
  local colour=truecolor lang=C.UTF-8
  case $1 in
    -16) colour=16 ;;
    -mono) colour=mono ;;
    -ascii) lang=C ;;
  esac
  tm kill-session -t s 2>/dev/null || true
  tm new-session -d -s s -x 80 -y 24 \
    "env TERM=tmux-256color LANG=$lang LC_ALL=$lang '$app' --color $colour --preset '$2'; sleep 600"
  wait_for 'Epoch'
}

# shot NAME VARIANT: captures the current screen at both sizes.
shot() {
  for size in 80x24 160x48; do
    tm resize-window -t s -x "${size%x*}" -y "${size#*x}"
    settle
    tm capture-pane -p -e -t s >"$out/$1-$size$2.ans"
  done
  tm resize-window -t s -x 80 -y 24
  settle
}

for variant in "" -16 -mono -ascii; do
  start "$variant" default
  shot paused "$variant"
  tm send-keys -t s '?'
  wait_for 'closes'
  shot help "$variant"

  start "$variant" xor-hidden-layer
  for _ in 1 2 3 4 5 6 7 8 9 10; do tm send-keys -t s '>'; done
  tm send-keys -t s Space
  until [ "${e:=$(epoch)}" -ge 300 ] 2>/dev/null; do sleep 0.1; e=$(epoch); done
  unset e
  tm send-keys -t s Space
  settle
  shot xor "$variant"
  tm send-keys -t s f
  settle
  shot present "$variant"

  start "$variant" "$work/diverged.json"
  tm send-keys -t s Space
  wait_for 'Diverged'
  shot diverged "$variant"
done
ls "$out"
