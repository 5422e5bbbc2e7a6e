# Sourced by bench/footprint.sh, start-compare.sh and batch-statement.sh: starts the packaged app with its embedded PostgreSQL and
# the demo data, used only for that PostgreSQL, so the app under measurement starts nothing. Needs WORK,
# DB_PORT_HTTP and bench/lib.sh; sets DB (that app's pid, for the caller's trap) and PGPORT. DEMO_JAR (default: this
# build) and DEMO_DIR (default: $WORK/pg) start another build's database, at that build's schema.
DEMO_DIR=${DEMO_DIR:-$WORK/pg}
SUARA_EMBEDDED_DB_DATA_DIR="$DEMO_DIR" SUARA_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$DB_PORT_HTTP QUARKUS_MANAGEMENT_PORT=$(management_port $DB_PORT_HTTP) \
    java -jar "${DEMO_JAR:-target/suara-warga-runner.jar}" > "$DEMO_DIR.log" 2>&1 &
DB=$!
for _ in $(seq 1 240); do ready $DB_PORT_HTTP && break; sleep 0.5; done
pg_env "$DEMO_DIR" "$DEMO_DIR.log"
unset DEMO_DIR DEMO_JAR
