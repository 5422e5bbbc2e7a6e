#!/usr/bin/env bash
# Fault tests, long variants (issue #6): the very tests the suite runs fast — GracefulShutdownIT (SIGTERM under load),
# DatabaseOutageIT (PostgreSQL away and back; restarted under load = fault b), FaultToleranceIT (kill -9 under load =
# fault a; two instances on one database = fault c) and BadInputBarrageTest (fault d) — with longer load phases, more
# clients and a bigger barrage. Each prints one summary line; every reconciliation is an assertion, so a loss fails.
#
# The bad input barrage alone, longer: bench/barrage.sh.
# Usage: bench/faults.sh [seconds per load phase] [clients per app] [bad requests]    (defaults 30 16 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-30}
CLIENTS=${2:-16}
REQUESTS=${3:-20000}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $SECONDS_PER_PHASE s per phase, $CLIENTS clients, $REQUESTS bad requests"
./mvnw -B -q verify -Dtest=BadInputBarrageTest -Dit.test='GracefulShutdownIT,DatabaseOutageIT,FaultToleranceIT' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfault-run.seconds="$SECONDS_PER_PHASE" \
    -Dfault-run.clients="$CLIENTS" -Dfault-run.requests="$REQUESTS" 2>&1 \
    | tee target/faults.log \
    | grep -aE '^(graceful shutdown|database outage|PostgreSQL restart under load|kill -9 under load|two instances|bad input barrage):|Tests run:|FAIL' \
    || true
grep -aq 'BUILD FAILURE\|<<< FAILURE\|<<< ERROR' target/faults.log && { echo "FAILED: see target/faults.log"; exit 1; }
echo "all fault tests passed"
