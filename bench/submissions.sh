#!/usr/bin/env bash
# Submission benchmark: the packaged app with its embedded, durable PostgreSQL (fsync and synchronous_commit on),
# wrk driving POST /api/v1/public/questionnaires/si-mantab/responses with a new Idempotency-Key per request, next to
# pgbench's raw single-row INSERT rate on the same PostgreSQL in the same run. Then it reconciles: every acknowledged
# (201) response must be stored exactly once, and the running score aggregates must agree with the stored responses.
#
# For reference it also measures pgbench inserting the service's own row (same table and answers, no aggregates).
#
# Usage: bench/submissions.sh [clients=16] [seconds=20]      Needs: wrk, pgbench, psql (apt-get install wrk postgresql-client)
#   PROFILE=wall|cpu   run the app under async-profiler (whole run): target/submissions-profile.collapsed
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
CLIENTS=${1:-16}
SECONDS_PER_RUN=${2:-20}
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/suara-bench.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; cp "$WORK/app.log" target/bench-app.log; rm -rf "$WORK"' EXIT

for tool in wrk pgbench psql; do
    command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk postgresql-client)"; exit 1; }
done
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests

# The guards would flag and then refuse one address sending thousands of responses: lift them, this measures throughput.
PASSWORD=bench-only-$RANDOM$RANDOM  # the demo staff password, for the aggregate check
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true SUARA_DEMO_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
SUARA_GUARD_RATE_FLAG_ABOVE=100000000 SUARA_GUARD_RATE_REJECT_ABOVE=100000000 \
    java ${JAVA_OPTS:-} ${PROFILE:+-agentpath:$(bench/async-profiler.sh)=start,event=$PROFILE,interval=1ms,threads,file=$PWD/target/submissions-profile.collapsed,collapsed} \
    -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
    ready $PORT && break
    sleep 0.5
done
pg_env "$WORK/pg" "$WORK/app.log"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); PostgreSQL $(psql -Atc 'show server_version'), fsync=$(psql -Atc 'show fsync'), synchronous_commit=$(psql -Atc 'show synchronous_commit')"

# 1. raw PostgreSQL: one single-row INSERT per transaction, same client count
psql -q -c "create table bench_insert (id bigserial primary key, payload jsonb not null)"
echo "insert into bench_insert (payload) values ('{\"U1\":3,\"U2\":4,\"SARAN\":\"Antrean di loket 2 terlalu lama.\"}');" > "$WORK/insert.sql"
RAW=$(pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -f "$WORK/insert.sql" 2>/dev/null | grep -o 'tps = [0-9.]*' | grep -o '[0-9.]*')
psql -q -c "drop table bench_insert"
QUESTIONNAIRE=$(psql -Atc "select q.id from questionnaire q join program p on p.id = q.program_id where p.slug = 'si-mantab' and q.status = 'PUBLISHED'")

# 2. the service: warm up (the JIT compiler keeps a core busy for the first tens of seconds), then measure
wrk -t 2 -c "$CLIENTS" -d "${WARMUP_SECONDS:-30}s" -s bench/submit.lua "http://localhost:$PORT/api/v1/public/questionnaires/si-mantab/responses" \
    -- warmup >/dev/null
# CPU used while measuring (clock ticks): the whole machine, the app's JVM, every PostgreSQL process
cpu_ticks() {
    local machine app pg=0 pid
    machine=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat)
    app=$(awk '{ print $14 + $15 }' /proc/$APP/stat)
    for pid in $(pgrep -f "postgres" ); do
        pg=$((pg + $(awk '{ print $14 + $15 }' /proc/$pid/stat 2>/dev/null || echo 0)))
    done
    echo "$machine $app $pg"
}
# the group commit's own metrics: batches written, responses in them, seconds spent writing them
writer_metrics() {
    curl -s "http://localhost:$(management_port $PORT)/q/metrics" | awk '$1 == "suara_response_batch_seconds_count" { c = $2 }
        $1 == "suara_response_batch_seconds_sum" { s = $2 } $1 == "suara_response_batch_rows_sum" { r = $2 }
        END { print c + 0, s + 0, r + 0 }'
}
BEFORE=$(cpu_ticks)
WRITER_BEFORE=$(writer_metrics)
OUT=$(wrk -t 2 -c "$CLIENTS" -d "${SECONDS_PER_RUN}s" --timeout 10s -s bench/submit.lua \
    "http://localhost:$PORT/api/v1/public/questionnaires/si-mantab/responses" -- measured)
LINE=$(echo "$OUT" | grep '^BENCH')
WRITER=$(echo "$WRITER_BEFORE $(writer_metrics) ${SECONDS_PER_RUN}" | awk '{ b = $4 - $1; printf "%d batches of %.1f responses on average, %.2f ms each, writer busy %.0f%% of the time",
    b, ($6 - $3) / b, 1000 * ($5 - $2) / b, 100 * ($5 - $2) / $7 }')
CPU=$(echo "$BEFORE $(cpu_ticks)" | awk '{ busy = $5 - $1; idle = $6 - $2; n = busy + idle;
    printf "machine %.0f%% busy of %d cores: app %.2f cores, PostgreSQL %.2f, the rest (wrk, system) %.2f",
        100 * busy / n, '"$(nproc)"', '"$(nproc)"' * ($7 - $3) / n, '"$(nproc)"' * ($8 - $4) / n,
        '"$(nproc)"' * (busy - ($7 - $3) - ($8 - $4)) / n }')
sleep 1 # let requests still in flight when wrk stopped finish
STORED=$(psql -Atc "select count(*) from survey_response where submission_key like 'api:bench-measured-%'")
REQUESTS=$(echo "$LINE" | sed 's/.*requests=\([0-9]*\).*/\1/')
NON2XX=$(echo "$LINE" | sed 's/.*non2xx=\([0-9]*\).*/\1/')
ERRORS=$(echo "$LINE" | sed 's/.*errors=\([0-9]*\).*/\1/')
DURATION=$(echo "$LINE" | sed 's/.*duration_s=\([0-9.]*\).*/\1/')
# wrk counts the requests it saw answered; up to one per client was still in flight when it stopped, and may be stored
ACKED=$((REQUESTS - NON2XX))
RATE=$(awk "BEGIN { printf \"%.0f\", $ACKED / $DURATION }")
RSS=$(ps -o rss= -p $APP | awk '{ printf "%.0f", $1 / 1024 }')
echo "clients=$CLIENTS seconds=$SECONDS_PER_RUN"
echo "pgbench raw single-row INSERT: ${RAW%.*} tx/s"
echo "service submissions: $RATE responses/s ($(awk "BEGIN { printf \"%.0f\", 100 * $RATE / $RAW }")% of raw), $(echo "$LINE" | grep -o 'p50_ms=[0-9.]*') $(echo "$LINE" | grep -o 'p99_ms=[0-9.]*')"
echo "cpu while measuring: $CPU"
echo "group commit: $WRITER"
echo "acknowledged (201): $ACKED, non-2xx: $NON2XX, socket errors: $ERRORS, stored: $STORED, app RSS: ${RSS} MiB"
if [ "$STORED" -lt "$ACKED" ] || [ "$STORED" -gt $((ACKED + ERRORS + CLIENTS)) ]; then
    echo "RECONCILIATION FAILED: acknowledged $ACKED but stored $STORED"; exit 1
fi
DUPLICATES=$(psql -Atc "select count(*) - count(distinct submission_key) from survey_response")
[ "$DUPLICATES" = 0 ] || { echo "RECONCILIATION FAILED: $DUPLICATES duplicate keys"; exit 1; }
echo "reconciliation: every acknowledged response stored exactly once"
CHECK=$(curl -s -u "admin.banjarmasin:$PASSWORD" "http://localhost:$PORT/api/v1/scores/questionnaires/$QUESTIONNAIRE/aggregate-check")
echo "$CHECK" | grep -q '"consistent":true' || { echo "AGGREGATES DISAGREE WITH RESPONSES: $CHECK"; exit 1; }
START=$(date +%s%N)
curl -s -o /dev/null -u "admin.banjarmasin:$PASSWORD" "http://localhost:$PORT/api/v1/scores/questionnaires/$QUESTIONNAIRE"
echo "running aggregates agree with the $(psql -Atc 'select count(*) from survey_response') stored responses; first (cold) score read: $(( ($(date +%s%N) - START) / 1000000 )) ms"
# 4. for reference only (the target is against 1.): pgbench inserting the service's own row — the same table,
# indexes, checks and triggers, the benchmark's 20 answers — one per transaction, without aggregates. Last, so its
# rows (deleted afterwards) and their vacuum disturb nothing measured above.
ANSWERS='{"USIA":"25_34","JENIS_KELAMIN":"P","PENDIDIKAN":"SMA","PEKERJAAN":"WIRAUSAHA","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,"U7":4,"U8":3,"U9":2,"SARAN":"Antrean di loket 2 terlalu lama.","MANFAAT":4,"KEMUDAHAN_AKSES":3,"REKOMENDASI":4,"KEBERLANJUTAN":4}'
echo "insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language, notice_version, answers, source_hash) values (gen_random_uuid(), $QUESTIONNAIRE, 'pgbench-' || gen_random_uuid(), decode(repeat('a', 64), 'hex'), 'API', 'id', 1, '$ANSWERS', decode(repeat('b', 64), 'hex'));" > "$WORK/row.sql"
ROW=$(pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -f "$WORK/row.sql" 2>/dev/null | grep -o 'tps = [0-9.]*' | grep -o '[0-9.]*')
psql -q -c "delete from survey_response where submission_key like 'pgbench-%'"
echo "for reference, pgbench INSERT of the service's own row (same table, 20 answers, no aggregates): ${ROW%.*} tx/s"
