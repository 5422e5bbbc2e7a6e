#!/usr/bin/env bash
# Score benchmark (issue #4): (1) the evaluation API's program score read at 1,000, 100,000 and 1,000,000 responses —
# reads touch only the running aggregates, so the time must not grow with the responses; (2) submission throughput
# with every client on one questionnaire versus spread over the six demo programs (aggregate rows are sharded, so
# one busy questionnaire must not become a hot spot).
#
# Usage: bench/scores.sh        Needs: wrk, psql (apt-get install wrk postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${BENCH_PORT:-18090}
CLIENTS=${CLIENTS:-16}
WORK=$(mktemp -d /tmp/suara-scores.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests

PASSWORD=bench-only-$RANDOM$RANDOM  # the demo staff password: rebuild and check are for admins
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true SUARA_DEMO_PASSWORD=$PASSWORD SUARA_DEMO_EVALUATOR_KEY=sw_benchmark-key-not-secret \
SUARA_GUARD_RATE_FLAG_ABOVE=100000000 SUARA_GUARD_RATE_REJECT_ABOVE=100000000 QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
    java ${JAVA_OPTS:-} -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do ready $PORT && break; sleep 0.5; done
pg_env "$WORK/pg" "$WORK/app.log"
BASE="http://localhost:$PORT"
AUTH="Authorization: Bearer sw_benchmark-key-not-secret"
PROGRAM=$(psql -Atc "select id from program where slug = 'si-mantab'")
QUESTIONNAIRE=$(psql -Atc "select id from questionnaire where program_id = $PROGRAM and status = 'PUBLISHED'")
echo "machine: $(nproc) cores; program $PROGRAM, questionnaire $QUESTIONNAIRE"

load_responses() { # $1 = first, $2 = last: synthetic complete answers, as the form would store them
    psql -q -v ON_ERROR_STOP=1 -v questionnaire=$QUESTIONNAIRE -v first=$1 -v last=$2 -f bench/sql/scores-responses.sql
    # bulk rows bypass the submission path, so their aggregates come from the rebuild (which also checks them)
    local start=$(date +%s%N)
    curl -sf -u "admin.banjarmasin:$PASSWORD" -X POST "$BASE/api/v1/scores/questionnaires/$QUESTIONNAIRE/aggregate-rebuild" > /dev/null
    echo "rebuild from $2 responses: $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
}

read_latency() { # prints p50 and p99 of the program score read, 4 connections, 15 s after a 5 s warm-up
    wrk -t 1 -c 4 -d 5s -H "$AUTH" "$BASE/api/v1/scores/programs/$PROGRAM" > /dev/null
    wrk -t 1 -c 4 -d 15s --latency -H "$AUTH" "$BASE/api/v1/scores/programs/$PROGRAM" \
        | awk '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Requests\/sec/ { rps = $2 } END { print "p50=" p50 " p99=" p99 " reads/s=" rps }'
}

echo "== score read (GET /api/v1/scores/programs/$PROGRAM) =="
load_responses 1 1000
echo "responses=$(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE") $(read_latency)"
load_responses 1001 100000
echo "responses=$(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE") $(read_latency)"
load_responses 100001 1000000
echo "responses=$(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE") $(read_latency)"
echo "aggregate rows read per score: $(psql -Atc "select count(*) from question_aggregate where questionnaire_id = $QUESTIONNAIRE") + $(psql -Atc "select count(*) from respondent_aggregate where questionnaire_id = $QUESTIONNAIRE")"

echo "== submissions: one questionnaire vs six ($CLIENTS clients, 20 s each after a 30 s warm-up) =="
URL="$BASE/api/v1/public/questionnaires/si-mantab/responses"
wrk -t 2 -c "$CLIENTS" -d 30s -s bench/submit.lua "$URL" -- warmup spread > /dev/null
ONE=$(wrk -t 2 -c "$CLIENTS" -d 20s -s bench/submit.lua "$URL" -- one | grep '^BENCH')
SIX=$(wrk -t 2 -c "$CLIENTS" -d 20s -s bench/submit.lua "$URL" -- six spread | grep '^BENCH')
rate() { echo "$1" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f", (v["requests"] - v["non2xx"]) / v["duration_s"] }'; }
echo "one questionnaire: $(rate "$ONE") responses/s ($(echo "$ONE" | grep -o 'p99_ms=[0-9.]*'))"
echo "six questionnaires: $(rate "$SIX") responses/s ($(echo "$SIX" | grep -o 'p99_ms=[0-9.]*'))"
echo "one / six: $(awk "BEGIN { printf \"%.0f\", 100 * $(rate "$ONE") / $(rate "$SIX") }") % (target: at least 80 %)"
for q in $(psql -Atc "select id from questionnaire where status = 'PUBLISHED'"); do
    curl -s -u "admin.banjarmasin:$PASSWORD" "$BASE/api/v1/scores/questionnaires/$q/aggregate-check" | grep -q '"consistent":true' \
        || { echo "AGGREGATES DISAGREE for questionnaire $q"; exit 1; }
done
echo "running aggregates agree with the stored responses of all six questionnaires"
