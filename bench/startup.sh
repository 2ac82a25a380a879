#!/usr/bin/env bash
# Time from launch to the first visible prompt in a real pseudo-terminal (tmux), for the gradlab
# console and for jshell of the same JDK, each a few times; prints the medians and their ratio.
# Needs tmux. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jdk=$(sed -n 's/^JDK=//p' <(bash -c 'source <(sed -n "/^jdk_major()/,/^JAVA_MAJOR=/p" gradlab); echo JDK=$JAVA_HOME'))
command -v tmux >/dev/null || { echo "bench/startup.sh needs tmux (apt-get install tmux)" >&2; exit 2; }
./gradlab --version >/dev/null  # build first, outside the timing
printf "diff(x^2, x)\n:quit\n" | ./gradlab >/dev/null  # and the console's class-data archive, with Symja in it

to_prompt() {  # $1 command, $2 prompt text
  tmux kill-session -t bench 2>/dev/null || true
  local t0 t1
  t0=$(date +%s%N)
  tmux new-session -d -s bench -x 120 -y 20 "$1"
  until tmux capture-pane -p -t bench 2>/dev/null | grep -q "$2"; do sleep 0.02; done
  t1=$(date +%s%N)
  tmux kill-session -t bench 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
g=$(for i in $(seq "$runs"); do to_prompt "./gradlab" "gradlab>"; done | median)
j=$(for i in $(seq "$runs"); do to_prompt "$jdk/bin/jshell" "jshell>"; done | median)
echo "time to first prompt, median of $runs: gradlab ${g} ms, jshell ${j} ms (same JDK: $jdk); gradlab/jshell = $(awk -v g="$g" -v j="$j" 'BEGIN {printf "%.2f", g / j}')"

# From launch to the first derivative's result, typed as soon as the prompt shows (Symja warms up
# in the background meanwhile).
to_result() {
  tmux kill-session -t bench 2>/dev/null || true
  local t0 t1
  t0=$(date +%s%N)
  tmux new-session -d -s bench -x 120 -y 20 "./gradlab"
  until tmux capture-pane -p -t bench 2>/dev/null | grep -q "gradlab>"; do sleep 0.02; done
  tmux send-keys -t bench 'diff(sigma(w*x+b), b)' Enter
  until tmux capture-pane -p -t bench 2>/dev/null | grep -q '\$1 = '; do sleep 0.02; done
  t1=$(date +%s%N)
  tmux kill-session -t bench 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
d=$(for i in $(seq "$runs"); do to_result; done | median)
echo "launch to the first derivative typed at the prompt, median of $runs: ${d} ms"
