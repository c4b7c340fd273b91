#!/usr/bin/env bash
# Paired ratios for the speed targets (BENCHMARKS.md, "Against the parse floor and the
# peers"): for each map, ROUNDS rounds; in each round every job runs once, one after
# the other, so that a ratio compares runs taken under the same conditions. Reports,
# per job, the median wall and CPU seconds and the median of the per-round ratios to
# the floor (serde_json's validate-only parse of the same file, bench/parse_floor.rs)
# and to analyze; then networkx and igraph (bench/python_baseline.py) against analyze,
# paired the same way.
#
# Environment:
#   SIZES="100000 1000000"    people per map
#   SHAPES="wide deep"        `powermap generate --shape`
#   ROUNDS=5                  rounds per map
#   JOBS="floor check analyze paths5 dot diff diffedit"   which jobs to run
#                             (diff: two unrelated maps; diffedit: a map and its
#                             next version, bench/edit_map.py)
#   PY_SIZES="100000"         maps for networkx/igraph ("" to skip)
#   BENCH_DIR=DIR             keep (and reuse) the maps there; default: a temp dir
# Prints the machine, the load before and after, and markdown tables.
set -euo pipefail

. "$(dirname "$0")/common.sh"
SIZES="${SIZES-100000 1000000}"
SHAPES="${SHAPES-wide deep}"
ROUNDS="${ROUNDS:-5}"
JOBS="${JOBS-floor check analyze paths5 dot diff diffedit}"
PY_SIZES="${PY_SIZES-100000}"
bench_setup ratios --example parse_floor
FLOOR="$TARGET/release/examples/parse_floor"
bench_header "powermap paired ratios"
echo "- $ROUNDS rounds per map; medians; ratios taken within a round"
echo

# job NAME MAP: the command line of a job.
job() {
  local map="$1" name="$2"
  case "$name" in
    floor) echo "$FLOOR $map" ;;
    check) echo "$BIN check $map" ;;
    analyze) echo "$BIN analyze $map --format json" ;;
    paths5) echo "$BIN paths $map -k 5 --format json" ;;
    dot) echo "$BIN render $map --format dot" ;;
    diff) echo "$BIN diff $map ${map%.json}-b.json --format json" ;;
    diffedit) echo "$BIN diff $map ${map%.json}-e.json --format json" ;;
    networkx|igraph) echo "python3 $ROOT/bench/python_baseline.py $map --lib $name" ;;
  esac
}

# run MAP JOBS...: ROUNDS rounds of the jobs; writes "round job wall cpu peak_mb" lines.
run() {
  local map="$1"; shift
  local r name wall user sys mem
  for r in $(seq "$ROUNDS"); do
    for name in "$@"; do
      # shellcheck disable=SC2046
      "$TIME" -o "$WORK/time.log" -f '%e %U %S %M' $(job "$map" "$name") > /dev/null 2>&1 || true
      read -r wall user sys mem < <(tail -1 "$WORK/time.log")
      echo "$r $name $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $((mem / 1024))"
    done
  done
}

# table RESULTS BASE: medians per job and the median ratio to BASE (within rounds).
table() {
  python3 - "$1" "$2" <<'PY'
import sys, statistics as st, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
base = sys.argv[2]
by = collections.defaultdict(dict)
for r, name, wall, cpu, mb in rows:
    by[name][r] = (float(wall), float(cpu), int(mb))
print(f"| job | wall s | CPU s | peak MB | × {base} (wall) | × {base} (CPU) |")
print("|---|---:|---:|---:|---:|---:|")
for name, runs in by.items():
    w = st.median(v[0] for v in runs.values()); c = st.median(v[1] for v in runs.values())
    mb = max(v[2] for v in runs.values())
    rw = [runs[r][0] / by[base][r][0] for r in runs if r in by[base] and by[base][r][0] > 0]
    rc = [runs[r][1] / by[base][r][1] for r in runs if r in by[base] and by[base][r][1] > 0]
    f = lambda xs: f"{st.median(xs):.2f}" if xs else "–"
    print(f"| {name} | {w:.2f} | {c:.2f} | {mb} | {f(rw)} | {f(rc)} |")
PY
}

for shape in $SHAPES; do
  for n in $SIZES; do
    map="$WORK/$shape-$n.json"
    [ -s "$map" ] || "$BIN" generate --people "$n" --seed 1 --shape "$shape" -o "$map"
    # The second map of `diff`: the same organization generated with another seed.
    [ -s "${map%.json}-b.json" ] || "$BIN" generate --people "$n" --seed 2 --shape "$shape" -o "${map%.json}-b.json"
    # The second map of `diffedit`: the next version of the same map (bench/edit_map.py).
    case " $JOBS " in
      *" diffedit "*) [ -s "${map%.json}-e.json" ] || python3 "$ROOT/bench/edit_map.py" "$map" "${map%.json}-e.json" ;;
    esac
    echo "## $shape, $n people ($(awk -v b="$(stat -c %s "$map")" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
    echo
    # shellcheck disable=SC2086
    run "$map" $JOBS > "$WORK/results.txt"
    table "$WORK/results.txt" floor
    echo
    # The jobs against analyze as well (diff's target is a multiple of it).
    if [[ " $JOBS " == *" analyze "* && " $JOBS " == *" diff"* ]]; then
      table "$WORK/results.txt" analyze
      echo
    fi
    if [[ " $PY_SIZES " == *" $n "* ]]; then
      libs=""
      python3 -c "import networkx, scipy" 2> /dev/null && libs="$libs networkx"
      python3 -c "import igraph" 2> /dev/null && libs="$libs igraph"
      if [ -n "$libs" ]; then
        # shellcheck disable=SC2086
        run "$map" analyze $libs > "$WORK/py.txt"
        table "$WORK/py.txt" analyze
        echo
      else
        echo "(networkx/igraph not installed: pip install networkx scipy python-igraph)"
        echo
      fi
    fi
  done
done
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
