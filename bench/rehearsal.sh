#!/usr/bin/env bash
# bench/rehearsal.sh — a rehearsal of production on one machine: the packaged app as 3 replicas over
# one PostgreSQL database, behind nginx, under a wrk load on several endpoints (60 s at least, and until
# the events are over), while
#   - one replica is killed with SIGKILL and started again,
#   - the two others are stopped with SIGTERM and started again, one after the other (a rolling restart),
#   - a curator writes through the balancer, and every replica is asked until it serves the new ETag.
# It prints the requests served, the GETs that failed (not 2xx/304; the target is 0), p50/p99, the
# time until every replica serves the new ETag, and the throughput with 1, 2 and 3 replicas.
#
# One command from a fresh clone, after ./mvnw package (it builds the jar itself when missing):
#   bench/rehearsal.sh
# Settings (environment): PGHOST PGPORT PGUSER PGPASSWORD (as bench/common.sh), DB=certstats_rehearsal,
#   DURATION=60 (least seconds of load), SEGMENT=15 (seconds of each wrk run), STEP=10 (seconds of each
#   throughput point), CONNECTIONS=16, THREADS=2, JAVA_OPTS (bench/common.sh's).
# It installs nginx, wrk and the PostgreSQL client from Debian's packages when they are missing.
set -euo pipefail
DB=${DB:-certstats_rehearsal} # before common.sh, whose default is the benchmark's database
source "$(dirname "$0")/common.sh"

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-16}
STEP=${STEP:-10} # seconds of load for each point of the 1, 2, 3 replicas throughput
WORK=${WORK}/rehearsal
mkdir -p "$WORK"
rm -f "$WORK"/*.log

# Curators' writes need a bearer JWT. The rehearsal signs its own with the TEST key pair of
# src/test/resources/jwt, and the replicas it starts trust that key's public half. This key is
# public (it is in the repository): it is for tests and this rehearsal only, never for a real deployment.
TEST_PRIVATE_KEY=$ROOT/src/test/resources/jwt/privateKey.pem
TEST_PUBLIC_KEY=$ROOT/src/test/resources/jwt/publicKey.pem

PIDS=(0 0 0)
PORTS=()
NGINX_PID=
APP_PID=
stop_all() {
    set +e
    for pid in "${PIDS[@]}"; do [ "$pid" != 0 ] && kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do [ "$pid" != 0 ] && wait "$pid" 2>/dev/null; done
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    [ -n "${WRK_PID:-}" ] && kill "$WRK_PID" 2>/dev/null
}
trap stop_all EXIT

free_port() { # a random port nobody listens on
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        port_free "$port" && { echo "$port"; return; }
    done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
T0=$(now_ms)
at() { printf '[%5.1f s] %s\n' "$(awk -v ms=$(( $(now_ms) - T0 )) 'BEGIN { print ms / 1000 }')" "$*"; }

## Tools, jar, database
# As common.sh's need_package, but waiting for dpkg's lock: on a shared machine another apt-get may hold it.
install_if_missing() { # command package
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] && return 0
    say "installing $2 (apt-get)"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -q "$2" >/dev/null 2>&1 ||
        { $sudo apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null &&
          $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -q "$2" >/dev/null; }
}
install_if_missing nginx nginx-light
install_if_missing wrk wrk
install_if_missing psql postgresql-client
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -f "$JAR" ]; then
    say "building the app (./mvnw package -DskipTests)"
    ./mvnw -B -q package -DskipTests >&2
fi
create_database_if_missing
T0=$(now_ms) # the timeline starts once the tools are there

## Replicas
start_replica() { # index (0..2): starts it in the background, sets PIDS[index]
    local i=$1
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
        QUARKUS_HTTP_PORT="${PORTS[$i]}" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$TEST_PUBLIC_KEY" \
        QUARKUS_HTTP_ACCESS_LOG_ENABLED=false MALLOC_ARENA_MAX=2 \
        "$JAVA" $JAVA_OPTS -jar "$JAR" >>"$WORK/replica-$i.log" 2>&1 &
    PIDS[$i]=$!
}
await_ready() { # index: waits until /q/health/ready answers 200; sets READY_MS to the milliseconds it took
    local i=$1 started tries=0
    started=$(now_ms)
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/q/health/ready")" = 200 ]; then
            READY_MS=$(( $(now_ms) - started ))
            return 0
        fi
        if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
            # On a crowded machine the start-up's first connection can time out (5 s) and the app
            # stops, as it must; start it again, twice at most, and say so.
            tail -3 "$WORK/replica-$i.log" >&2
            tries=$((tries + 1))
            [ "$tries" -le 2 ] || { say "replica $i did not start; see $WORK/replica-$i.log"; return 1; }
            say "replica $i stopped during its start (try $tries); starting it again"
            start_replica "$i"
        fi
        sleep 0.1
    done
    say "replica $i not ready within 300 s"
    return 1
}
ready() { # index, what happened: waits for the replica and logs how long it took (stops the rehearsal if it never is)
    await_ready "$1" || exit 1
    at "replica $1 (port ${PORTS[$1]}) $2; ready in $READY_MS ms"
}
for i in 0 1 2; do PORTS+=("$(free_port)"); done
# The first migrates the schema; the others start once it is there.
start_replica 0
ready 0 started
start_replica 1
start_replica 2
ready 1 started
ready 2 started

## nginx: one port per pool size (1, 2 and 3 replicas), the same settings on each
NGINX_PORTS=("$(free_port)" "$(free_port)" "$(free_port)")
upstream() { # name, how many replicas
    echo "    upstream $1 {"
    for i in $(seq 0 $(($2 - 1))); do
        # Passive health checks (open-source nginx has no active ones): a replica that fails once
        # (refused connection, reset, timeout, or a 502/503/504) is left out for 2 s, then tried again.
        echo "        server 127.0.0.1:${PORTS[$i]} max_fails=1 fail_timeout=2s;"
    done
    echo "        keepalive 32;"
    echo "    }"
}
server() { # port, upstream
    cat <<EOF
    server {
        listen 127.0.0.1:$1;
        location / {
            proxy_pass http://$2;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_connect_timeout 1s;
            # A request that fails on one replica goes to the next: a refused or reset connection, a
            # timeout, or the 503 a draining replica answers. nginx never retries a POST or PUT this
            # way (non_idempotent is not listed), so a write is never applied twice.
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_next_upstream_tries 3;
        }
    }
EOF
}
cat >"$WORK/nginx.conf" <<EOF
$(nginx_preamble 1)
http {
    access_log off;
$(upstream one 1)
$(upstream two 2)
$(upstream three 3)
$(server "${NGINX_PORTS[0]}" one)
$(server "${NGINX_PORTS[1]}" two)
$(server "${NGINX_PORTS[2]}" three)
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
for _ in $(seq 1 50); do port_free "${NGINX_PORTS[2]}" || break; sleep 0.1; done
BALANCER=http://127.0.0.1:${NGINX_PORTS[2]}
at "nginx (pid $NGINX_PID) balances 1, 2 and 3 replicas on ports ${NGINX_PORTS[*]}"

## The load: every GET of bench/endpoints.txt, JSON and CSV
read_endpoints bench/endpoints.txt
printf '%s\n' "${PATHS[@]}" >"$WORK/paths.txt"
export REHEARSAL_PATHS=$WORK/paths.txt
run_wrk() { # url, seconds, output file
    # A 10 s timeout (wrk: 2 s): on a crowded machine a slow answer is slow, not failed; a timeout still counts as failed.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency -s bench/rehearsal.lua "$1" >"$3" 2>&1
}
result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }
field() { sed -n "s/.*\b$2=\([0-9]*\).*/\1/p" <<<"$1"; }

## Throughput with 1, 2 and 3 replicas (after a warm-up of every replica through the 3-replica pool)
run_wrk "$BALANCER" 5 "$WORK/warmup.txt"
THROUGHPUT=()
for n in 1 2 3; do
    run_wrk "http://127.0.0.1:${NGINX_PORTS[$((n - 1))]}" "$STEP" "$WORK/throughput-$n.txt"
    r=$(result "$WORK/throughput-$n.txt")
    THROUGHPUT+=("$n replica(s): $(( $(field "$r" requests) * 1000000 / $(field "$r" duration_us) )) requests/s, p50 $(( $(field "$r" p50_us) / 1000 )).$(( $(field "$r" p50_us) % 1000 / 100 )) ms, p99 $(( $(field "$r" p99_us) / 1000 )).$(( $(field "$r" p99_us) % 1000 / 100 )) ms, failed $(( $(field "$r" other_status) + $(field "$r" socket_errors) ))")
    at "throughput, ${THROUGHPUT[-1]}"
done
RSS=()
for i in 0 1 2; do RSS+=("$(rss_mb "${PIDS[$i]}") MB"); done
at "resident memory of the replicas after that load: ${RSS[*]}"

## The rehearsal: load through the 3-replica pool for at least DURATION seconds, and for as long as the
## events below take (a start takes 10 s on an idle machine, a minute on a crowded one), in back-to-back
## wrk runs of SEGMENT seconds, so each run's line shows what the balancer's clients saw at that time.
SEGMENT=${SEGMENT:-15}
rm -f "$WORK"/segment-*.txt "$WORK/events.done"
(
    n=0
    started=$(now_ms)
    while [ ! -f "$WORK/events.done" ] || [ $(( $(now_ms) - started )) -lt $((DURATION * 1000)) ]; do
        n=$((n + 1))
        run_wrk "$BALANCER" "$SEGMENT" "$(printf '%s/segment-%03d.txt' "$WORK" "$n")"
    done
) &
WRK_PID=$!
at "load started: wrk -t$THREADS -c$CONNECTIONS over ${#PATHS[@]} paths through nginx, in ${SEGMENT}-second runs"
LOAD_T0=$(now_ms)
since_load() { echo $(( ($(now_ms) - LOAD_T0) / 1000 )); }
sleep 5

at "SIGKILL replica 0 (pid ${PIDS[0]})"
kill -KILL "${PIDS[0]}"
wait "${PIDS[0]}" 2>/dev/null || true
sleep 2
start_replica 0
ready 0 "started again"

# A curator's write through the balancer: PUT the population with its value plus one, If-Match its ETag.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() {
    local now header payload
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"iss":"certstats","upn":"rehearsal","groups":["curator"],"iat":%d,"exp":%d}' "$now" $((now + 600)) | b64url)
    printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$TEST_PRIVATE_KEY" -binary | b64url)"
}
POPULATION=/api/v1/populations/jp-it-companies
etag_of() { curl -s -o /dev/null -D - "$1$POPULATION" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'; }
before=$(curl -s -D "$WORK/get.headers" "$BALANCER$POPULATION")
old_etag=$(tr -d '\r' <"$WORK/get.headers" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
body=$(python3 -c 'import json,sys; v=json.load(sys.stdin); print(json.dumps({"description": v["description"], "value": v["value"] + 1, "unit": v["unit"], "asOf": v["asOf"], "source": {"links": v["source"]["links"], "notes": v["source"]["notes"]}}))' <<<"$before")
status=$(curl -s -o "$WORK/put.json" -w '%{http_code}' -X PUT "$BALANCER$POPULATION" -H "Authorization: Bearer $(token)" \
    -H 'Content-Type: application/json' -H "If-Match: $old_etag" --data "$body")
written=$(now_ms)
at "curator's PUT $POPULATION through nginx: $status"
[ "$status" = 200 ] || { cat "$WORK/put.json" >&2; exit 1; }
COHERENCE=()
for i in 0 1 2; do
    while [ "$(etag_of "http://127.0.0.1:${PORTS[$i]}")" = "$old_etag" ]; do
        [ $(( $(now_ms) - written )) -lt 10000 ] || { say "replica $i still serves the old ETag after 10 s"; exit 1; }
    done
    COHERENCE+=("replica $i: $(( $(now_ms) - written )) ms")
done
at "every replica serves the new ETag (${COHERENCE[*]}, asked one after the other with curl)"

for i in 1 2; do
    at "SIGTERM replica $i (pid ${PIDS[$i]}): rolling restart"
    stopping=$(now_ms)
    kill -TERM "${PIDS[$i]}"
    wait "${PIDS[$i]}" 2>/dev/null || true
    at "replica $i exited $(( $(now_ms) - stopping )) ms after SIGTERM"
    start_replica "$i"
    ready "$i" "started again"
done
at "events done $(since_load) s into the load"
touch "$WORK/events.done"
wait "$WRK_PID"
WRK_PID=
at "load finished after $(since_load) s"

# The runs added up: counts summed; p50 the median of the runs' p50s, p99 the worst run's.
SEGMENTS=$(for f in "$WORK"/segment-*.txt; do result "$f"; done)
sum() { awk -v k="$1" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) s += kv[2] } } END { printf "%d", s }' <<<"$SEGMENTS"; }
p50=$(awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "p50_us") print kv[2] } }' <<<"$SEGMENTS" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
p99=$(awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "p99_us") print kv[2] } }' <<<"$SEGMENTS" | sort -n | tail -1)
r="requests=$(sum requests) ok=$(sum ok) not_modified=$(sum not_modified) other_status=$(sum other_status) socket_errors=$(sum socket_errors) duration_us=$(sum duration_us) p50_us=$p50 p99_us=$p99"
echo
echo "wrk runs, one line each ($SEGMENT s):"
n=0
for f in "$WORK"/segment-*.txt; do n=$((n + 1)); printf '  %2d  %s\n' "$n" "$(result "$f")"; done

cat <<EOF

== certstats rehearsal: 3 replicas behind nginx, one PostgreSQL ($DB), $(nproc) cores ==
load            wrk -t$THREADS -c$CONNECTIONS, $(( $(field "$r" duration_us) / 1000000 )) s in ${SEGMENT}-second runs, ${#PATHS[@]} GET paths (JSON and CSV), If-None-Match on about every other request
requests        $(field "$r" requests) ($(( $(field "$r" requests) * 1000000 / $(field "$r" duration_us) ))/s): $(field "$r" ok) x 200, $(field "$r" not_modified) x 304
failed GETs     $(( $(field "$r" other_status) + $(field "$r" socket_errors) )) ($(field "$r" other_status) other statuses, $(field "$r" socket_errors) socket errors; target 0)
latency         p50 $(( $(field "$r" p50_us) / 1000 )).$(( $(field "$r" p50_us) % 1000 / 100 )) ms (median of the runs), p99 $(( $(field "$r" p99_us) / 1000 )).$(( $(field "$r" p99_us) % 1000 / 100 )) ms (the worst run's)
events          SIGKILL + restart of replica 0; curator's PUT through nginx; SIGTERM + restart of replica 1, then of replica 2
coherence       new ETag on every replica after the PUT: ${COHERENCE[*]}
throughput      ${THROUGHPUT[0]}
                ${THROUGHPUT[1]}
                ${THROUGHPUT[2]}
memory (RSS)    ${RSS[*]} (JAVA_OPTS: $JAVA_OPTS)
note            wrk, nginx, the 3 JVMs and PostgreSQL share these $(nproc) cores (with whatever else runs here):
                the machine is the ceiling, so more replicas cannot add throughput on it.
EOF
