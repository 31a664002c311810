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
# Settings (environment):
#   DURATION=10s  QUICK_DURATION=2s  WARMUP=3s  CONNECTIONS="8 64"  THREADS=2
#   APP_PORT=8095  NGINX_PORT=8195
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=postgres
#   BENCH_DB=certstats_h5 (the app's database)  GROWTH_DB=${BENCH_DB}_growth
#   JAVA_OPTS="-Xms32m -Xmx128m -XX:+UseSerialGC ..."  (see below; the AppCDS flag is always added)
#   WORK=/tmp/certstats-bench (scratch: logs, the nginx config and its static copies)
set -euo pipefail
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

cd "$(dirname "$0")/.."
ROOT=$(pwd)

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

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
if $QUICK; then
    DURATION=${QUICK_DURATION:-2s}
    WARMUP=1s
fi
CONNECTIONS=${CONNECTIONS:-"8 64"}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-8095}
NGINX_PORT=${NGINX_PORT:-8195}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
BENCH_DB=${BENCH_DB:-certstats_h5}
GROWTH_DB=${GROWTH_DB:-${BENCH_DB}_growth}
# A bounded heap and the serial collector: the answers are small and kept rendered, so a small
# young generation collected by one thread costs least on a 2-core machine (docs/benchmarks.md).
# Growth mode needs a larger heap: the first, uncached request of a list reads the whole filtered
# table (18,000 certifications) before cutting its page.
HEAP=-Xmx128m
$GROWTH && HEAP=-Xmx512m
JAVA_OPTS=${JAVA_OPTS:-"-Xms32m $HEAP -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -Xss512k"}
WORK=${WORK:-/tmp/certstats-bench}
JAR=target/quarkus-app/quarkus-run.jar
CDS=target/quarkus-app/app-cds.jsa

ENDPOINTS=bench/endpoints.txt
DB=$BENCH_DB
if $GROWTH; then
    ENDPOINTS=bench/endpoints-growth.txt
    DB=$GROWTH_DB
fi

mkdir -p "$WORK/static"
APP_PID=
NGINX_PID=
cleanup() {
    set +e # stop both, whatever their exit status
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM # so that an interrupted run still stops the app and nginx

# A port already taken would measure someone else's server.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$NGINX_PORT"; do
    port_free "$port" || { echo "port $port is in use; set APP_PORT / NGINX_PORT" >&2; exit 1; }
done

say() { printf '%s\n' "$*" >&2; }

## Tools: wrk and nginx from Debian packages, installed when missing
need_package() { # command package
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] && return 0
    say "installing $2 (apt-get)"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -q "$2" >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
}
need_package wrk wrk
need_package nginx nginx-light
need_package psql postgresql-client
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

## Build when the jar is missing or older than the sources, with an AppCDS archive (the classes
## the app loads at start-up, pre-parsed for this JVM: see docs/benchmarks.md)
if [ ! -f "$JAR" ] || [ ! -f "$CDS" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
    say "building the app (./mvnw package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)"
    ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >&2
fi

psql_db() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }

# Transactions committed or rolled back in the app's database so far (read from another database,
# so the reading itself is not counted).
xacts() {
    psql_db postgres -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"
}

start_app() { # log file
    # The archive names the class path relative to target/quarkus-app, so java starts there.
    # MALLOC_ARENA_MAX=2: glibc would otherwise keep a malloc arena per thread, tens of MB unused.
    local started
    started=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
        MALLOC_ARENA_MAX=2 sh -c 'cd target/quarkus-app && exec java "$@"' java $JAVA_OPTS \
        -XX:SharedArchiveFile=app-cds.jsa -Dquarkus.http.port="$APP_PORT" -jar quarkus-run.jar >"$1" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/v1")" = 200 ]; then
            STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { say "the app stopped; see $1"; tail -20 "$1" >&2; exit 1; }
        sleep 0.01
    done
    say "no 200 from the app within 30 s; see $1"
    exit 1
}

stop_app() {
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

## Database: create it when missing; in growth mode, load the synthetic rows once
if [ -z "$(psql_db postgres -c "select 1 from pg_database where datname = '$DB'")" ]; then
    say "creating database $DB"
    psql_db postgres -c "create database $DB" >/dev/null
fi
if $GROWTH && [ "$(psql_db "$DB" -c "select count(*) from information_schema.tables where table_schema = 'certstats' and table_name = 'program'")" = 0 -o \
        "$(psql_db "$DB" -c "select count(*) from certstats.program where slug like 'synthetic-%'" 2>/dev/null || echo 0)" = 0 ]; then
    say "creating the schema in $DB (one start of the app), then loading bench/growth.sql"
    start_app "$WORK/app-migrate.log"
    stop_app
    psql_db "$DB" -q -f bench/growth.sql >/dev/null
fi

## Start, and measure the start
start_app "$WORK/app.log"
RSS_START=$(rss_mb "$APP_PID")
say "started in ${STARTUP_MS} ms (java -jar to the first 200), resident memory ${RSS_START} MB"

## The endpoints, and their bodies as static files for nginx
NAMES=()
PATHS=()
while read -r name path; do
    case "$name" in ''|'#'*) continue ;; esac
    NAMES+=("$name")
    PATHS+=("$path")
done <"$ENDPOINTS"

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
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
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
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS"
echo "wrk: $THREADS threads, ${DURATION} per run; nginx $("$NGINX" -v 2>&1 | sed 's/.*\///'), static copies of the same bodies"
echo
echo "start-up (java -jar to first 200): ${STARTUP_MS} ms"
echo "resident memory: ${RSS_START} MB after start, ${RSS_AFTER} MB after the load"
echo
echo "$HEADER"
printf '%s\n' "${ROWS[@]}"
echo
echo "x index: requests/s over GET /api/v1 at the same connections; x nginx: over nginx sending the same bytes;"
echo "db tx/1k: PostgreSQL transactions in $DB per 1,000 requests during the app's run (includes the"
echo "once-a-second data revision check, about 1 per second of the run)."
