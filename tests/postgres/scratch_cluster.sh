#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `start DIR` makes a new cluster in a temporary
# folder on a free local port (TCP on 127.0.0.1 only, no Unix socket, password logins with
# SCRAM-SHA-256), creates the role `medsafe` and the database `medsafe_test`, and writes the
# connection strings to DIR/conninfo and DIR/superuser (mode 0600); `stop DIR` stops the server
# and deletes the cluster and DIR. Run as root, the server runs as the `postgres` system user
# (initdb refuses root), which is why the cluster lives under /tmp and not in DIR.
set -euo pipefail

command=${1:?usage: scratch_cluster.sh start|stop DIR}
dir=${2:?usage: scratch_cluster.sh start|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { echo "PostgreSQL server programs not found (package postgresql)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
    "$0" stop "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    cluster=$(mktemp -d /tmp/medsafe-pg.XXXXXX)
    echo "$cluster" >"$dir/cluster"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$cluster"; fi
    # A free port: ask the kernel for one, then let the server take it.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$cluster/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$cluster/pwfile"; fi
    as_server "$bindir/initdb" -D "$cluster/data" -U postgres --pwfile="$cluster/pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$cluster/pwfile"
    as_server "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-p $port -c unix_socket_directories= -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
        || { cat "$cluster/server.log" >&2; exit 1; }
    export PGPASSWORD=$password
    psql() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
    psql -d postgres -c "CREATE ROLE medsafe LOGIN CREATEDB CREATEROLE PASSWORD '$password'"
    psql -d postgres -c "CREATE DATABASE medsafe_test OWNER medsafe"
    umask 077
    printf 'host=127.0.0.1 port=%s dbname=medsafe_test user=medsafe password=%s\n' "$port" "$password" >"$dir/conninfo"
    printf 'host=127.0.0.1 port=%s dbname=postgres user=postgres password=%s\n' "$port" "$password" >"$dir/superuser"
    echo "PostgreSQL scratch cluster on 127.0.0.1:$port in $cluster"
    ;;
stop)
    if [ -f "$dir/cluster" ]; then
        cluster=$(cat "$dir/cluster")
        case "$cluster" in /tmp/medsafe-pg.*) ;; *) echo "refusing to remove '$cluster'" >&2; exit 1 ;; esac
        if [ -d "$cluster/data" ]; then
            as_server "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$cluster"
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: scratch_cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
