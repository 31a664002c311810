#!/usr/bin/env bash
# bench/busting.sh — cache-busting requests against the plain URL: the packaged app alone,
# one path (default /api/v1/rarity), each case warmed up and then measured with wrk for DURATION:
#   plain             the URL as it is (a hit)
#   unknown-parameter a query parameter no one sent before on every request (bench/unknown-parameter.lua: 400)
#   distinct-accept   an Accept header no one sent before on every request (bench/distinct-accept.lua: one entry)
# and the app's resident memory after each. Settings as in bench/common.sh, plus
#   BUST_PATH=/api/v1/rarity  DURATION=10s  WARMUP=5s  CONNECTIONS=16
set -euo pipefail
source "$(dirname "$0")/common.sh"
BUST_PATH=${BUST_PATH:-/api/v1/rarity}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
export BENCH_DIR="$ROOT/bench"

prepare_single_app
start_app "$WORK/busting.log"
URL="http://127.0.0.1:$APP_PORT$BUST_PATH"
say "started in ${STARTUP_MS} ms, RSS $(rss_mb "$APP_PID") MB; $URL for $DURATION per case"
printf '%-18s %10s %8s %8s %8s %8s\n' case req/s p50_ms p99_ms non2xx RSS_MB
for case in plain unknown-parameter distinct-accept; do
    script=("-s" "$BENCH_DIR/report.lua")
    [ "$case" != plain ] && script=("-s" "$BENCH_DIR/$case.lua")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$URL" >/dev/null
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${script[@]}" "$URL")
    line=$(grep '^RESULT' <<<"$out")
    non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$out" | grep -o '[0-9]*$' || echo 0)
    eval "$(sed 's/^RESULT //' <<<"$line")" # requests= duration_us= p50_us= p99_us= errors= bytes=
    awk -v c="$case" -v r="$requests" -v d="$duration_us" -v p50="$p50_us" -v p99="$p99_us" -v n="$non2xx" -v m="$(rss_mb "$APP_PID")" \
        'BEGIN { printf "%-18s %10.0f %8.2f %8.2f %8d %8d\n", c, r / (d / 1e6), p50 / 1000, p99 / 1000, n, m }'
done
