#!/usr/bin/env bash
# bench/profile.sh — where the time goes: a JDK Flight Recorder profile of the app's start-up and
# of each given read under load, summarised as the methods the samples fall in (a tool, not a test).
#
# Starts the packaged app as bench/run.sh does (same JVM options, same database), recording from
# the JVM's start to the first 200 of GET /api/v1, and prints the slowest steps Quarkus reports and
# the methods most often on the stack of the sampled threads. Then, for each path: warms it up,
# records while wrk drives it (8 connections, DURATION), and prints the same summary, with the
# requests served, so that two paths can be compared per request.
#
# Usage: bench/profile.sh [path ...]      e.g. bench/profile.sh /api/v1 '/api/v1/certifications?format=csv'
# Settings (environment): those of bench/common.sh, and DURATION=10s  WARMUP=10s  TOP=30
# The recordings stay in $WORK (*.jfr) for `jfr print` or JDK Mission Control.
set -euo pipefail
source "$(dirname "$0")/common.sh"
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
TOP=${TOP:-30}

prepare_single_app

# The JDK's "profile" settings, sampling Java stacks every millisecond instead of every 10 to 20.
sed -E '/<event name="jdk.ExecutionSample">/,/<\/event>/ s/(<setting name="period"[^>]*>)[^<]*/\11 ms/' \
    "$JAVA_HOME/lib/jfr/profile.jfc" >"$WORK/sampling.jfc"

# The methods on the stack of the most samples (inclusive: the method or what it calls), and the
# methods the samples were in (self).
summary() { # recording
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 256 "$1" | awk -v top="$TOP" '
        /^jdk.ExecutionSample/ { samples++; split("", seen); first = 1; next }
        /stackTrace = \[/ { inStack = 1; next }
        inStack && /^  \]/ { inStack = 0; next }
        inStack && /\(/ {
            m = $1; sub(/\(.*/, "", m)
            if (first) { self[m]++; first = 0 }
            if (!(m in seen)) { seen[m] = 1; inclusive[m]++ }
        }
        END {
            printf "%d samples\n", samples
            for (m in inclusive) printf "I %7.1f%%  %s\n", 100 * inclusive[m] / samples, m | "sort -k2 -rn | head -" top
            close("sort -k2 -rn | head -" top)
            for (m in self) printf "S %7.1f%%  %s\n", 100 * self[m] / samples, m | "sort -k2 -rn | head -15"
        }' | sed 's/^I /  on stack /; s/^S /  self     /'
}

echo "certstats profile — $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; java: $("$JAVA" -version 2>&1 | head -1)"
echo "JAVA_OPTS: $JAVA_OPTS"
echo

start_app "$WORK/profile-app.log" -Dquarkus.debug.print-startup-times=true \
    -XX:StartFlightRecording=name=startup,filename="$WORK/startup.jfr",settings="$WORK/sampling.jfc"
"$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name=startup >/dev/null
echo "== start-up: ${STARTUP_MS} ms from java -jar to the first 200 (with the recording)"
echo "slowest steps Quarkus reports:"
startup_steps "$WORK/profile-app.log" 12
summary "$WORK/startup.jfr"

for path in "$@"; do
    url="http://127.0.0.1:$APP_PORT$path"
    wrk -t"$THREADS" -c8 -d"$WARMUP" "$url" >/dev/null
    name=$(echo "$path" | tr -c 'A-Za-z0-9\n' '_')
    "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name=load settings="$WORK/sampling.jfc" >/dev/null
    requests=$(wrk -t"$THREADS" -c8 -d"$DURATION" "$url" | awk '/requests in/ { print $1 }')
    "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.dump name=load filename="$WORK/load$name.jfr" >/dev/null
    "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name=load >/dev/null
    echo
    echo "== GET $path: $requests requests in $DURATION, 8 connections"
    summary "$WORK/load$name.jfr"
done
