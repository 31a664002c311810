# bench/common.sh — what bench/run.sh and bench/profile.sh share: settings, tools, the build, and
# starting and stopping the packaged app. Sourced, not run.
#
# Settings (environment):
#   APP_PORT=8095  NGINX_PORT=8195  THREADS=2 (wrk threads)
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=postgres
#   BENCH_DB=certstats_bench (the app's database)  GROWTH_DB=${BENCH_DB}_growth
#   JAVA_OPTS="-Xms32m -Xmx128m -XX:+UseSerialGC ..."  (the Dockerfile's)
#   AOT=-XX:AOTCache=app.aot (the JVM's AOT cache that ./mvnw verify records; AOT= runs without it)
#   APP_DIR=target/quarkus-app (the packaged app; another folder, never rebuilt, compares an earlier
#     build: copy it with `cp -a`, since the JVM refuses the AOT cache of a jar whose timestamp changed)
#   WORK=/tmp/certstats-bench (scratch: logs, recordings, the nginx config and its static copies)

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-8095}
NGINX_PORT=${NGINX_PORT:-8195}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
BENCH_DB=${BENCH_DB:-certstats_bench}
GROWTH_DB=${GROWTH_DB:-${BENCH_DB}_growth}
# A bounded heap and the serial collector, as in docker/Dockerfile: the answers are small and kept
# rendered, so a small young generation collected by one thread costs least on a 2-core machine.
HEAP=${HEAP:--Xmx128m}
JAVA_OPTS=${JAVA_OPTS:-"-Xms32m $HEAP -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -Xss512k --enable-native-access=ALL-UNNAMED"}
AOT=${AOT--XX:AOTCache=app.aot}
WORK=${WORK:-/tmp/certstats-bench}
APP_DIR=${APP_DIR:-target/quarkus-app}
JAR=$APP_DIR/quarkus-run.jar
CACHE=$APP_DIR/app.aot
# The JDK the build uses (Java 25, found as ./mvnw finds it): the AOT cache only serves that JVM.
. .mvn/jdk.sh
certstats_select_jdk "$ROOT" || exit 1
JAVA=$JAVA_HOME/bin/java
DB=${DB:-$BENCH_DB}

mkdir -p "$WORK"
APP_PID=
NGINX_PID=
cleanup() {
    set +e # stop both, whatever their exit status
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM # so that an interrupted run still stops the app and nginx

say() { printf '%s\n' "$*" >&2; }

# A port already taken would measure someone else's server.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
require_free_ports() {
    for port in "$@"; do
        port_free "$port" || { say "port $port is in use; set APP_PORT / NGINX_PORT"; exit 1; }
    done
}

## Tools from Debian packages, installed when missing
need_package() { # command package
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] && return 0
    say "installing $2 (apt-get)"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -q "$2" >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
}

## Build when the jar or its AOT cache is missing or older than the sources. The cache is recorded by
## the integration tests (the training run), so this runs them, not the unit tests.
build_if_needed() {
    if [ "$APP_DIR" != target/quarkus-app ]; then
        [ -f "$JAR" ] || { say "no $JAR"; exit 1; }
        return 0
    fi
    if [ ! -f "$JAR" ] || [ ! -f "$CACHE" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
        say "building the app and its AOT cache (./mvnw verify, integration tests only)"
        ./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false >&2
    fi
}

# The top of an nginx configuration that runs in the foreground under $WORK (bench/run.sh, rehearsal.sh).
nginx_preamble() { # worker processes
    cat <<EOF
worker_processes $1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
EOF
}

psql_db() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }

create_database_if_missing() {
    if [ -z "$(psql_db postgres -c "select 1 from pg_database where datname = '$DB'")" ]; then
        say "creating database $DB"
        psql_db postgres -c "create database $DB" >/dev/null
    fi
}

# What a tool that drives the app alone needs before it starts it: its port, wrk, psql, the jar, the database.
prepare_single_app() {
    require_free_ports "$APP_PORT"
    need_package wrk wrk
    need_package psql postgresql-client
    build_if_needed
    create_database_if_missing
}

# Starts the app and waits for the first 200 of GET $READY_PATH (default /api/v1, polled every 10 ms);
# sets APP_PID and STARTUP_MS, from launching java to that 200. Extra arguments go to java (e.g. a
# JFR recording).
start_app() { # log file, java options...
    # java starts in the app's folder, as in the Docker image, where app.aot lies beside the jar.
    # MALLOC_ARENA_MAX=2: glibc would otherwise keep a malloc arena per thread, tens of MB unused.
    local log=$1 started
    shift
    started=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
        MALLOC_ARENA_MAX=2 APP_DIR="$APP_DIR" sh -c 'cd "$APP_DIR" && exec "$0" "$@"' "$JAVA" $JAVA_OPTS \
        $AOT "$@" -Dquarkus.http.port="$APP_PORT" -jar quarkus-run.jar >"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 6000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT${READY_PATH:-/api/v1}")" = 200 ]; then
            STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { say "the app stopped; see $log"; tail -20 "$log" >&2; exit 1; }
        sleep 0.01
    done
    say "no 200 from the app within 60 s; see $log"
    exit 1
}

stop_app() {
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

# Quarkus' own account of a start, with -Dquarkus.debug.print-startup-times=true: the slowest steps.
startup_steps() { # log file, how many
    grep -o 'Build step [^ ]* completed in: [0-9]*ms' "$1" | awk '{ sub(/ms$/, "", $6); print $6, $3 }' |
        sort -rn | head -"$2" | awk '{ printf "  %6d ms  %s\n", $1, $2 }'
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

read_endpoints() { # file: fills NAMES and PATHS
    NAMES=()
    PATHS=()
    while read -r name path; do
        case "$name" in ''|'#'*) continue ;; esac
        NAMES+=("$name")
        PATHS+=("$path")
    done <"$1"
}
