#!/usr/bin/env bash
# Benchmark of `powermap portfolio` (BENCHMARKS.md, "Portfolio"): builds the release
# binary, generates ACCOUNTS maps of PEOPLE people each (`powermap generate`, seeds
# 1..ACCOUNTS) into a temporary directory (never the repository), then times
# `powermap portfolio DIR --format json` on two threads and on one
# (POWERMAP_THREADS=1): best wall time of RUNS runs, CPU time and peak memory of that
# run (/usr/bin/time), and checks that both give the same bytes.
#
# Environment:
#   ACCOUNTS=1000   maps in the folder
#   PEOPLE=50       people per map
#   RUNS=3          runs per measurement (best wall time kept)
#   BENCH_DIR=DIR   keep (and reuse) the maps there; default: a temp dir, removed
set -euo pipefail

. "$(dirname "$0")/common.sh"
ACCOUNTS="${ACCOUNTS:-1000}"
PEOPLE="${PEOPLE:-50}"
RUNS="${RUNS:-3}"
bench_setup portfolio
MAPS="$WORK/maps-$ACCOUNTS-$PEOPLE"
if [ ! -d "$MAPS" ]; then
  mkdir -p "$MAPS"
  for i in $(seq 1 "$ACCOUNTS"); do
    "$BIN" generate --people "$PEOPLE" --seed "$i" -o "$MAPS/account-$(printf %05d "$i").json"
  done
fi

bench_header "powermap portfolio benchmark"
echo "- $ACCOUNTS maps of $PEOPLE people ($(du -sh "$MAPS" | cut -f1)); best wall of $RUNS runs"
echo
echo "| threads | wall (s) | CPU (s) | peak memory (MB) |"
echo "|--:|--:|--:|--:|"
measure() {
  local threads="$1" best="" line=""
  for _ in $(seq 1 "$RUNS"); do
    local out
    out="$(env ${threads:+POWERMAP_THREADS=$threads} "$TIME" -f '%e %U %S %M' "$BIN" portfolio "$MAPS" --format json 2>&1 >"$WORK/out-$threads.json" | tail -1)"
    local wall; wall="$(echo "$out" | cut -d' ' -f1)"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; line="$out"; fi
  done
  echo "$line" | awk -v t="${threads:-2}" '{printf "| %s | %.2f | %.2f | %.0f |\n", t, $1, $2 + $3, $4 / 1024}'
}
measure ""
measure 1
cmp -s "$WORK/out-.json" "$WORK/out-1.json" && echo "- one thread and two: the same bytes" || { echo "- one thread and two DIFFER" >&2; exit 1; }
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
