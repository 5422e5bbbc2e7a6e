#!/usr/bin/env bash
# Where the time of one response batch goes inside PostgreSQL (issue #3): pgbench runs the group-commit writer's
# statement (ResponseQueries.INSERT_BATCH: the shared aggregate lock, the insert, the scored answers and the two
# aggregate upserts) as one client, like the single writer, against the app's embedded PostgreSQL with the demo data:
#   - full statement vs the insert alone (what the running aggregates cost), at 1, 8 and 32 responses per batch
#     (what is paid per statement and what per response);
#   - full statement prepared once (-M prepared: PgJDBC's named statements, also through a PgBouncer that tracks them)
#     vs parsed and planned on every execution (-M extended: PgJDBC with prepareThreshold=0).
# The statement is read from the app's source (below), so this measures what the app sends. Prints the average latency
# per statement; two rounds, alternating.
#
# Usage: bench/batch-statement.sh [seconds per run=8]     Needs: postgresql-client (pgbench, psql)
#        PERF=1 bench/batch-statement.sh                 also profiles the backend (needs perf, root)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SECONDS_PER_RUN=${1:-8}
DB_PORT_HTTP=${BENCH_PORT:-18170}
WORK=$(mktemp -d /tmp/suara-batch.XXXXXX)
trap 'kill $DB 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/suara-warga-runner.jar ] || ./mvnw -B -q package -DskipTests
DB=
. bench/demo-database.sh
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
QUESTIONNAIRE=$(psql -Atc "select q.id from questionnaire q join program p on p.id = q.program_id where p.slug = 'si-mantab' and q.status = 'PUBLISHED'")
ANSWERS='{"USIA":"25_34","JENIS_KELAMIN":"P","PENDIDIKAN":"SMA","PEKERJAAN":"WIRAUSAHA","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,"U7":4,"U8":3,"U9":2,"MANFAAT":4,"KEMUDAHAN_AKSES":3,"REKOMENDASI":4,"KEBERLANJUTAN":4,"SARAN":"Antrean terlalu lama."}'

# The writer's statement as the app sends it, read from ResponseQueries.INSERT_BATCH (everything after its input
# and answers CTEs), with the batch's aggregate lock from AggregateLocks and pgbench's :shard for the shard parameter.
# Only the input differs: generate_series instead of the driver's parameter arrays, time-ordered public ids as
# ResponseIds makes them, and each response's scored answers as ScoredAnswer selects them (read from the questions here).
SOURCE=src/main/java/id/suarawarga/response/ResponseQueries.java
LOCK_KEY=$(grep -o 'CLASS_KEY = 0x[0-9a-fA-F_]*' src/main/java/id/suarawarga/score/AggregateLocks.java | grep -o '0x.*' | tr -d _)
LOCK="select count(pg_advisory_xact_lock_shared($((LOCK_KEY)), (q % 2147483648)::int)) from (select distinct q from input order by q) locked"
FULL=$(awk '/^ *t as \($/ { on = 1 } on { print } /from ins"""/ { exit }' "$SOURCE" | sed 's/""".*$//')
# the insert alone: up to the end of the ins CTE, and its rows counted
INSERT_ONLY="$(awk '/^ *t as \($/ { on = 1 } on { print } /^ *flagged\),$/ { exit }' "$SOURCE" | sed '$ s/),$/)/')
select count(*) from ins"
SCORED=$(psql -Atc "select string_agg(format('(%L, %L, %s::int, %s::int)', code, tag, ('$ANSWERS'::jsonb ->> code)::int,
                                              coalesce(scale_points::text, 'null')), ', ' order by position)
                       from question where questionnaire_id = $QUESTIONNAIRE and scored and '$ANSWERS'::jsonb ? code")
[ -n "$LOCK_KEY" ] && [ -n "$SCORED" ] && grep -q 'from input where (%s) >= 0' <<< "$FULL" \
    && grep -q 'from answers x join ins' <<< "$FULL" && grep -q 'respondent_sums' <<< "$FULL" \
    || { echo "INSERT_BATCH in $SOURCE no longer has the shape this script reads; update the script"; exit 1; }

statement() { # rows, the statement after the input CTE
    echo '\set shard random(0, 15)'
    { cat <<SQL
with input as (
  select (lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
          || substr(md5(random()::text), 1, 19))::uuid as p,
         $QUESTIONNAIRE::bigint as q, gen_random_uuid()::text as k, md5(random()::text) || md5(random()::text) as h,
         'API'::text as c, 'id'::text as l, 1 as v, '$ANSWERS'::text as a, 30 as f, null::text as d,
         md5(random()::text) || md5(random()::text) as s, '{}'::text as r, null::bigint as o, null::text as g
    from generate_series(1, $1)),
answers as (
  select input.p as public_id, x.* from input cross join (values $SCORED) as x(question_code, tag, point, scale_points)),
SQL
      printf '%s\n' "$2" | sed -e "s/%s/$LOCK/" -e 's/%%/%/g' -e 's/?/:shard/g'
    } | tr '\n' ' '
    echo
}

run() { # label, pgbench protocol, script
    printf '%-50s %s ms per statement\n' "$1" \
        "$(pgbench -n -c 1 -T "$SECONDS_PER_RUN" -M "$2" -f "$3" 2>/dev/null | awk '/latency average/ { print $4 }')"
}

for rows in 1 8 32; do
    statement $rows "$FULL" > "$WORK/full$rows.sql"
    statement $rows "$INSERT_ONLY" > "$WORK/insert$rows.sql"
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql -Atc 'show server_version'), one client, $SECONDS_PER_RUN s per run"
for round in 1 2; do
    echo "round $round"
    for rows in 1 8 32; do
        run "  $rows responses, full statement, prepared" prepared "$WORK/full$rows.sql"
        run "  $rows responses, insert only, prepared" prepared "$WORK/insert$rows.sql"
    done
    run "  8 responses, full statement, planned each time" extended "$WORK/full8.sql"
done

# PERF=1: where the backend's time goes in the 8-response statement (perf with DWARF call graphs, as root), as the
# share of its samples under each step; fsync is the commit waiting for the WAL to reach the disk.
if [ "${PERF:-}" = 1 ]; then
    pgbench -n -c 1 -T 12 -M prepared -f "$WORK/full8.sql" > /dev/null 2>&1 &
    BENCH=$!
    sleep 2
    BACKEND=$(psql -Atc "select pid from pg_stat_activity where application_name = 'pgbench' and state is not null limit 1")
    perf record -q -o "$WORK/perf.data" -p "$BACKEND" --call-graph dwarf,16384 -F 999 -- sleep 6 > /dev/null 2>&1
    wait $BENCH
    echo "backend of the 8-response statement, share of samples under each step (perf, DWARF call graphs):"
    perf report -i "$WORK/perf.data" --children --sort symbol --stdio 2>/dev/null \
        | awk '$3 == "[.]" || $3 == "[k]" { print $1, $4 }' \
        | awk -v want="ExecConstraints translate ExecCheckIndexConstraints ExecInsertIndexTuples RI_FKey_check _SPI_execute_plan jsonb_from_cstring ExecHashJoin standard_ExecutorStart stringToNode XLogFlush pg_fdatasync" \
            'BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) order[w[i]] = i }
             ($2 in order) && !seen[$2]++ { line[order[$2]] = sprintf("  %7s  %s", $1, $2) }
             END { for (i = 1; i <= n; i++) if (i in line) print line[i] }'
fi
