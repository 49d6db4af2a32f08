#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The run history at scale (docs/performance.md, "Run history"):
#   1. `history add` of one run of ROWS prompt rows (default 1M) into an empty store;
#   2. RUNS runs of RUN_ROWS rows each (default 100 × 100k) added one after another,
#      then `history trend` (JSON and Markdown) and `history list` over all of them;
#   3. the History tab's trend over those runs (bench/history_tab.cpp): the store
#      part, the tab from pick to drawn chart, and its verdicts against the rows';
#   4. SQLite: the migration of that store from schema version 1 (a copy without
#      group_times, as version 1 wrote it), timed as the first `history list`.
#
#   bench/history.sh                 SQLite (a file in $BENCH_DIR)
#   bench/history.sh --pg            PostgreSQL: a throwaway cluster by pg_virtualenv
#   bench/history.sh --rows 1000000 --runs 100 --run-rows 100000
#   bench/history.sh --skip-big      without step 1
#   bench/history.sh --reuse         SQLite: steps 2-4 on the store a previous run left in $BENCH_DIR
#
# Uses the attriscope in BUILD_DIR (default build), the generator bench/attriscope_gen.cpp
# and attriscope-history-tab (built here in BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
BENCH_DIR=${BENCH_DIR:-/tmp/attriscope-history-bench}
ROWS=1000000
RUNS=100
RUN_ROWS=100000
PG=0
SKIP_BIG=0
REUSE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --run-rows) RUN_ROWS=$2; shift ;;
        --pg) PG=1 ;;
        --skip-big) SKIP_BIG=1 ;;
        --reuse) REUSE=1 ;;
        *) echo "usage: bench/history.sh [--pg] [--rows N] [--runs R] [--run-rows M] [--skip-big] [--reuse]" >&2; exit 1 ;;
    esac
    shift
done

BIN=${ATTRISCOPE:-$PWD/$BUILD_DIR/bin/attriscope}
[ -x "$BIN" ] || { echo "history.sh: build first (./dev build): no $BIN" >&2; exit 1; }
TAB=${ATTRISCOPE_HISTORY_TAB:-$PWD/$BUILD_DIR/bin/attriscope-history-tab}
if [ -z "${ATTRISCOPE_HISTORY_TAB:-}" ]; then
    cmake --build "$BUILD_DIR" --target attriscope-history-tab >/dev/null
fi
mkdir -p "$BENCH_DIR"
GEN=$BENCH_DIR/attriscope-gen
[ -x "$GEN" ] || g++ -O2 -std=c++20 -o "$GEN" bench/attriscope_gen.cpp

if [ "$PG" = 1 ] && [ -z "${PGHOST:-}" ]; then
    extra=()
    [ "$SKIP_BIG" = 1 ] && extra+=(--skip-big)
    exec pg_virtualenv -t env ATTRISCOPE="$BIN" ATTRISCOPE_HISTORY_TAB="$TAB" BENCH_DIR="$BENCH_DIR" \
        "$0" --pg --rows "$ROWS" --runs "$RUNS" --run-rows "$RUN_ROWS" "${extra[@]}"
fi

seconds() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }
fresh_store() {
    if [ "$PG" = 1 ]; then
        local name=$1
        psql -qc "DROP DATABASE IF EXISTS $name" >/dev/null
        psql -qc "CREATE DATABASE $name" >/dev/null
        echo "postgresql://$PGUSER@$PGHOST:${PGPORT:-5432}/$name"
    else
        rm -f "$BENCH_DIR/$1.sqlite"
        echo "$BENCH_DIR/$1.sqlite"
    fi
}

echo "backend: $([ "$PG" = 1 ] && echo PostgreSQL || echo SQLite), binary $BIN"

# 1. One big run.
if [ "$SKIP_BIG" = 0 ]; then
big=$BENCH_DIR/big-$ROWS.jsonl
[ -f "$big" ] || "$GEN" --rows "$ROWS" --models 12 --methods 12 --hardware 4 --seed 7 --format jsonl --out "$big"
db=$(fresh_store history_big)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e s wall, %U s user + %S s system CPU, %M KB peak RSS" -o "$BENCH_DIR/time.txt" \
        "$BIN" history add --db "$db" "$big" >/dev/null
    echo "add $ROWS rows ($(du -h "$big" | cut -f1) JSON Lines): $(cat "$BENCH_DIR/time.txt")"
    /usr/bin/time -f "%e s wall, %U s user + %S s system CPU" -o "$BENCH_DIR/time.txt" "$BIN" report "$big" >/dev/null
    echo "  for scale, report of the same file: $(cat "$BENCH_DIR/time.txt")"
else
    t0=$(date +%s.%N)
    "$BIN" history add --db "$db" "$big" >/dev/null
    echo "add $ROWS rows: $(seconds "$t0") s ($(du -h "$big" | cut -f1) JSON Lines)"
fi
[ "$PG" = 1 ] || echo "store size: $(du -h "$db" | cut -f1)"
fi

# 2. Many runs, then trend.
if [ "$REUSE" = 1 ] && [ "$PG" = 0 ] && [ -f "$BENCH_DIR/history_many.sqlite" ]; then
    db=$BENCH_DIR/history_many.sqlite
    echo "reusing $db: $("$BIN" history list --db "$db" | grep -c '"label"') runs"
else
db=$(fresh_store history_many)
total=0
for i in $(seq 1 "$RUNS"); do
    file=$BENCH_DIR/run-$RUN_ROWS-$i.jsonl
    "$GEN" --rows "$RUN_ROWS" --models 12 --methods 12 --hardware 4 --seed "$i" --format jsonl --out "$file"
    t0=$(date +%s.%N)
    "$BIN" history add --db "$db" --label "run $i" "$file" >/dev/null
    total=$(awk -v a="$total" -v b="$(seconds "$t0")" 'BEGIN { printf "%.3f", a + b }')
    rm -f "$file"
done
echo "add $RUNS runs of $RUN_ROWS rows: $total s in all"
fi
[ "$PG" = 1 ] || echo "store size: $(du -h "$db" | cut -f1)"
for args in "trend" "trend --format markdown" "trend --model BART" "list"; do
    best=
    for _ in 1 2 3 4 5; do
        t0=$(date +%s.%N)
        # shellcheck disable=SC2086
        "$BIN" history $args --db "$db" >/dev/null
        t=$(seconds "$t0")
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
    done
    echo "history $args over $RUNS runs: best of 5 $best s"
done

# 3. The History tab's trend.
QT_QPA_PLATFORM=offscreen "$TAB" --db "$db"

# 4. Migration from schema version 1 (SQLite): a copy taken back to version 1.
if [ "$PG" = 0 ]; then
    old=$BENCH_DIR/history_v1.sqlite
    cp "$db" "$old"
    sqlite3 "$old" "DROP TABLE group_times; UPDATE schema_version SET version = 1;"
    t0=$(date +%s.%N)
    "$BIN" history list --db "$old" >/dev/null
    echo "migration of the $RUNS-run store from version 1 (first history list): $(seconds "$t0") s"
    rm -f "$old"
fi
