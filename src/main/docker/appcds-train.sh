#!/usr/bin/env bash
# Writes a class-data sharing archive (AppCDS) for the packaged app from a training run, so that a new replica is ready
# sooner (issue #6: within 2 s of start): the JVM then maps ~14,000 already parsed and verified classes instead of
# loading them one by one. The run starts the jar with its embedded PostgreSQL in a temporary folder and the demo data,
# sends the requests residents and staff send (a resident's page, a JSON submission, a form error, the OpenAPI
# document, metrics, the sign-in page), stops it, and the JVM writes the archive on exit.
#
# Usage: appcds-train.sh <runner jar> <archive to write>   (the image build runs it; so does bench/footprint.sh)
# Use:   java -XX:SharedArchiveFile=<archive> -jar <runner jar>   with the same jar at the same path and the same JDK;
#        when either differs the JVM says so once and starts without the archive (nothing else changes).
set -euo pipefail
JAR=$1
ARCHIVE=$2
PORT=${APPCDS_TRAIN_PORT:-18190}
MANAGEMENT_PORT=$((PORT + 1))   # health and metrics
WORK=$(mktemp -d "${TMPDIR:-/tmp}/suara-appcds.XXXXXX")
trap 'rm -rf "$WORK"' EXIT   # the database and the extracted PostgreSQL binaries (java.io.tmpdir) live here

# plain HTTP/1.0 over bash's /dev/tcp: the image has no curl
request() { # method path [content-type body]; to the management port with TO=$MANAGEMENT_PORT
    exec 3<>"/dev/tcp/127.0.0.1/${TO:-$PORT}"
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\nAccept-Language: id\r\nIdempotency-Key: appcds-%s\r\n' "$1" "$2" "$RANDOM$RANDOM" >&3
    if [ $# -gt 2 ]; then
        printf 'Content-Type: %s\r\nContent-Length: %s\r\n' "$3" "${#4}" >&3
    fi
    printf '\r\n%s' "${4:-}" >&3
    head -1 <&3 | tr -d '\r'
    exec 3<&- 3>&-
}

rm -f "$ARCHIVE"
SUARA_EMBEDDED_DB_DATA_DIR="$WORK/pg" SUARA_SECRETS_DIR="$WORK" SUARA_DEMO_ENABLED=true SUARA_DEMO_PASSWORD=appcds-training-only \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT java -XX:ArchiveClassesAtExit="$ARCHIVE" -Djava.io.tmpdir="$WORK" -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
    if ! kill -0 $APP 2>/dev/null; then cat "$WORK/app.log"; echo "the training run stopped before it was ready"; exit 1; fi
    case "$(TO=$MANAGEMENT_PORT request GET /q/health/ready 2>/dev/null || true)" in *" 200"*) break ;; esac
    sleep 0.2
done
ANSWERS='"USIA":"25_34","JENIS_KELAMIN":"P","PENDIDIKAN":"SMA","PEKERJAAN":"WIRAUSAHA","U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,"U7":4,"U8":3,"U9":2,"MANFAAT":4,"KEMUDAHAN_AKSES":3,"REKOMENDASI":4,"KEBERLANJUTAN":4,"SARAN":"Antrean terlalu lama."'
for _ in 1 2 3; do
    request GET /s/si-mantab
    request GET /api/v1/public/questionnaires/si-mantab
    request POST /api/v1/public/questionnaires/si-mantab/responses application/json "{\"language\":\"id\",\"answers\":{$ANSWERS}}"
    request POST /s/si-mantab application/x-www-form-urlencoded "U1=9"
    request GET /s/tidak-ada
    request GET /masuk
    request GET /q/openapi
    TO=$MANAGEMENT_PORT request GET /q/metrics
    TO=$MANAGEMENT_PORT request GET /q/health
done > "$WORK/requests.log"
kill -TERM $APP
wait $APP || true
[ -s "$ARCHIVE" ] || { cat "$WORK/app.log"; echo "no archive written"; exit 1; }
echo "AppCDS archive: $ARCHIVE ($(( $(stat -c %s "$ARCHIVE") / 1048576 )) MiB); training answers: $(sort "$WORK/requests.log" | uniq -c | tr -s ' ' | paste -sd',')"
