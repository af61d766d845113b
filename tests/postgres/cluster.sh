#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, started and stopped by ctest itself
# (tests/postgres/CMakeLists.txt: a FIXTURES_SETUP and a FIXTURES_CLEANUP test), so the README's
# test command and .ci/run stay as they are.
#
#   cluster.sh start DIR   # a new cluster in DIR (removed first), Unix socket DIR/socket, no TCP
#   cluster.sh stop DIR    # stops it and removes DIR
#
# It listens on a Unix socket only (listen_addresses=''), in a folder only its owner can enter,
# with `trust` for local connections: the tests log in as several roles (two teams' members,
# the owner) and nothing else on the machine can reach the socket. fsync is off: the cluster
# lives for one test run. initdb refuses to run as root, so as root (CI) the cluster belongs to
# the `postgres` user, which the Debian package creates.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" ]]; then
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        bindir=$candidate
        break
    fi
done

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "cluster.sh: there is no 'postgres' user to own the test cluster (initdb refuses root)." >&2
        echo "            packaging/debian/install-build-deps.sh installs postgresql-15, which creates it." >&2
        exit 1
    fi
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [[ -n "$bindir" && -f "$dir/data/postmaster.pid" ]]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
stop)
    stop_cluster
    rm -rf "$dir"
    echo "cluster.sh: the test cluster in $dir is stopped and removed"
    ;;
start)
    if [[ -z "$bindir" ]]; then
        echo "cluster.sh: PostgreSQL 15 is not installed, so the PostgreSQL tests cannot run." >&2
        echo "            packaging/debian/install-build-deps.sh installs postgresql-15 and libqt6sql6-psql." >&2
        exit 1
    fi
    stop_cluster # one left by an interrupted run
    rm -rf "$dir"
    mkdir -p "$dir"
    # The server's socket path must fit in 107 bytes.
    socket="$dir/socket"
    if ((${#socket} + 16 > 107)); then
        echo "cluster.sh: the build folder's path is too long for a Unix socket: $socket" >&2
        exit 1
    fi
    mkdir -p "$dir/socket"
    chmod 0700 "$dir" "$dir/socket"
    if [[ ${#as_owner[@]} -gt 0 ]]; then
        chown postgres: "$dir" "$dir/socket"
        if ! "${as_owner[@]}" test -w "$dir"; then
            echo "cluster.sh: the postgres user cannot reach $dir: every folder above it must be" >&2
            echo "            enterable by others (chmod o+x), or build somewhere that is." >&2
            exit 1
        fi
    fi
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        echo "cluster.sh: initdb failed" >&2
        exit 1
    }
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        echo "cluster.sh: the server did not start" >&2
        exit 1
    }
    echo "cluster.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') listening on $socket (no TCP)"
    ;;
*)
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
