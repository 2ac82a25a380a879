#!/usr/bin/env bash
# A/B of the exercise CNN's training step: two engine jars (A = baseline, B = candidate)
# alternated, ROUNDS rounds of A then B, each a fresh JVM running bench/MnistStep.java
# (a warm-up run, then STEPS timed steps per configuration). Prints every sample and, per
# configuration, per round B's CPU µs per example over A's (a ratio < 1 = B costs less CPU) and
# B's wall-clock examples/s over A's (a ratio > 1 = B is faster). Kernel changes show best in the
# former; a change in how threads wait (spinning) costs CPU by design and shows only in the latter.
# Usage: bench/ab_mnist.sh A_JAR B_JAR [ROUNDS=3] [STEPS=300] [DATA=$XDG_CACHE_HOME/gradlab/mnist]
# JVM options for one side only: OPTS_A / OPTS_B (e.g. OPTS_B=-Dgradlab.parallel.spin=false), so
# that one jar can be compared with itself under two settings.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
A=$1 B=$2 ROUNDS=${3:-3} STEPS=${4:-300}
DATA=${5:-${XDG_CACHE_HOME:-$HOME/.cache}/gradlab/mnist}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# the build's class path without any engine jar (it may name another checkout's)
DEPS=$(tr ':' '\n' <"$ROOT/repl/target/classpath.txt" | grep -v 'gradlab-engine' | paste -sd:)
run() {
  # shellcheck disable=SC2086 # the options are a word list
  "$JAVA" $2 --add-modules jdk.incubator.vector -cp "$1:$DEPS" "$ROOT/bench/MnistStep.java" \
    "$DATA" "$STEPS" 2>&1 | grep -v 'incubator modules'
}
echo "ab_mnist: A=$A ${OPTS_A:-} B=$B ${OPTS_B:-} rounds=$ROUNDS steps=$STEPS $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a RA RB
for ((r = 1; r <= ROUNDS; r++)); do
  RA[r]=$(run "$A" "${OPTS_A:-}"); echo "round $r A: ${RA[r]}"
  RB[r]=$(run "$B" "${OPTS_B:-}"); echo "round $r B: ${RB[r]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for cfg in 28x28 24x24-crop 24x24-aug; do
  ratios=() walls=()
  for ((r = 1; r <= ROUNDS; r++)); do
    a=$(grep -o "$cfg [0-9]* ex/s [0-9.]*" <<<"${RA[r]}" | awk '{print $4}')
    b=$(grep -o "$cfg [0-9]* ex/s [0-9.]*" <<<"${RB[r]}" | awk '{print $4}')
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b/a}')")
    wa=$(grep -o "$cfg [0-9]* ex/s" <<<"${RA[r]}" | awk '{print $2}')
    wb=$(grep -o "$cfg [0-9]* ex/s" <<<"${RB[r]}" | awk '{print $2}')
    walls+=("$(awk -v a="$wa" -v b="$wb" 'BEGIN{printf "%.2f", b/a}')")
  done
  echo "$cfg: CPU per example B/A by round: ${ratios[*]}; examples/s B/A: ${walls[*]}"
done
