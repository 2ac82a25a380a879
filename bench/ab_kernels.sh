#!/usr/bin/env bash
# A/B of the exercise CNN's fused convolution kernels alone (bench/MnistKernels.java): two engine
# jars (A = baseline, B = candidate) alternated, ROUNDS rounds of A then B, each a fresh JVM on
# one core (-XX:ActiveProcessorCount=1) printing thread CPU µs per batch of 64 for both layers'
# forward and backward passes at 28×28 and 24×24 (best of 30 × 50 calls).
# Usage: bench/ab_kernels.sh A_JAR B_JAR [ROUNDS=2]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
A=$1 B=$2 ROUNDS=${3:-2}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVAC=${JAVAC:-$(dirname "$JAVA")/javac}
CLASSES=$(mktemp -d)
trap 'rm -rf "$CLASSES"' EXIT
"$JAVAC" -nowarn -d "$CLASSES" --add-modules jdk.incubator.vector -cp "$A" \
  "$ROOT/bench/MnistKernels.java" 2>&1 | grep -v 'incubator' || true
run() {
  "$JAVA" -XX:ActiveProcessorCount=1 --add-modules jdk.incubator.vector -cp "$CLASSES:$1" \
    gradlab.tensor.MnistKernels "$2" 2>&1 | grep -v 'incubator modules'
}
echo "ab_kernels: A=$A B=$B rounds=$ROUNDS $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  for side in 28 24; do
    echo "round $r A $(run "$A" $side)"
    echo "round $r B $(run "$B" $side)"
  done
done
