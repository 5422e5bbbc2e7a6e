#!/usr/bin/env bash
# Dashboard benchmark (issue #5, part 4): how long the questionnaire page and the comment search take at 1,000,
# 10,000 and 100,000 responses. The headline scores read the running aggregates; the weekly trend, the profile
# breakdowns, the distributions and the comments are computed in SQL over the questionnaire's responses, so their
# cost grows with them: this says by how much.
#
# Usage: bench/dashboard.sh     Needs: psql, curl (apt-get install postgresql-client curl)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${BENCH_PORT:-18377}
WORK=$(mktemp -d /tmp/suara-dashboard.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests

PASSWORD=benchmark-password-not-secret
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true SUARA_DEMO_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) \
    java ${JAVA_OPTS:-} -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do ready $PORT && break; sleep 0.5; done
pg_env "$WORK/pg" "$WORK/app.log"
BASE="http://localhost:$PORT"
ADMIN=$(grep -o "as '[^']*' (admin)" "$WORK/app.log" | head -1 | cut -d"'" -f2)
PROGRAM=$(psql -Atc "select id from program where slug = 'si-mantab'")
QUESTIONNAIRE=$(psql -Atc "select id from questionnaire where program_id = $PROGRAM and status = 'PUBLISHED'")
echo "machine: $(nproc) cores; program $PROGRAM, questionnaire $QUESTIONNAIRE"

login() { # a session cookie of the demo region's admin in $WORK/cookies, through the sign-in form
    curl -sf -c "$WORK/cookies" -o /dev/null -d "j_username=$ADMIN&j_password=$PASSWORD" "$BASE/j_security_check"
}

load_responses() { # $1 = first, $2 = last: spread over 26 weeks, profile answers, a suggestion in one of five
    psql -q -v ON_ERROR_STOP=1 -v questionnaire=$QUESTIONNAIRE -v first=$1 -v last=$2 -f bench/sql/dashboard-responses.sql
    # bulk rows bypass the submission path, so their aggregates come from the rebuild
    curl -sf -X POST -u "$ADMIN:$PASSWORD" "$BASE/api/v1/scores/questionnaires/$QUESTIONNAIRE/aggregate-rebuild" > /dev/null
}

time_page() { # median of 5 fetches after one warm-up, in ms
    curl -sf -b "$WORK/cookies" -o /dev/null "$BASE$1"
    for _ in 1 2 3 4 5; do curl -sf -b "$WORK/cookies" -o /dev/null -w '%{time_total}\n' "$BASE$1"; done \
        | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }'
}

login
for range in "1 1000" "1001 10000" "10001 100000"; do
    load_responses $range
    n=$(psql -Atc "select count(*) from survey_response where questionnaire_id = $QUESTIONNAIRE")
    echo "responses=$n questionnaire page=$(time_page "/dasbor/kuesioner/$QUESTIONNAIRE") ms" \
         "comments page 1=$(time_page "/dasbor/kuesioner/$QUESTIONNAIRE/komentar") ms" \
         "search 'LOKET 3'=$(time_page "/dasbor/kuesioner/$QUESTIONNAIRE/komentar?q=LOKET%203&halaman=2") ms" \
         "overview=$(time_page "/dasbor") ms"
done
