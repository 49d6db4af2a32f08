#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Speed at scale: attriscope vs two simdjson floors, DuckDB and Polars (npm registry, bench/peers/)
# and the pandas notebook path, all checked to give the same answer (a checksum line each).
#
#   bench/run.sh                 100k, 1M and 3M prompt rows, 5 runs each (needs ~3 GB of disk in $BENCH_DIR)
#   bench/run.sh --rows 1000000  one size
#   bench/run.sh --smoke         10k rows, 1 run, no pandas unless installed: CI; fails only on breakage
#                                (or when the programs disagree); BENCH_PEERS=0 leaves DuckDB and Polars out
#   bench/run.sh --latency       also the window: load-to-paint time, event-loop blocking, filter refresh
#   bench/run.sh --jsonl-10m     also a 10M-row JSON Lines file (~6 GB) through attriscope
#
# Builds Release in build-release (BUILD_DIR to change), writes data to BENCH_DIR
# (default /tmp/attriscope-bench), prints a table: median and min–max wall time,
# MB/s, peak RSS (GNU time %M). Times are whole processes, file in page cache.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-release}
BENCH_DIR=${BENCH_DIR:-/tmp/attriscope-bench}
RUNS=${RUNS:-5}
SIZES=(100000 1000000 3000000)
SMOKE=0
LATENCY=0
JSONL10M=0
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) SMOKE=1; SIZES=(10000); RUNS=1 ;;
        --rows) SIZES=("$2"); shift ;;
        --runs) RUNS=$2; shift ;;
        --latency) LATENCY=1 ;;
        --jsonl-10m) JSONL10M=1 ;;
        *) echo "usage: bench/run.sh [--smoke] [--rows N] [--runs N] [--latency] [--jsonl-10m]" >&2; exit 1 ;;
    esac
    shift
done

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# What the benchmark needs beyond ./dev's packages: GNU time, Google Benchmark,
# Debian's pandas (a pyenv python3 on PATH usually has none: /usr/bin/python3 is used).
need=()
[ -x /usr/bin/time ] || need+=(time)
dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed" || need+=(libbenchmark-dev)
/usr/bin/python3 -c 'import pandas' 2>/dev/null || need+=(python3-pandas)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$SMOKE" = 1 ]; then
        log "not installed: ${need[*]}; the smoke run goes on without them"
    else
        log "installing ${need[*]}"
        sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}" >&2 \
            || log "could not install ${need[*]}; going on without"
    fi
fi
HAVE_PANDAS=0; /usr/bin/python3 -c 'import pandas' 2>/dev/null && HAVE_PANDAS=1
HAVE_TIME=0; [ -x /usr/bin/time ] && HAVE_TIME=1

log "building Release in $BUILD_DIR"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
targets=(attriscope attriscope-gen simdjson_floor simdjson_floor_native attriscope-latency)
grep -q '^benchmark_DIR:PATH=/' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null && targets+=(attriscope_bench)
cmake --build "$BUILD_DIR" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}" >&2
BIN=$BUILD_DIR/bin
mkdir -p "$BENCH_DIR"

# One measurement: prints "seconds peak_kib" for a command (its output discarded).
measure() {
    local start end rss=0
    start=$(date +%s%N)
    if [ "$HAVE_TIME" = 1 ]; then
        /usr/bin/time -f '%M' -o "$BENCH_DIR/time.txt" "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        rss=$(tail -1 "$BENCH_DIR/time.txt")
    else
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
    fi
    echo "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }') $rss"
}

# Runs a command RUNS times; prints "median min max peak_mib".
series() {
    local times=() rss=0 t m
    for _ in $(seq "$RUNS"); do
        read -r t m < <(measure "$@")
        times+=("$t")
        [ "${m:-0}" -gt "$rss" ] && rss=$m
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '
        { v[NR] = $1 } END { n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2;
                             printf "%.3f %.3f %.3f %.0f\n", med, v[1], v[n], rss / 1024 }'
}

# The peers (DuckDB, Polars) from the npm registry, run by Debian's Node; pinned in
# bench/peers/package-lock.json. Without them the table just has no peer rows.
# Node also runs the checksum comparison, peers or not.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Debian's nodejs and npm"
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends nodejs npm >&2 || true
fi
HAVE_PEERS=0
if [ "${BENCH_PEERS:-1}" = 1 ]; then
    if [ ! -d bench/peers/node_modules/@duckdb/node-api ] || [ ! -d bench/peers/node_modules/nodejs-polars ]; then
        log "installing the peers (npm ci in bench/peers)"
        (cd bench/peers && npm ci --no-audit --no-fund --loglevel=error >&2) || log "npm ci failed: no peer rows"
    fi
    if (cd bench/peers && node --input-type=module -e "await import('@duckdb/node-api'); await import('nodejs-polars')") \
        2>/dev/null; then
        HAVE_PEERS=1
    else
        log "DuckDB or Polars does not load: no peer rows"
    fi
fi

printf '\n%s, %s\n' "$(lscpu | sed -n 's/^Model name: *//p')" "$(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| rows | file | program | median s | min–max s | MB/s | peak RSS MiB | RSS / file | vs floor | vs DuckDB | vs pandas |\n'
printf '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for rows in "${SIZES[@]}"; do
    file=$BENCH_DIR/timing_${rows}.json
    jsonl=$BENCH_DIR/timing_${rows}.jsonl
    if [ ! -s "$file" ]; then
        log "generating $file"
        "$BIN/attriscope-gen" --rows "$rows" --models 12 --methods 12 --hardware 4 --seed 1 --out "$file"
    fi
    if [ ! -s "$jsonl" ]; then
        log "generating $jsonl"
        "$BIN/attriscope-gen" --rows "$rows" --models 12 --methods 12 --hardware 4 --seed 1 --format jsonl --out "$jsonl"
    fi
    cat "$file" "$jsonl" >/dev/null # page cache
    bytes=$(stat -c %s "$file")
    jbytes=$(stat -c %s "$jsonl")
    # Every program must give the same answer: one checksum line each (counts
    # exact, sums to 1e-9), bench/peers/checksum.mjs says what it adds up.
    sums=$BENCH_DIR/sums
    mkdir -p "$sums"
    "$BIN/attriscope" report --format json "$file" >"$BENCH_DIR/report.json"
    node bench/peers/checksum.mjs "$BENCH_DIR/report.json" >"$sums/attriscope_json"
    "$BIN/attriscope" report --format json "$jsonl" >"$BENCH_DIR/report_jsonl.json"
    node bench/peers/checksum.mjs "$BENCH_DIR/report_jsonl.json" >"$sums/attriscope_jsonl"
    "$BIN/simdjson_floor" --sums "$file" >"$sums/floor_sums" 2>/dev/null
    "$BIN/simdjson_floor_native" "$file" >"$sums/floor_quantiles" 2>/dev/null
    agree=(attriscope_json="$sums/attriscope_json" attriscope_jsonl="$sums/attriscope_jsonl"
           floor_sums="$sums/floor_sums" floor_quantiles="$sums/floor_quantiles")
    if [ "$HAVE_PEERS" = 1 ]; then
        node bench/peers/duckdb.mjs "$jsonl" >"$sums/duckdb"
        node bench/peers/polars.mjs "$jsonl" >"$sums/polars"
        agree+=(duckdb="$sums/duckdb" polars="$sums/polars")
    fi
    node bench/peers/agree.mjs "${agree[@]}" || { echo "bench: the programs disagree at $rows rows" >&2; exit 1; }
    declare -A result=()
    progs=(attriscope attriscope_1t attriscope_jsonl attriscope_jsonl_1t floor_sums floor_sums_native floor_quantiles floor_quantiles_native)
    [ "$HAVE_PEERS" = 1 ] && progs+=(duckdb polars)
    [ "$HAVE_PANDAS" = 1 ] && progs+=(pandas)
    for prog in "${progs[@]}"; do
        case $prog in
            attriscope) cmd=("$BIN/attriscope" report --format json "$file") ;;
            attriscope_1t) cmd=(env ATTRISCOPE_PARSE_THREADS=1 "$BIN/attriscope" report --format json "$file") ;;
            attriscope_jsonl) cmd=("$BIN/attriscope" report --format json "$jsonl") ;;
            attriscope_jsonl_1t) cmd=(env ATTRISCOPE_PARSE_THREADS=1 "$BIN/attriscope" report --format json "$jsonl") ;;
            floor_sums) cmd=("$BIN/simdjson_floor" --sums "$file") ;;
            floor_sums_native) cmd=("$BIN/simdjson_floor_native" --sums "$file") ;;
            floor_quantiles) cmd=("$BIN/simdjson_floor" "$file") ;;
            floor_quantiles_native) cmd=("$BIN/simdjson_floor_native" "$file") ;;
            duckdb) cmd=(node bench/peers/duckdb.mjs "$jsonl" "$(nproc)") ;;
            polars) cmd=(node bench/peers/polars.mjs "$jsonl") ;;
            pandas) cmd=(/usr/bin/python3 bench/pandas_path.py "$file") ;;
        esac
        result[$prog]=$(series "${cmd[@]}")
    done
    # The honest floor: count/sum/min/max, one thread, built for this CPU.
    read -r floor_med _ < <(echo "${result[floor_sums_native]}")
    duck_med=""
    [ -n "${result[duckdb]:-}" ] && read -r duck_med _ < <(echo "${result[duckdb]}")
    pandas_med=""
    [ -n "${result[pandas]:-}" ] && read -r pandas_med _ < <(echo "${result[pandas]}")
    for prog in "${progs[@]}"; do
        read -r med lo hi rss < <(echo "${result[$prog]}")
        name=$prog
        size=$bytes
        case $prog in
            attriscope) name="attriscope report --format json (JSON, $(nproc) threads)" ;;
            attriscope_1t) name='attriscope report --format json (JSON, 1 thread)' ;;
            attriscope_jsonl) name="attriscope report --format json (JSON Lines, $(nproc) threads)"; size=$jbytes ;;
            attriscope_jsonl_1t) name='attriscope report --format json (JSON Lines, 1 thread)'; size=$jbytes ;;
            floor_sums) name='floor: simdjson count/sum/min/max (distro flags)' ;;
            floor_sums_native) name='**floor: simdjson count/sum/min/max (-march=native)**' ;;
            floor_quantiles) name='floor + quantiles: keeps every time (distro flags)' ;;
            floor_quantiles_native) name='floor + quantiles: keeps every time (-march=native)' ;;
            duckdb) name="DuckDB read_json, $(nproc) threads (JSON Lines)"; size=$jbytes ;;
            polars) name='Polars scanJson (JSON Lines)'; size=$jbytes ;;
            pandas) name='pandas groupby (/usr/bin/python3)' ;;
        esac
        mb=$(awk -v b="$size" 'BEGIN { printf "%.0f", b / 1e6 }')
        awk -v rows="$rows" -v mb="$mb" -v name="$name" -v med="$med" -v lo="$lo" -v hi="$hi" -v rss="$rss" \
            -v bytes="$size" -v floor="$floor_med" -v duck="$duck_med" -v pandas="$pandas_med" 'BEGIN {
                printf "| %d | %d MB | %s | %.3f | %.3f–%.3f | %.0f | %.0f | %.2f× | %.2f× | %s | %s |\n",
                    rows, mb, name, med, lo, hi, mb / med, rss, rss * 1048576 / bytes, med / floor,
                    duck == "" ? "–" : sprintf("%.2f×", med / duck),
                    pandas == "" ? "–" : sprintf("%.1f× faster", pandas / med) }'
    done
    if [ -x "$BIN/attriscope_bench" ] && [ "$SMOKE" = 0 ] && [ "$rows" = 1000000 ]; then
        log "stages at $rows rows (Google Benchmark)"
        QT_QPA_PLATFORM=offscreen timeout 300 "$BIN/attriscope_bench" --file="$file" --benchmark_repetitions="$RUNS" \
            --benchmark_filter='Read|Parse|Build' --benchmark_report_aggregates_only=true 2>/dev/null \
            | grep -E '_median' >&2 || true
        QT_QPA_PLATFORM=offscreen timeout 300 "$BIN/attriscope_bench" --file="$file" --benchmark_min_time=0.01 \
            --benchmark_filter='Refresh' 2>/dev/null | grep -E '^BM_' >&2 || true
        outdir=$BENCH_DIR/export
        rm -rf "$outdir"
        read -r med lo hi rss < <(series "$BIN/attriscope" export --force --out "$outdir" "$file")
        printf '| %d | | attriscope export (every chart, PNG) | %.3f | %.3f–%.3f | | %.0f | | | |\n' "$rows" "$med" "$lo" "$hi" "$rss"
    fi
    if [ "$SMOKE" = 1 ]; then
        QT_QPA_PLATFORM=offscreen "$BIN/attriscope-latency" "$file" >&2
    elif [ "$LATENCY" = 1 ]; then
        log "window latency at $rows rows ($RUNS runs)"
        for _ in $(seq "$RUNS"); do
            QT_QPA_PLATFORM=offscreen "$BIN/attriscope-latency" "$file" 2>/dev/null
        done | python3 bench/latency_table.py
    fi
done

if [ "$JSONL10M" = 1 ]; then
    file=$BENCH_DIR/timing_10000000.jsonl
    [ -s "$file" ] || "$BIN/attriscope-gen" --rows 10000000 --models 12 --methods 12 --hardware 4 --seed 1 --format jsonl --out "$file"
    read -r med lo hi rss < <(RUNS=1 series "$BIN/attriscope" report --max-file-size 0 --format json "$file")
    printf '| 10000000 | %d MB | attriscope report (JSON Lines) | %.3f | | | %.0f | | | |\n' \
        "$(($(stat -c %s "$file") / 1000000))" "$med" "$rss"
fi
if [ "$SMOKE" = 1 ]; then
    # The stages run once each, so the benchmark binary itself is checked too.
    if [ -x "$BIN/attriscope_bench" ]; then
        QT_QPA_PLATFORM=offscreen "$BIN/attriscope_bench" --file="$BENCH_DIR/timing_10000.json" \
            --benchmark_min_time=0.01 --benchmark_filter='Parse|Build|Refresh' >/dev/null
    fi
fi
log "done"
