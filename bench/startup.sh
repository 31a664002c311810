#!/usr/bin/env bash
# bench/startup.sh — how fast the packaged app starts, and how much memory it holds (a tool, not a test).
#
# Launches the packaged app RUNS times with its AOT cache (target/quarkus-app/app.aot, recorded by
# `./mvnw verify`) and RUNS times without, alternately, against a database that is already migrated
# (one untimed start migrates it first), and times each launch from `java` to the first 200 of
# GET /api/v1/certifications: the first answer that needs the database, Hibernate and the renderers.
# Then, once per variant, it keeps the app under a LOAD-long wrk load on every GET of
# bench/endpoints.txt and reads its resident memory again. Prints the median, minimum and maximum
# start, resident memory after start and after the load, where the start goes with the cache (the
# median of each step Quarkus reports, -Dquarkus.debug.print-startup-times), and the targets of
# docs/benchmarks.md.
#
# Settings (environment): those of bench/common.sh (JAVA_OPTS: the Dockerfile's), and
#   RUNS=10  LOAD=60s  CONNECTIONS=16
set -euo pipefail
source "$(dirname "$0")/common.sh"

RUNS=${RUNS:-10}
LOAD=${LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-16}
READY_PATH=/api/v1/certifications
WITH_CACHE=$AOT
prepare_single_app
read_endpoints bench/endpoints.txt

say "migrating $DB if needed (one untimed start)"
start_app "$WORK/startup-migrate.log"
stop_app

declare -A STARTS RSS_START RSS_LOAD REQUESTS
rm -f "$WORK/startup-steps.txt"
for i in $(seq 1 "$RUNS"); do
    for variant in cache none; do
        if [ "$variant" = cache ]; then AOT=$WITH_CACHE; else AOT=; fi
        # Without the shutdown delay (5 s of readiness draining at every stop, nothing to do with a start).
        start_app "$WORK/startup-$variant.log" -Dquarkus.debug.print-startup-times=true -Dquarkus.shutdown.delay-enabled=false
        STARTS[$variant]+="${STARTUP_MS} "
        RSS_START[$variant]+="$(rss_mb "$APP_PID") "
        stop_app
        [ "$variant" = cache ] && startup_steps "$WORK/startup-$variant.log" 1000 >>"$WORK/startup-steps.txt"
        say "run $i, $variant: ${STARTUP_MS} ms"
    done
done

# One wrk run over every GET of bench/endpoints.txt, each connection taking the paths in turn.
load() {
    local lua="$WORK/all-paths.lua"
    {
        echo 'local paths = {'
        for path in "${PATHS[@]}"; do printf '  "%s",\n' "$path"; done
        echo '}'
        echo 'local i = 0'
        echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
    } >"$lua"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$LOAD" -s "$lua" "http://127.0.0.1:$APP_PORT" >"$WORK/startup-load.txt"
}
for variant in cache none; do
    if [ "$variant" = cache ]; then AOT=$WITH_CACHE; else AOT=; fi
    start_app "$WORK/startup-$variant-load.log"
    say "$variant: $LOAD of load on every GET"
    load
    RSS_LOAD[$variant]=$(rss_mb "$APP_PID")
    REQUESTS[$variant]=$(awk '/requests in/ { print $1 }' "$WORK/startup-load.txt")
    stop_app
done

stats() { # the values, one line: median, minimum, maximum
    local sorted
    sorted=$(tr ' ' '\n' | grep . | sort -n)
    printf "median %5d ms   min %5d ms   max %5d ms" "$(echo "$sorted" | median)" "$(echo "$sorted" | head -1)" \
        "$(echo "$sorted" | tail -1)"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "certstats start-up — $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS"
echo "launch to the first 200 of GET $READY_PATH, $RUNS launches each, alternating:"
for variant in cache none; do
    label="with the AOT cache ($WITH_CACHE)"
    [ "$variant" = none ] && label="without the AOT cache"
    printf '  %-40s %s   RSS after start %s MB, after %s of load (%s requests) %s MB\n' "$label" \
        "$(echo "${STARTS[$variant]}" | stats)" "$(echo "${RSS_START[$variant]}" | median)" "$LOAD" \
        "${REQUESTS[$variant]}" "${RSS_LOAD[$variant]}"
done
echo "where the start goes with the cache: the slowest steps Quarkus reports, median of the $RUNS launches:"
awk '{ ms[$3] = ms[$3] " " $1 } END { for (step in ms) print step ms[step] }' "$WORK/startup-steps.txt" |
    while read -r step values; do echo "$(echo "$values" | median) $step"; done |
    sort -rn | head -10 | awk '{ printf "  %6d ms  %s\n", $1, $2 }'
cache_ms=$(echo "${STARTS[cache]}" | median)
none_ms=$(echo "${STARTS[none]}" | median)
echo "speed-up of the cache: $(awk -v a="$none_ms" -v b="$cache_ms" 'BEGIN { printf "%.2fx", a / b }')"
echo "targets: median with the cache <= 2500 ms: $cache_ms; >= 2x without: $(awk -v a="$none_ms" -v b="$cache_ms" 'BEGIN { print (a >= 2 * b) ? "yes" : "no" }');" \
    "RSS after start <= 200 MB: $(echo "${RSS_START[cache]}" | median); after load <= 300 MB: ${RSS_LOAD[cache]}"
