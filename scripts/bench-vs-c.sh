#!/usr/bin/env bash
# Runs playground-bench and the plain C reference (scripts/mlp_ref.c, a copy of the
# project's shared/bench/mlp_ref.c) alternately and prints, per pair of neighbouring runs,
# both figures and the speed-up, then the medians. The machines are noisy; a ratio taken
# within seconds is what can be compared.
# Needs gcc and python3; builds the release bench first if it is missing.
# usage: scripts/bench-vs-c.sh [pairs] [bench-binary]    (MLP_REF=FILE.c: another reference)
set -euo pipefail
pairs=${1:-7}
here=$(cd "$(dirname "$0")/.." && pwd)
bench=${2:-$here/.build/release/playground-bench}
ref_src=${MLP_REF:-$here/scripts/mlp_ref.c}
ref=$(mktemp -d)/mlp_ref
gcc -O2 -o "$ref" "$ref_src" -lm
[ -x "$bench" ] || (cd "$here" && swift build -c release --product playground-bench >/dev/null)
for ((i = 1; i <= pairs; i++)); do
  b=$("$bench" --rounds 9 --json)
  cd_=$("$ref" default 10000)
  cb=$("$ref" big 2000)
  python3 - "$b" "$cd_" "$cb" <<'PY'
import json, sys
b = {w["name"]: w for w in json.loads(sys.argv[1])["workloads"]}
def c(line):
    kv = dict(x.split("=") for x in line.split())
    return 250 / float(kv["samples_per_s"]) * 1e6, float(kv["grid_us"])
for name, line in (("default", sys.argv[2]), ("big", sys.argv[3])):
    ce, cg = c(line)
    s = b[name]
    print(f"{name:8} swift epoch {s['epochMicros']:8.1f} us grid {s['gridMicros']:8.1f} us | "
          f"C epoch {ce:8.1f} us grid {cg:8.1f} us | epoch x{ce / s['epochMicros']:5.2f} grid x{cg / s['gridMicros']:5.2f}")
PY
done | tee "$(dirname "$ref")/rows"
python3 - "$(dirname "$ref")/rows" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    nums = [float(x) for x in re.findall(r"[0-9]+\.[0-9]+", line)]
    rows.setdefault(line.split()[0], []).append(nums)
for name, r in rows.items():
    m = [statistics.median(col) for col in zip(*r)]
    print(f"median {name:8} swift epoch {m[0]:.1f} us grid {m[1]:.1f} us | C epoch {m[2]:.1f} us"
          f" grid {m[3]:.1f} us | epoch x{m[4]:.2f} (range {min(x[4] for x in r):.2f}-{max(x[4] for x in r):.2f})"
          f" grid x{m[5]:.2f} (range {min(x[5] for x in r):.2f}-{max(x[5] for x in r):.2f})")
PY
