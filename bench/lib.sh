# Sourced by the bench scripts. An app a script starts on port P serves health and metrics (the management interface)
# on P + 1000, so several apps of one script (a database app and a measured app) never share a port.
management_port() { # app port
    echo $(( $1 + 1000 ))
}

ready() { # app port: true once its readiness answers 200
    curl -sf "http://localhost:$(management_port "$1")/q/health/ready" > /dev/null 2>&1
}

# Waits until the app on this port is ready, for the start-time scripts (footprint.sh, start-compare.sh): polls every
# 20 ms with bash's own /dev/tcp, so polling starts no process. A curl and a sleep per poll (how these scripts polled
# until session 7) cost ~11 ms of CPU each time, ~0.6 s of CPU during a 2 s start: a sixth of this 2-core machine,
# taken from the JVM being timed. A kubelet probes every few seconds. READY_POLL=curl polls the old way, to compare.
# Returns 1 if the process given as second argument ends first. Also asks the app's own port, where builds from before
# the management interface (session 5) answered.
wait_ready() { # app port, pid of its JVM
    local ports=("$(management_port "$1")" "$1") pause http status port
    exec {pause}<> <(:)   # an idle pipe: `read -t` on it waits without starting a process
    while :; do
        for port in "${ports[@]}"; do
            if [ "${READY_POLL:-}" = curl ]; then
                curl -sf "http://localhost:$port/q/health/ready" > /dev/null 2>&1 && status=200 || status=
            elif { exec {http}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
                printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&"$http"
                read -r _ status _ <&"$http" || status=
                exec {http}>&-
            else
                status=
            fi
            [ "$status" != 200 ] || { exec {pause}>&-; return 0; }
        done
        kill -0 "$2" 2>/dev/null || { exec {pause}>&-; return 1; }
        if [ "${READY_POLL:-}" = curl ]; then sleep 0.02; else read -rt 0.02 -u "$pause" || true; fi
    done
}

pg_env() { # data folder, app log: libpq's variables for the embedded PostgreSQL the app started in that folder
    export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
    PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$2" | grep -o '[0-9]*$')
    export PGPORT
    # a kept cluster asks for its generated password (issue #21), kept beside its data
    if [ -f "$1/suara-password" ]; then PGPASSWORD=$(cat "$1/suara-password"); else PGPASSWORD=postgres; fi
    export PGPASSWORD
}

# The production profile refuses to start without a session key and a public address (issue #21): the scripts give
# throw-away ones to the apps they measure.
export QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:-bench-only-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
export SUARA_PUBLIC_BASE_URL=${SUARA_PUBLIC_BASE_URL:-http://localhost}
