#!/usr/bin/env bash
# Time `gradlab run` on a generated .jsh of N lines of plain statements (default 200000):
#   bench/long_script.sh [N]
# The script sums 0..N-1 one statement a line and prints the sum, which is checked.
set -euo pipefail
N="${1:-200000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
F=$(mktemp --suffix=.jsh)
trap 'rm -f "$F"' EXIT
{ echo 'double acc = 0;'; seq 0 $((N - 1)) | sed 's/.*/acc += &;/'; echo 'System.out.println(acc);'; } > "$F"
printf 'System.out.println(1);\n' > "$F.one.jsh"
t0=$(date +%s.%N); "$ROOT/gradlab" run "$F.one.jsh" >/dev/null; t1=$(date +%s.%N)
sum=$("$ROOT/gradlab" run "$F"); t2=$(date +%s.%N)
rm -f "$F.one.jsh"
expected=$(python3 -c "print(float($N*($N-1)//2))")
[[ "$(python3 -c "print(float('$sum'))")" == "$expected" ]] || { echo "wrong sum: $sum (expected $expected)" >&2; exit 1; }
awk -v n="$N" -v base="$(echo "$t1 - $t0" | bc)" -v all="$(echo "$t2 - $t1" | bc)" 'BEGIN {
  printf "%d lines: %.1f s; a one-line script: %.1f s; per line: %.3f ms\n", n, all, base, (all - base) * 1000 / n }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
