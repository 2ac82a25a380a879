#!/usr/bin/env bash
# The derivation checker over tests/src/test/resources/derivations/published/* and the seeds'
# worked solutions (../shared/seeds), in one JVM: per file the time, verdict counts and the first
# refuted line; then the median/max time, the share of claims not checked, true steps refuted
# and planted errors located. Usage: bench/checker_corpus.sh [step-seconds [one-file]]   (default 2 s;
# with a file: that file's report only; CORPUS=DIR for another corpus folder with an expected.tsv).
# Runs engine/target/classes as built (mvn -pl engine compile).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f repl/target/classpath.txt && -d engine/target/classes ]] || ./gradlab --version >/dev/null  # build once
JAVA="$(bash -c 'MIN_JAVA=21; source <(sed -n "/^jdk_major()/,/^JAVA_MAJOR=/p" gradlab); echo "$JAVA"')"
cp="engine/target/classes:$(tr ':' '\n' < repl/target/classpath.txt | grep -v 'gradlab-engine' | paste -sd:)"
exec "$JAVA" -cp "$cp" bench/CheckerCorpus.java "$PWD" "${1:-2}" "${@:2}"
