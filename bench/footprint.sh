#!/usr/bin/env bash
# Footprint (issue #6): what the app needs inside the Deployment's limits (512 MiB memory, heap = half of it as the
# image's run-java.sh sets it). (1) Time from `java -jar` to /q/health/ready answering 200 against an already running
# PostgreSQL: ten starts without and ten with the class-data sharing archive the image makes
# (src/main/docker/appcds-train.sh), each as the image starts it (-Xmx256m, ParallelGC, the image's JIT thresholds). (2) The submission benchmark (wrk, 16 clients, 30 s after a 20 s warm-up) against one app
# with -Xmx256m (what run-java.sh gives a 512 MiB container), sampling its RSS every second: the largest RSS must
# stay below 512 MiB. The database is another instance of the app's own embedded PostgreSQL, so the measured app starts nothing.
#
# Usage: bench/footprint.sh          Needs: wrk (apt-get install wrk)
#   JAVA_EXTRA="-XX:..."  extra JVM options for every measured start (e.g. -XX:TieredStopAtLevel=1)
#   PROFILE=cpu|wall      also one start with the archive under async-profiler: target/start-profile.collapsed;
#                         with wall, bench/start-breakdown.py then sums the main thread's time until ready by component
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DB_PORT_HTTP=${BENCH_PORT:-18110}
PORT=$((DB_PORT_HTTP + 1))
HEAP=${HEAP:-256m}
WORK=$(mktemp -d /tmp/suara-footprint.XXXXXX)
trap 'kill $DB $APP 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests
APP= DB=
# the JIT thresholds the image sets (src/main/docker/Dockerfile.jvm), so this measures the start the image makes
IMAGE_JIT=$(grep -o -- '-XX:Tier4[A-Za-z]*=[0-9]*' src/main/docker/Dockerfile.jvm | paste -sd' ')

. bench/demo-database.sh
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL on $PGPORT; app heap -Xmx$HEAP"
echo "JVM options of every measured start: -Xmx$HEAP -XX:+UseParallelGC $IMAGE_JIT ${JAVA_EXTRA:-}"

ARCHIVE=target/app-cds.jsa
src/main/docker/appcds-train.sh target/suara-warga-runner.jar "$ARCHIVE"

start_app() { # extra JVM options
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" SUARA_GUARD_RATE_FLAG_ABOVE=100000000 SUARA_GUARD_RATE_REJECT_ABOVE=100000000 \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) java -Xmx$HEAP -XX:+UseParallelGC $IMAGE_JIT ${JAVA_EXTRA:-} "$@" -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
    APP=$!
}

time_starts() { # label, extra JVM options
    local label=$1 times=()
    shift
    for _ in $(seq 1 10); do
        T0=$(date +%s%N)
        start_app "$@"
        wait_ready $PORT $APP || { tail -5 "$WORK/app.log"; exit 1; }
        times+=($(( ($(date +%s%N) - T0) / 1000000 )))
        kill $APP; wait $APP 2>/dev/null || true
    done
    grep -q 'shared archive' "$WORK/app.log" && { grep 'shared archive' "$WORK/app.log"; exit 1; }
    echo "ready after start, $label: median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 5,6p | paste -sd' ' | awk '{ print int(($1 + $2) / 2) }') ms (ms, sorted: $(printf '%s\n' "${times[@]}" | sort -n | paste -sd' '))"
}
time_starts "without an archive"
time_starts "with the AppCDS archive" -XX:SharedArchiveFile="$ARCHIVE"
if [ -n "${PROFILE:-}" ]; then
    start_app -XX:SharedArchiveFile="$ARCHIVE" \
        -agentpath:"$(bench/async-profiler.sh)"=start,event="$PROFILE",interval=1ms,threads,file="$PWD/target/start-profile.collapsed",collapsed
    wait_ready $PORT $APP || { tail -5 "$WORK/app.log"; exit 1; }
    kill $APP; wait $APP 2>/dev/null || true
    echo "$PROFILE profile of one start (the app stopped right after ready): target/start-profile.collapsed"
    [ "$PROFILE" != wall ] || bench/start-breakdown.py target/start-profile.collapsed 1
fi

start_app -XX:SharedArchiveFile="$ARCHIVE"
until ready $PORT; do sleep 0.1; done
echo "after start: RSS $(( $(ps -o rss= -p $APP) / 1024 )) MiB"
URL="http://localhost:$PORT/api/v1/public/questionnaires/si-mantab/responses"
wrk -t 2 -c 16 -d 20s -s bench/submit.lua "$URL" -- warmup > /dev/null
( while kill -0 $APP 2>/dev/null; do ps -o rss= -p $APP; sleep 1; done ) > "$WORK/rss.txt" &
SAMPLER=$!
RUN=$(wrk -t 2 -c 16 -d 30s -s bench/submit.lua "$URL" -- footprint | grep '^BENCH')
kill $SAMPLER 2>/dev/null || true
MAX_RSS=$(sort -n "$WORK/rss.txt" | tail -1)
echo "under load: $(echo "$RUN" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f responses/s, p99 %s ms, non-2xx %s", (v["requests"] - v["non2xx"]) / v["duration_s"], v["p99_ms"], v["non2xx"] }')"
echo "largest RSS $(( MAX_RSS / 1024 )) MiB (limit 512 MiB), heap capped at $HEAP"
[ $(( MAX_RSS / 1024 )) -lt 512 ] || { echo "RSS ABOVE THE LIMIT"; exit 1; }
