# Sourced by the bench scripts. An app a script starts on port P serves health and metrics (the management interface)
# on P + 1000, so several apps of one script (a database app and a measured app) never share a port.
management_port() { # app port
    echo $(( $1 + 1000 ))
}

ready() { # app port: true once its readiness answers 200
    curl -sf "http://localhost:$(management_port "$1")/q/health/ready" > /dev/null 2>&1
}
