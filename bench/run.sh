#!/usr/bin/env bash
# bench/run.sh — the certstats benchmark (a tool, not a test).
#
# Builds the app if needed, starts the packaged jar against the local PostgreSQL and reports the
# start-up time (from `java -jar` to the first 200 of GET /api/v1) and resident memory; warms the
# app up; then drives every GET endpoint of bench/endpoints.txt with wrk at each concurrency and
# prints a table: requests/s, p50, p99, errors, the ratio to GET /api/v1 measured in the same run
# (the app's in-process limit), the ratio to nginx serving the very same bytes as static files (the
# machine's limit for sending them), and how many PostgreSQL transactions each 1,000 requests cost.
# Ends with resident memory after the load. See docs/benchmarks.md for how to read it.
#
# Usage: bench/run.sh [--quick] [--growth]
#   --quick   short runs (QUICK_DURATION each), to check the harness, not to quote
#   --growth  regenerate nothing real: run against a separate database holding the synthetic
#             dataset of bench/growth.sql (about 1,000x the real data), using bench/endpoints-growth.txt
#
# Settings (environment): those of bench/common.sh, and
#   DURATION=10s  QUICK_DURATION=2s  WARMUP=3s  CONNECTIONS="8 64"
#   STARTS=3 (start-ups measured; the table's run uses the last)
set -euo pipefail
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

QUICK=false
GROWTH=false
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=true ;;
        --growth) GROWTH=true ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

# Growth mode needs a larger heap: the first, uncached request of a list reads the whole filtered
# table (18,000 certifications) before cutting its page.
$GROWTH && HEAP=-Xmx512m
ENDPOINTS=bench/endpoints.txt
if $GROWTH; then
    ENDPOINTS=bench/endpoints-growth.txt
    DB=${GROWTH_DB:-${BENCH_DB:-certstats_bench}_growth}
fi
source "$(dirname "$0")/common.sh"

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
if $QUICK; then
    DURATION=${QUICK_DURATION:-2s}
    WARMUP=1s
fi
CONNECTIONS=${CONNECTIONS:-"8 64"}
STARTS=${STARTS:-3}

mkdir -p "$WORK/static"
require_free_ports "$APP_PORT" "$NGINX_PORT"
need_package wrk wrk
need_package nginx nginx-light
need_package psql postgresql-client
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
build_if_needed

# Transactions committed or rolled back in the app's database so far (read from another database,
# so the reading itself is not counted).
xacts() {
    psql_db postgres -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"
}

## Database: create it when missing; in growth mode, load the synthetic rows once
create_database_if_missing
if $GROWTH && [ "$(psql_db "$DB" -c "select count(*) from information_schema.tables where table_schema = 'certstats' and table_name = 'program'")" = 0 -o \
        "$(psql_db "$DB" -c "select count(*) from certstats.program where slug like 'synthetic-%'" 2>/dev/null || echo 0)" = 0 ]; then
    say "creating the schema in $DB (one start of the app), then loading bench/growth.sql"
    start_app "$WORK/app-migrate.log"
    stop_app
    psql_db "$DB" -q -f bench/growth.sql >/dev/null
fi

## Start-up: STARTS times; Quarkus reports its own steps' times too. The last start stays up for the load.
STARTUPS=()
for i in $(seq 1 "$STARTS"); do
    start_app "$WORK/app.log" -Dquarkus.debug.print-startup-times=true
    STARTUPS+=("$STARTUP_MS")
    say "started in ${STARTUP_MS} ms (java -jar to the first 200)"
    [ "$i" -lt "$STARTS" ] && stop_app
done
STARTUP_MS=$(printf '%s\n' "${STARTUPS[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }')
RSS_START=$(rss_mb "$APP_PID")
say "resident memory ${RSS_START} MB"

## The endpoints, and their bodies as static files for nginx
read_endpoints "$ENDPOINTS"

rm -f "$WORK"/static/*
for i in "${!NAMES[@]}"; do
    out="$WORK/static/$i.body"
    # No Accept header, as wrk sends none: this request renders the answer wrk will be served.
    code_type=$(curl -s -H 'Accept:' -o "$out" -w '%{http_code} %{content_type}' "http://127.0.0.1:$APP_PORT${PATHS[$i]}")
    case "$code_type" in
        200\ text/csv*) mv "$out" "$WORK/static/$i.csv" ;;
        200\ *) mv "$out" "$WORK/static/$i.json" ;;
        *) say "GET ${PATHS[$i]} answered $code_type"; exit 1 ;;
    esac
done
chmod -R a+rX "$WORK"

cat >"$WORK/nginx.conf" <<EOF
# Written by bench/run.sh: nginx serving the app's answers as static files, for comparison.
$(nginx_preamble auto)
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { application/json json; text/csv csv; }
    client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        etag on;
    }
}
EOF
mkdir -p "$WORK/nginx-tmp"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!

static_url() { # index
    local f
    f=$(cd "$WORK/static" && ls "$1".*)
    echo "http://127.0.0.1:$NGINX_PORT/$f"
}

## Warm-up: every endpoint, so the JIT has compiled the paths and every answer is rendered once
say "warming up (${WARMUP} per endpoint)"
for i in "${!NAMES[@]}"; do
    wrk -t"$THREADS" -c8 -d"$WARMUP" "http://127.0.0.1:$APP_PORT${PATHS[$i]}" >/dev/null
done

# One wrk run: prints "requests/s p50_ms p99_ms errors requests"
drive() { # url connections
    local line
    line=$(wrk -t"$THREADS" -c"$2" -d"$DURATION" -s bench/report.lua "$1" | grep '^RESULT')
    echo "$line" | awk '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%.0f %.2f %.2f %d %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000,
               v["p99_us"] / 1000, v["errors"], v["requests"] }'
}

## Load
say "measuring ${#NAMES[@]} endpoints x connections {$CONNECTIONS}, ${DURATION} each, app then nginx"
HEADER=$(printf '%-20s %5s %9s %8s %8s %6s %8s %8s %9s %10s' endpoint conns 'req/s' 'p50 ms' 'p99 ms' errors \
    'x index' 'x nginx' 'nginx r/s' 'db tx/1k')
ROWS=()
for c in $CONNECTIONS; do
    INDEX_RPS=
    for i in "${!NAMES[@]}"; do
        before=$(xacts)
        read -r rps p50 p99 errors requests < <(drive "http://127.0.0.1:$APP_PORT${PATHS[$i]}" "$c")
        after=$(xacts)
        read -r nrps _ _ nerrors _ < <(drive "$(static_url "$i")" "$c")
        [ -z "$INDEX_RPS" ] && INDEX_RPS=$rps
        row=$(awk -v n="${NAMES[$i]}" -v c="$c" -v r="$rps" -v p50="$p50" -v p99="$p99" -v e="$errors" \
            -v ir="$INDEX_RPS" -v nr="$nrps" -v ne="$nerrors" -v tx=$((after - before)) -v q="$requests" 'BEGIN {
            printf "%-20s %5d %9d %8.2f %8.2f %6d %8.2f %8.2f %9d %10.3f%s", n, c, r, p50, p99, e, r / ir, r / nr, nr,
                   (q > 0 ? 1000 * tx / q : 0), (ne > 0 ? "  (nginx errors: " ne ")" : "") }')
        ROWS+=("$row")
        say "$row"
    done
done
RSS_AFTER=$(rss_mb "$APP_PID")

## Report
MODE="real data ($DB)"
$GROWTH && MODE="growth data ($DB: $(psql_db "$DB" -c "select (select count(*) from certstats.certification) || ' certifications, ' || (select count(*) from certstats.program) || ' programs, ' || (select count(*) from certstats.program_year) || ' program years, ' || (select count(*) from certstats.program_criterion) || ' criteria, ' || (select count(*) from certstats.population) || ' population bases'"))"
echo
echo "certstats benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $MODE"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/Mem:/ { print $2 }') RAM; load average before: $LOAD_BEFORE"
echo "java: $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS $AOT"
echo "wrk: $THREADS threads, ${DURATION} per run; nginx $("$NGINX" -v 2>&1 | sed 's/.*\///'), static copies of the same bodies"
echo
echo "start-up (java -jar to first 200): ${STARTUP_MS} ms"
echo "start-up runs: ${STARTUPS[*]} ms (median above); the slowest steps Quarkus reports in the last:"
startup_steps "$WORK/app.log" 8
echo "resident memory: ${RSS_START} MB after start, ${RSS_AFTER} MB after the load"
echo
echo "$HEADER"
printf '%s\n' "${ROWS[@]}"
echo
echo "x index: requests/s over GET /api/v1 at the same connections; x nginx: over nginx sending the same bytes;"
echo "db tx/1k: PostgreSQL transactions in $DB per 1,000 requests during the app's run (includes the"
echo "once-a-second data revision check, about 1 per second of the run)."
