#!/usr/bin/env bash
# Live figures of the real binary in a private tmux server (issue 3 / issue 5):
# epochs per second at max speed, CPU while paused, bytes written per frame, and the
# frame cost the binary reports with PLAYGROUND_DEBUG_STATS=1.
# usage: scripts/measure-live.sh [binary] [size] [preset] [keys]   e.g. ... 160x48 spiral-deep
# keys are sent once the screen is up, before training starts (I: the activation panel).
#   preset `compare` measures compare mode (issue 13): three variants (tanh, ReLU, ELU) of
#   the big network (all seven features, 6 layers of 8, L2 0.001); the epochs per second
#   are each variant's.
set -euo pipefail
bin=${1:-.build/release/playground-tui}
# The default binary is built when missing (a fresh clone has none).
if [ "$bin" = .build/release/playground-tui ] && [ ! -x "$bin" ]; then swift build -c release --product playground-tui >/dev/null; fi
size=${2:-160x48}
preset=${3:-default}
keys=${4:-}
w=${size%x*}; h=${size#*x}
sock="measure-$$"
dir=$(mktemp -d)
tm() { tmux -L "$sock" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$dir"' EXIT
scenario=$preset
if [ "$preset" = compare ]; then
  scenario="$dir/compare-big.json"
  cat > "$scenario" <<'JSON'
{"version": 1, "name": "three variants of the big network",
 "features": ["x1", "x2", "x1Squared", "x2Squared", "x1TimesX2", "sinX1", "sinX2"],
 "hiddenLayers": [8, 8, 8, 8, 8, 8], "regularization": "l2", "regularizationRate": 0.001,
 "compare": [{"activation": "tanh"}, {"activation": "relu"}, {"activation": "elu"}]}
JSON
fi
tm new-session -d -s m -x "$w" -y "$h" \
  "env TERM=tmux-256color LANG=C.UTF-8 PLAYGROUND_DEBUG_STATS=1 $bin --preset $scenario --seed 2 2>$dir/stats"
epoch() { tm capture-pane -p -t m | grep -oE 'Epoch [0-9,]+' | head -1 | tr -dc 0-9; }
until [ -n "$(epoch)" ]; do sleep 0.2; done
if [ -n "$keys" ]; then tm send-keys -t m "$keys"; fi
pid=$(pgrep -P "$(tm display -p -t m '#{pane_pid}')" | head -1)
[ -n "$pid" ] || pid=$(tm display -p -t m '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
# Paused and idle.
sleep 1; t0=$(ticks); sleep 5; t1=$(ticks)
echo "paused: $(( (t1 - t0) * 100 / hz / 5 ))% CPU ($((t1 - t0)) ticks in 5 s)"
# Max speed: Space, then '>' until the top bar says max.
tm send-keys -t m Space
for _ in 1 2 3 4 5 6 7 8 9 10; do tm send-keys -t m '>'; done
sleep 1
tm pipe-pane -t m -o "cat > $dir/bytes"
e0=$(epoch); c0=$(ticks); s0=$(date +%s.%N)
sleep 5
e1=$(epoch); c1=$(ticks); s1=$(date +%s.%N)
tm pipe-pane -t m
bytes=$(wc -c < "$dir/bytes")
awk -v e0="$e0" -v e1="$e1" -v s0="$s0" -v s1="$s1" -v c="$((c1 - c0))" -v hz="$hz" -v b="$bytes" \
  'BEGIN { t = s1 - s0; printf "max speed at '"$size"' ('"$preset${keys:+, keys $keys}"'): %.0f epochs/s, %.0f%% CPU, %.0f bytes/s written (%.1f KB per frame at 30 fps)\n", (e1 - e0) / t, c / hz / t * 100, b / t, b / t / 30 / 1024 }'
tm send-keys -t m q
for _ in $(seq 50); do tm has-session -t m 2>/dev/null || break; sleep 0.1; done
cat "$dir/stats"
