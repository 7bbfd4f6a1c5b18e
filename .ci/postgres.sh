#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print the line that exports its URL:
#
#     eval "$(bash .ci/postgres.sh)"      # sets VEILLE_TEST_PG_URL
#
# Installs Debian's postgresql when it is missing, initialises a cluster in $VEILLE_PG_DIR
# (default /tmp/veille-pg) owned by the `postgres` user when run as root, starts it on
# localhost on a free port and creates the database `veille_test`. Idempotent: a second run
# reuses the running server. Logs go to stderr; stdout carries only the export line.
set -euo pipefail

DIR="${VEILLE_PG_DIR:-/tmp/veille-pg}"
DB="veille_test"
log() { echo "postgres.sh: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
    log "installing postgresql from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql </dev/null >&2
fi
BIN="$(bindir)"

as_owner() {  # run a command as the cluster owner (postgres refuses to run as root)
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -s "$DIR/PG_VERSION" ]; then
    log "initialising a cluster in $DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    chmod 700 "$DIR"
    as_owner "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    PORT="$(cat "$DIR/veille.port")"
    log "server already running on port $PORT"
else
    PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    echo "$PORT" > "$DIR/veille.port"
    log "starting the server on localhost:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -k $DIR -c listen_addresses=localhost -c fsync=off" start >&2
fi

if ! as_owner "$BIN/psql" -h localhost -p "$PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_owner "$BIN/createdb" -h localhost -p "$PORT" -U postgres "$DB"
fi

echo "export VEILLE_TEST_PG_URL=postgresql+psycopg://postgres@localhost:$PORT/$DB"
