#!/usr/bin/env bash
# bench/interleaved.sh — one endpoint against GET /api/v1, measured in alternating short slices, so
# that the machine's drift from minute to minute falls on both alike (a tool, not a test). Use it when
# a row of bench/run.sh's table is under the index: run.sh measures the index once, minutes earlier.
#
# Usage: bench/interleaved.sh path ...     e.g. bench/interleaved.sh '/api/v1/populations?format=csv'
# Settings (environment): those of bench/common.sh, and ROUNDS=5  SLICE=3s  CONNS=8
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS=${ROUNDS:-5}
SLICE=${SLICE:-3s}
CONNS=${CONNS:-8}

prepare_single_app
start_app "$WORK/interleaved-app.log"

rate() { # path: requests/s over one slice
    wrk -t"$THREADS" -c"$CONNS" -d"$SLICE" "http://127.0.0.1:$APP_PORT$1" | awk '/Requests\/sec/ { printf "%.0f", $2 }'
}
for path in /api/v1 "$@"; do rate "$path" >/dev/null; done # warm-up: compiled, and every answer kept

for path in "$@"; do
    index=()
    other=()
    for _ in $(seq 1 "$ROUNDS"); do
        index+=("$(rate /api/v1)")
        other+=("$(rate "$path")")
    done
    echo "GET $path"
    echo "  GET /api/v1 (req/s): ${index[*]}"
    echo "  this path   (req/s): ${other[*]}"
    printf '%s\n' "${index[*]}" "${other[*]}" | awk '
        { for (i = 1; i <= NF; i++) sum[NR] += $i }
        END { printf "  ratio of the means: %.2f\n", sum[2] / sum[1] }'
done
