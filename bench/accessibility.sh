#!/usr/bin/env bash
# Lighthouse's mobile accessibility score of the demo's resident pages (issue #18: "Lighthouse mobile accessibility 100
# on the demo pages"): the packaged app with its embedded PostgreSQL and the demo data, each page audited by Lighthouse
# 12 (Node 20; 13 wants Node 22) in Debian's chromium. Prints the score and any failed audit per page; exits 1 below
# 100. Lighthouse comes from the npm registry into a throw-away folder, so it is not part of ./mvnw verify.
#
# Usage: bench/accessibility.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=${BENCH_PORT:-18140}
WORK=$(mktemp -d /tmp/suara-a11y.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests
(cd "$WORK" && npm install --silent --no-audit --no-fund lighthouse@12.8.2 > /dev/null)
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_MANAGEMENT_PORT=$(management_port $PORT) java -jar target/suara-warga-runner.jar > "$WORK/app.log" 2>&1 &
APP=$!
wait_ready $PORT $APP || { echo "the app did not start" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }

PAGES=(s/si-mantab s/sampah-menjadi-energi s/si-mantab/terima-kasih "s/si-mantab?lang=en" hasil/63.71/2024
    hasil/program/si-mantab)
below=0
for page in "${PAGES[@]}"; do
    report="$WORK/report.json"
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$WORK/node_modules/.bin/lighthouse" "http://localhost:$PORT/$page" \
        --only-categories=accessibility --form-factor=mobile --chrome-flags="--headless=new --no-sandbox" \
        --output=json --output-path="$report" --quiet > /dev/null 2>&1
    score=$(python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
failed = [name for name, audit in report["audits"].items()
          if audit.get("scoreDisplayMode") == "binary" and audit.get("score") == 0]
print(round(report["categories"]["accessibility"]["score"] * 100), " ".join(failed))' "$report")
    echo "/$page: accessibility $score"
    [ "${score%% *}" = 100 ] || below=1
done
exit $below
