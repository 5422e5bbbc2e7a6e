#!/usr/bin/env bash
# Import benchmark (issue #19): generates a 100,000-row XLSX (a Google Forms export of the demo's Si Mantab
# questionnaire, options written as their labels), uploads it to the packaged app with a small heap, dry-runs and
# imports it with the suggested mapping, then imports it again (every row recognised, nothing stored). Samples heap
# (jstat) and RSS every 0.5 s. The point: rows stream from the file to the group commit, so memory stays flat.
#
# Usage: bench/import.sh [rows]   (default 100000). Needs: psql, curl, jq, jstat. JAVA_OPTS overrides the heap
# (default -Xmx192m); SKIP_PACKAGE=1 uses the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROWS=${1:-100000}
PORT=${BENCH_PORT:-18093}
HEAP=${JAVA_OPTS:--Xmx192m}
WORK=$(mktemp -d /tmp/suara-import.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -q package -DskipTests

ADMIN=bench-admin ADMIN_PASSWORD=bench-password-not-secret
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME=$ADMIN SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD \
SUARA_PRIVACY_HASH_KEY=bench-import-hash-key-0123456789abcdef \
    java $HEAP -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do ready $PORT && break; sleep 0.5; done
pg_env "$WORK/pg" "$WORK/app.log"
BASE="http://localhost:$PORT"
AUTH=(-u "$ADMIN:$ADMIN_PASSWORD")
PROGRAM=$(psql -Atc "select id from program where slug = 'si-mantab'")
QUESTIONNAIRE=$(psql -Atc "select id from questionnaire where program_id = $PROGRAM and status = 'PUBLISHED'")
API="$BASE/api/v1/questionnaires/$QUESTIONNAIRE"

curl -sf "${AUTH[@]}" "$API" > "$WORK/questionnaire.json"
start=$(date +%s.%N)
java -cp target/suara-warga-runner.jar bench/ImportFile.java "$ROWS" "$WORK/file.xlsx" < "$WORK/questionnaire.json"
echo "machine: $(nproc) cores; java $HEAP; questionnaire $QUESTIONNAIRE; $ROWS rows, $(stat -c %s "$WORK/file.xlsx") bytes" \
     "(written in $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s)"

sample() { # every 0.5 s: heap used, old generation used and RSS, all in KB
    while :; do
        local heap rss
        heap=$(jstat -gc $APP 2>/dev/null | awk 'NR == 2 { printf "%d %d", $3 + $4 + $6 + $8, $8 }')
        rss=$(awk '/VmRSS/ { print $2 }' /proc/$APP/status)
        echo "${heap:-0 0} ${rss:-0}" >> "$1"
        sleep 0.5
    done
}

step() { # name, then curl arguments: times the call, prints its figures and peak memory; the body lands in $WORK/out
    local name=$1 samples="$WORK/samples" sampler result
    shift
    : > "$samples"
    sample "$samples" & sampler=$!
    result=$(curl -s "${AUTH[@]}" -o "$WORK/out" -w '%{http_code} %{time_total}' "$@")
    kill $sampler; wait $sampler 2>/dev/null || true
    awk -v name="$name" -v result="$result" -v rows="$ROWS" '
        { if ($1 > heap) heap = $1; if ($2 > old) old = $2; if ($3 > rss) rss = $3; n++ }
        END { split(result, r, " "); printf "%-10s status=%s seconds=%.1f rows/s=%.0f peak: heap_used=%d MB old_gen=%d MB rss=%d MB (%d samples)\n",
              name, r[1], r[2], rows / r[2], heap / 1024, old / 1024, rss / 1024, n }' "$samples"
}

upload() {
    step upload -X POST -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
        --data-binary @"$WORK/file.xlsx" "$API/imports?fileName=bench.xlsx"
    UPLOAD=$(jq -r .id "$WORK/out")
    # the suggested mapping, as a person who accepts every suggestion would send it
    jq '{label: "bench-import", idColumn: 1, columns: [.columns[] | select(.suggestedQuestion != null)
         | {column, question: .suggestedQuestion, answers: .suggestedAnswers}]}' "$WORK/out" > "$WORK/mapping.json"
}

upload
step dry-run -X POST -H 'Content-Type: application/json' --data @"$WORK/mapping.json" "$API/imports/$UPLOAD/dry-run"
jq -c '{rows, accepted, refused}' "$WORK/out"
step import -X POST -H 'Content-Type: application/json' --data @"$WORK/mapping.json" "$API/imports/$UPLOAD/run"
jq -c '{rows, stored, alreadyImported, refused}' "$WORK/out"
upload
step again -X POST -H 'Content-Type: application/json' --data @"$WORK/mapping.json" "$API/imports/$UPLOAD/run"
jq -c '{rows, stored, alreadyImported, refused}' "$WORK/out"
echo "stored: $(psql -Atc "select count(*) from survey_response where channel = 'IMPORT' and questionnaire_id = $QUESTIONNAIRE")"
grep -q OutOfMemoryError "$WORK/app.log" && { echo "OUT OF MEMORY"; exit 1; }
echo "no OutOfMemoryError in the app log"
