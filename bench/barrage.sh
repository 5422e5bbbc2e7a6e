#!/usr/bin/env bash
# Bad input barrage, long variant (issue #21): the very BadInputBarrageTest the suite runs with 5,000 requests, here
# with 50,000 (seeded, so a failure replays): malformed headers (Accept, Accept-Language, cookies, Authorization,
# X-Forwarded-*), garbage, wrongly typed, wrongly encoded, oversized and deeply nested bodies, huge numbers, too many
# form fields, broken multipart, overlong passwords and an admin's malformed requests. It asserts 0 5xx and an
# unchanged database (failed sign-ins may only add audit rows and throttle counters) and prints one summary line.
#
# Usage: bench/barrage.sh [requests]    (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-50000}
mkdir -p target
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $REQUESTS bad requests"
start=$(date +%s)
./mvnw -B -q test -Dtest=BadInputBarrageTest -Dsurefire.failIfNoSpecifiedTests=false -Dfault-run.requests="$REQUESTS" \
    > target/barrage.log 2>&1 || true
grep -a '^bad input barrage:' target/barrage.log || true
grep -aq 'BUILD FAILURE\|<<< FAILURE\|<<< ERROR' target/barrage.log && { echo "FAILED: see target/barrage.log"; exit 1; }
echo "passed in $(( $(date +%s) - start )) s (Maven and the app's start included)"
