#!/usr/bin/env bash
# Retention benchmark (issue #5): how long anonymising N expired raw responses takes, and what it does to residents'
# submissions to other questionnaires meanwhile. Loads N responses (with free text, device and address hashes) into
# the demo's Si Mantab questionnaire, closes it and moves its closing back 400 days, then measures submissions to the
# Portal Pendidikan questionnaire for 15 s without a run and for 15 s with POST /api/v1/retention/run started 2 s in. Checks
# afterwards: every row anonymised, nothing identifying left, scores and aggregate check unchanged.
#
# Usage: bench/retention.sh [N]      (default 100000)   Needs: wrk, psql (apt-get install wrk postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
N=${1:-100000}
PORT=${BENCH_PORT:-18097}
CLIENTS=${CLIENTS:-16}
WORK=$(mktemp -d /tmp/suara-retention.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests
! curl -s "http://localhost:$PORT/" > /dev/null 2>&1 || { echo "port $PORT is taken; set BENCH_PORT"; exit 1; }

SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME=bench-admin SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD=bench-password-not-secret \
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true SUARA_RETENTION_ENABLED=false \
SUARA_GUARD_RATE_FLAG_ABOVE=100000000 SUARA_GUARD_RATE_REJECT_ABOVE=100000000 QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
    java ${JAVA_OPTS:-} -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 360); do ready $PORT && break; sleep 0.5; done
pg_env "$WORK/pg" "$WORK/app.log"
BASE="http://localhost:$PORT"
CURL=(curl -sf -u bench-admin:bench-password-not-secret)   # the first (national) admin, created at start
PROGRAM=$(psql -Atc "select id from program where slug = 'si-mantab'")
QUESTIONNAIRE=$(psql -Atc "select id from questionnaire where program_id = $PROGRAM and status = 'PUBLISHED'")
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); questionnaire $QUESTIONNAIRE, $N responses"

psql -q -v ON_ERROR_STOP=1 -v questionnaire=$QUESTIONNAIRE -v first=1 -v last=$N -f bench/sql/retention-responses.sql
"${CURL[@]}" -X POST "$BASE/api/v1/scores/questionnaires/$QUESTIONNAIRE/aggregate-rebuild" > /dev/null
"${CURL[@]}" -X POST "$BASE/api/v1/questionnaires/$QUESTIONNAIRE/close" > /dev/null
psql -q -c "update questionnaire set closed_at = closed_at - interval '400 days' where id = $QUESTIONNAIRE"
psql -q -c "vacuum analyze survey_response"
scores() { "${CURL[@]}" "$BASE/api/v1/scores/questionnaires/$QUESTIONNAIRE?includeFlagged=true" | sed 's/"asOf":"[^"]*"//'; }
BEFORE=$(scores)
echo "due: $("${CURL[@]}" "$BASE/api/v1/retention" | grep -o '"dueResponses":[0-9]*')"

# residents keep answering another demo program (Portal Pendidikan) throughout
URL="$BASE/api/v1/public/questionnaires/portal-pendidikan/responses"
wrk -t 2 -c "$CLIENTS" -d 20s -s bench/submit.lua "$URL" -- warmup > /dev/null
QUIET=$(wrk -t 2 -c "$CLIENTS" -d 15s -s bench/submit.lua "$URL" -- quiet | grep '^BENCH')
wrk -t 2 -c "$CLIENTS" -d 15s -s bench/submit.lua "$URL" -- during > "$WORK/during.txt" &
WRK=$!
sleep 2
START=$(date +%s%N)
RUN=$("${CURL[@]}" -X POST "$BASE/api/v1/retention/run")
RUN_MS=$(( ($(date +%s%N) - START) / 1000000 ))
wait $WRK
DURING=$(grep '^BENCH' "$WORK/during.txt")
rate() { echo "$1" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f", (v["requests"] - v["non2xx"]) / v["duration_s"] }'; }
echo "run: $RUN_MS ms for $(echo "$RUN" | grep -o '"responsesAnonymised":[0-9]*') in $(echo "$RUN" | grep -o '"batches":[0-9]*')"
echo "submissions without a run: $(rate "$QUIET") responses/s ($(echo "$QUIET" | grep -o 'p99_ms=[0-9.]*'), $(echo "$QUIET" | grep -o 'non2xx=[0-9]*'))"
echo "submissions during the run: $(rate "$DURING") responses/s ($(echo "$DURING" | grep -o 'p99_ms=[0-9.]*'), $(echo "$DURING" | grep -o 'non2xx=[0-9]*'))"
[ "$RUN_MS" -lt 13000 ] || echo "note: the run outlasted the measured window; the 'during' figures cover only part of it"

LEFT=$(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE and (anonymised_at is null
                  or answers ?| array['SARAN', 'KOMENTAR', 'LAYANAN'] or device_hash is not null or submission_key is not null)")
[ "$LEFT" = 0 ] || { echo "NOT ANONYMISED: $LEFT rows"; exit 1; }
[ "$(scores)" = "$BEFORE" ] || { echo "SCORES CHANGED"; exit 1; }
"${CURL[@]}" "$BASE/api/v1/scores/questionnaires/$QUESTIONNAIRE/aggregate-check" | grep -q '"consistent":true' \
    || { echo "AGGREGATES DISAGREE"; exit 1; }
echo "every row anonymised, nothing identifying left; scores identical; aggregate check consistent"
