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

# The folder, or the link to the folder under /tmp and what it points at.
remove_cluster_folder() {
    if [[ -L "$dir" ]]; then
        rm -rf "$(readlink "$dir")"
        rm -f "$dir"
    else
        rm -rf "$dir"
    fi
}

stop_cluster() {
    local real
    real=$(readlink -f "$dir" || true) # the postgres user may not be able to follow the link
    if [[ -n "$bindir" && -n "$real" && -f "$real/data/postmaster.pid" ]]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$real/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
stop)
    stop_cluster
    remove_cluster_folder
    echo "cluster.sh: the test cluster in $dir is stopped and removed"
    ;;
start)
    if [[ -z "$bindir" ]]; then
        echo "cluster.sh: PostgreSQL 15 is not installed, so the PostgreSQL tests cannot run." >&2
        echo "            packaging/debian/install-build-deps.sh installs postgresql-15 and libqt6sql6-psql." >&2
        exit 1
    fi
    stop_cluster # one left by an interrupted run
    remove_cluster_folder
    mkdir -p "$(dirname "$dir")"
    # The cluster lives in the build tree when the postgres user can reach it there and the
    # socket's path fits in its 107 bytes; otherwise (a build tree under /root, a long path) in
    # a private folder under /tmp that $dir links to. Either way the tests find $dir/socket.
    home="$dir"
    mkdir -p "$home"
    chmod 0700 "$home"
    [[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$home"
    if ((${#dir} + 24 > 107)) || ! "${as_owner[@]}" test -w "$home"; then
        rm -rf "$home"
        home=$(mktemp -d /tmp/alongside-pg.XXXXXX)
        [[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$home"
        ln -s "$home" "$dir"
        echo "cluster.sh: the build tree is not reachable for the cluster; using $home"
    fi
    socket="$home/socket"
    mkdir -p "$socket"
    chmod 0700 "$socket"
    [[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$socket"
    "${as_owner[@]}" "$bindir/initdb" -D "$home/data" -U postgres -A trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$home/initdb.log" 2>&1 || {
        cat "$home/initdb.log" >&2
        echo "cluster.sh: initdb failed" >&2
        exit 1
    }
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" \
        start >/dev/null || {
        cat "$home/server.log" >&2
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
