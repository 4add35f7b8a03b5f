#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the conformance suite (CI and developers).
#
#   scripts/postgres-test-server.sh start   # prints the URL to export as DOSSIER_TEST_POSTGRES_URL
#   scripts/postgres-test-server.sh stop
#
# The cluster lives in $DOSSIER_PG_DIR (default /tmp/dossier-pg), runs as an unprivileged user
# (postgres, as Debian's package makes it), listens on 127.0.0.1:$DOSSIER_PG_PORT (default 55432)
# only, and asks for a password (scram-sha-256), so the tests exercise real authentication.
set -euo pipefail

dir="${DOSSIER_PG_DIR:-/tmp/dossier-pg}"
port="${DOSSIER_PG_PORT:-55432}"
user="dossier"
password="dossier-test"
database="dossier_test"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ]; then
    echo "postgres-test-server: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        as_owner bash -c "echo '$password' > '$dir/pw' && chmod 600 '$dir/pw'"
        as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pw" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start > /dev/null
    PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -qtAc \
        "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
        || PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$database"
    echo "postgres://$user:$password@127.0.0.1:$port/$database"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
    fi
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
