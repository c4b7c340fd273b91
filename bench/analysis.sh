#!/usr/bin/env bash
# Benchmark of the analysis (BENCHMARKS.md, "Analysis"): builds the release binary,
# generates maps of 10^3 .. 10^6 people (about 3 ties each) into a temporary directory
# (never the repository), and measures `powermap check` (loading alone) and
# `powermap analyze --format json` on each: best wall time of RUNS runs (and the worst), the CPU time
# (user + sys) of that run, and the peak resident memory (/usr/bin/time %M). Then the
# same 10^5 and 10^6 maps through bench/python_baseline.py with networkx and igraph.
#
# Environment:
#   SIZES="1000 10000 100000 1000000"  people per map
#   PY_SIZES="100000 1000000"          maps for the Python comparison ("" to skip it)
#   RUNS=3                             runs per measurement (best wall time kept)
#   BENCH_DIR=DIR                      keep (and reuse) the maps there; default: a temp dir, removed
#   HYPERFINE=1                        also run hyperfine (mean ± σ) on analyze, if installed
# Prints the machine, the load average before and after, and markdown tables.
set -euo pipefail

. "$(dirname "$0")/common.sh"
SIZES="${SIZES-1000 10000 100000 1000000}"
PY_SIZES="${PY_SIZES-100000 1000000}"
RUNS="${RUNS:-3}"
bench_setup bench
bench_header "powermap analysis benchmark"
echo "- runs: best wall of $RUNS; maps in $WORK"
echo

# measure CMD...: runs CMD $RUNS times; sets BEST_WALL, BEST_CPU (of that run),
# WORST_WALL and PEAK_MB.
measure() {
  local log="$WORK/time.log" wall cpu mem
  BEST_WALL=""; BEST_CPU=""; WORST_WALL="0.00"; PEAK_MB=0
  for _ in $(seq "$RUNS"); do
    "$TIME" -o "$log" -f '%e %U %S %M' "$@" > /dev/null
    read -r wall user sys mem < "$log"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    if [ -z "$BEST_WALL" ] || awk -v a="$wall" -v b="$BEST_WALL" 'BEGIN { exit !(a < b) }'; then
      BEST_WALL="$wall"; BEST_CPU="$cpu"
    fi
    if awk -v a="$wall" -v b="$WORST_WALL" 'BEGIN { exit !(a > b) }'; then WORST_WALL="$wall"; fi
    if [ "$((mem / 1024))" -gt "$PEAK_MB" ]; then PEAK_MB=$((mem / 1024)); fi
  done
}

echo "| people | ties | JSON MB | check wall s | check CPU s | check peak MB | analyze wall s | analyze CPU s | analyze worst wall s | analyze peak MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  map="$WORK/map-$n.json"
  [ -s "$map" ] || "$BIN" generate --people "$n" --seed 1 -o "$map"
  ties=$("$BIN" check "$map" | awk '/^  ties:/ {print $2}')
  mb=$(awk -v b="$(stat -c %s "$map")" 'BEGIN { printf "%.1f", b / 1e6 }')
  measure "$BIN" check "$map"
  row="| $n | $ties | $mb | $BEST_WALL | $BEST_CPU | $PEAK_MB"
  measure "$BIN" analyze "$map" --format json
  echo "$row | $BEST_WALL | $BEST_CPU | $WORST_WALL | $PEAK_MB |"
done
echo

if [ "${HYPERFINE:-0}" = 1 ] && command -v hyperfine > /dev/null; then
  for n in $SIZES; do
    echo "hyperfine, analyze, $n people:"
    hyperfine --style basic --warmup 1 --runs "$RUNS" \
      "$BIN analyze $WORK/map-$n.json --format json > /dev/null" 2>&1 | grep -E 'Time|Range'
  done
  echo
fi

if [ -n "$PY_SIZES" ]; then
  echo "| people | tool | JSON load s | build s | PageRank s | Dijkstra s | total wall s | total CPU s | peak MB |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  for n in $PY_SIZES; do
    map="$WORK/map-$n.json"
    [ -s "$map" ] || "$BIN" generate --people "$n" --seed 1 -o "$map"
    for lib in networkx igraph; do
      case $lib in networkx) mods="networkx, scipy"; pkgs="networkx scipy" ;; *) mods=igraph; pkgs=python-igraph ;; esac
      if ! python3 -c "import $mods" 2> /dev/null; then
        echo "| $n | $lib | not installed (pip install $pkgs) | | | | | | |"
        continue
      fi
      "$TIME" -o "$WORK/time.log" -f '%M' python3 "$ROOT/bench/python_baseline.py" "$map" --lib "$lib" > "$WORK/py.json"
      python3 - "$WORK/py.json" "$(cat "$WORK/time.log")" "$n" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); w, c = r["wall_s"], r["cpu_s"]
print(f"| {sys.argv[3]} | {r['lib']} | {w['json_load']} | {w['build']} | {w['pagerank']} | {w['dijkstra']} "
      f"| {w['total']} | {c['total']} | {int(sys.argv[2]) // 1024} |")
PY
    done
    measure "$BIN" analyze "$map" --format json
    echo "| $n | powermap analyze | | | | | $BEST_WALL | $BEST_CPU | $PEAK_MB |"
  done
  echo
fi
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
