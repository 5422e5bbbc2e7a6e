#!/usr/bin/env bash
# Start time, A against B (issue #6): time from `java -jar` to /q/health/ready answering 200 against an already running
# PostgreSQL, with the class-data sharing archive, alternating two sets of JVM options start by start so both see the
# same machine (on this shared 2-core machine the same start varies by ±20 % from one hour to the next).
#
# Usage: bench/start-compare.sh "<JVM options A>" "<JVM options B>" [pairs=9]
#   e.g. bench/start-compare.sh "" "-XX:TieredStopAtLevel=1"
# B may also be another build: JAR_B=<its runner jar (a build from before the uber-jar: with its lib/ beside it)> bench/start-compare.sh "" "" (e.g. a
# `git worktree` of an older commit, packaged there). Each jar gets its own archive. Ready = /q/health/ready answers 200
# on the management port, or on the app's port for a build without the management interface.
# READY_POLL_B=curl polls B's readiness with a curl per poll (how these scripts polled until session 7; bench/lib.sh).
# Every start also gets -Xmx256m -XX:+UseParallelGC (as the image); bench/footprint.sh adds the image's JIT options.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
OPTIONS_A=${1?options A}
OPTIONS_B=${2?options B}
PAIRS=${3:-9}
DB_PORT_HTTP=${BENCH_PORT:-18130}
PORT=$((DB_PORT_HTTP + 1))
WORK=$(mktemp -d /tmp/suara-start.XXXXXX)
trap 'kill $DB $DB_A $APP 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests
APP= DB= DB_A=

JAR_A=target/suara-warga-runner.jar
JAR_B=${JAR_B:-$JAR_A}
. bench/demo-database.sh
DB_A=$DB PG_A="$PGPORT $PGPASSWORD" PG_B="$PGPORT $PGPASSWORD"
if [ "$JAR_B" != "$JAR_A" ]; then
    # an older build refuses a database migrated past its own migrations (Flyway: "applied migration not resolved
    # locally"), so B gets a demo database of its own, made by B
    DEMO_JAR=$JAR_B DEMO_DIR="$WORK/pg-b" DB_PORT_HTTP=$((DB_PORT_HTTP + 2)) . bench/demo-database.sh
    PG_B="$PGPORT $PGPASSWORD"
fi
src/main/docker/appcds-train.sh "$JAR_A" "$WORK/a.jsa" > /dev/null
# another build trains with its own script (what its image would run), found beside its target/
TRAIN_B=$(dirname "$JAR_B")/../src/main/docker/appcds-train.sh
[ -x "$TRAIN_B" ] || TRAIN_B=src/main/docker/appcds-train.sh
"$TRAIN_B" "$JAR_B" "$WORK/b.jsa" > /dev/null

start_ms() { # JVM options (one string), jar, archive, "database port and password"
    local t0 pg_port pg_password
    read -r pg_port pg_password <<< "$4"
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # the options are a list
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD="$pg_password" QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
        timeout 120 java -Xmx256m -XX:+UseParallelGC -XX:SharedArchiveFile="$3" $1 -jar "$2" \
        > "$WORK/app.log" 2>&1 &
    APP=$!
    wait_ready $PORT $APP || { echo "the app did not start with: $1" >&2; tail -5 "$WORK/app.log" >&2; exit 1; }
    echo $(( ($(date +%s%N) - t0) / 1000000 ))
    kill $APP; wait $APP 2>/dev/null || true
}

A=(); B=()
for _ in $(seq 1 "$PAIRS"); do
    A+=("$(start_ms "$OPTIONS_A" "$JAR_A" "$WORK/a.jsa" "$PG_A")")
    B+=("$(READY_POLL=${READY_POLL_B:-} start_ms "$OPTIONS_B" "$JAR_B" "$WORK/b.jsa" "$PG_B")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "machine: $(nproc) cores; $PAIRS starts each, alternating"
echo "A [$OPTIONS_A] $JAR_A: median $(median "${A[@]}") ms (sorted: $(printf '%s\n' "${A[@]}" | sort -n | paste -sd' '))"
echo "B [$OPTIONS_B] $JAR_B: median $(median "${B[@]}") ms (sorted: $(printf '%s\n' "${B[@]}" | sort -n | paste -sd' '))"
