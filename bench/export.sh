#!/usr/bin/env bash
# Export benchmark (issue #5): downloads the anonymised responses of one questionnaire as CSV and XLSX at 100,000 and
# at 1,000,000 responses from the packaged app with a small heap, sampling heap use (jstat -gc) and RSS
# (/proc/<pid>/status) every 0.5 s while each export runs. The point: rows are streamed from a database cursor to the
# client, so the peak heap is the same at 100k and at 1M and fits -Xmx128m.
#
# Usage: bench/export.sh        Needs: psql, curl, unzip, jstat (JDK). JAVA_OPTS overrides the heap (default -Xmx128m).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${BENCH_PORT:-18091}
HEAP=${JAVA_OPTS:--Xmx128m}
WORK=$(mktemp -d /tmp/suara-export.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -B -q package -DskipTests

ADMIN=bench-admin ADMIN_PASSWORD=bench-password-not-secret
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME=$ADMIN SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $HEAP -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do ready $PORT && break; sleep 0.5; done
pg_env "$WORK/pg" "$WORK/app.log"
BASE="http://localhost:$PORT"
AUTH=(-u "$ADMIN:$ADMIN_PASSWORD") # exports need an admin or the program's owner
PROGRAM=$(psql -Atc "select id from program where slug = 'si-mantab'")
QUESTIONNAIRE=$(psql -Atc "select id from questionnaire where program_id = $PROGRAM and status = 'PUBLISHED'")
echo "machine: $(nproc) cores; java $HEAP; questionnaire $QUESTIONNAIRE"

load_responses() { # $1 = first, $2 = last: synthetic answers; every 20th flagged, every 3rd with a comment
    local start=$(date +%s)
    # triggers skipped for this bulk load only (session_replication_role); the questionnaire is published
    psql -q -v ON_ERROR_STOP=1 -v questionnaire=$QUESTIONNAIRE -v first=$1 -v last=$2 -f bench/sql/export-responses.sql
    psql -q -c "analyze survey_response"
    echo "loaded responses $1..$2 in $(( $(date +%s) - start )) s"
}

sample() { # every 0.5 s: heap used, old generation used (what survives collections) and RSS, all in KB
    while :; do
        local heap rss
        heap=$(jstat -gc $APP 2>/dev/null | awk 'NR == 2 { printf "%d %d", $3 + $4 + $6 + $8, $8 }')
        rss=$(awk '/VmRSS/ { print $2 }' /proc/$APP/status)
        echo "${heap:-0 0} ${rss:-0}" >> "$1"
        sleep 0.5
    done
}

export_one() { # $1 = file name (responses.csv | responses.xlsx); prints duration, bytes, rows, peak heap and RSS
    local samples="$WORK/samples" out="$WORK/$1" sampler
    : > "$samples"
    sample "$samples" & sampler=$!
    local result
    result=$(curl -sf "${AUTH[@]}" -o "$out" -w '%{http_code} %{size_download} %{time_total}' \
        "$BASE/api/v1/questionnaires/$QUESTIONNAIRE/$1")
    kill $sampler; wait $sampler 2>/dev/null || true
    local rows
    if [[ $1 == *.csv ]]; then
        rows=$(( $(grep -c $'\r$' "$out") - 1 ))
    else
        rows=$(( $(unzip -p "$out" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) - 1 ))
    fi
    awk -v name="$1" -v result="$result" -v rows="$rows" '
        { if ($1 > heap) heap = $1; if ($2 > old) old = $2; if ($3 > rss) rss = $3; n++ }
        END { split(result, r, " "); printf "%-15s status=%s rows=%s bytes=%d seconds=%.1f MB/s=%.1f peak: heap_used=%d MB old_gen=%d MB rss=%d MB (%d samples)\n",
              name, r[1], rows, r[2], r[3], r[2] / r[3] / 1e6, heap / 1024, old / 1024, rss / 1024, n }' "$samples"
}

load_responses 1 100000
echo "== $(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE") responses =="
export_one responses.csv
export_one responses.xlsx
load_responses 100001 1000000
echo "== $(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE") responses =="
export_one responses.csv
export_one responses.xlsx
grep -q OutOfMemoryError "$WORK/app.log" && { echo "OUT OF MEMORY"; exit 1; }
echo "no OutOfMemoryError in the app log"
