# Set-up shared by the bench scripts (sourced, not run): the repository's root, GNU
# time, the release binary, a work directory for the maps, and the header every report
# begins with.
#
#   bench_setup NAME [EXTRA-CARGO-ARGS...]   builds the binary (and any extra target)
#   bench_header TITLE                       prints the report's first lines
# Sets ROOT, TIME, TARGET, BIN and WORK (BENCH_DIR when set, kept; else a temporary
# directory removed on exit — never the repository).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIME=/usr/bin/time

bench_setup() {
  local name="$1"
  shift
  [ -x "$TIME" ] || { echo "bench: $TIME (GNU time) is needed" >&2; exit 1; }
  (cd "$ROOT" && cargo build --release --quiet && { [ $# -eq 0 ] || cargo build --release --quiet "$@"; })
  TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
  case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
  BIN="$TARGET/release/powermap"
  if [ -n "${BENCH_DIR:-}" ]; then
    WORK="$BENCH_DIR"
    mkdir -p "$WORK"
  else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/powermap-$name.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
  fi
}

bench_header() {
  echo "# $1"
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}
