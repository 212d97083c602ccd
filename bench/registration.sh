#!/usr/bin/env bash
# Benchmark: registering requests through POST /api/v1/ops from 100 concurrent clients (wrk with
# bench/register.lua: one new request per call, unique op_ids, so every op is a durable write),
# against the limit measured in the same run: a bare Qt HttpServer JSON route
# (tyndau-bench-bare-server) under the same load. On SQLite, and on PostgreSQL when
# TYNDAU_BENCH_PG names a server where a scratch database may be made
# (postgresql://postgres@127.0.0.1:PORT/postgres).
# Prints ops/s, p50/p99 and failures for each, the ratios, and the rows the database holds.
# The ids are time-ordered, as the workstation makes them (core/TimeOrderedUuid); SQLite is
# measured once more with random ids, as a client that is not Tyndau's own might send.
#   bench/registration.sh [SECONDS] [CONNECTIONS]    (default 20 s, 100 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
CONNECTIONS=${2:-100}
BUILD=${TYNDAU_BUILD_DIR:-build}
work=$(mktemp -d /tmp/tyndau-bench-reg.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "${PG_DB:-}" ] && psql -q "$TYNDAU_BENCH_PG" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt install wrk)"; exit 1; }

start() { # NAME COMMAND… : starts a server, waits for "listening on", sets URL
    local name=$1; shift
    "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
    local deadline=$((SECONDS + 120))
    until grep -q "listening on" "$work/$name.log"; do
        [ $SECONDS -lt $deadline ] || { cat "$work/$name.log"; exit 1; }
        sleep 0.2
    done
    URL=$(grep -o "http://[0-9.:]*" "$work/$name.log" | head -n 1)
}
load() { # URL TOKEN [IDS] : prints wrk's RESULT line
    TYNDAU_TOKEN=$2 TYNDAU_BENCH_IDS=${3:-} wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s bench/register.lua "$1" \
        | grep '^RESULT'
}
field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
token_for() {
    curl -sS -H 'Content-Type: application/json' -d '{"login":"operator1","password":"demo"}' \
        "$1/api/v1/session" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

start bare "$BUILD/bench/tyndau-bench-bare-server" 0
bare=$(load "$URL" none)
echo "limit  bare Qt HttpServer JSON route: $bare"

sqlite_run() { # IDS : a fresh database each time
    rm -f "$work"/server.db*
    start sqlite "$BUILD/server/tyndau-server" --demo --demo-requests 0 --listen 127.0.0.1:0 \
        --db "sqlite:$work/server.db"
    load "$URL" "$(token_for "$URL")" "$1"
    kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
}
sqlite=$(sqlite_run time)
rows=$(sqlite3 "$work/server.db" "SELECT COUNT(*) FROM requests")
echo "project tyndau-server, SQLite:          $sqlite rows=$rows"
sqlite_random=$(sqlite_run random)
echo "project tyndau-server, SQLite, random ids: $sqlite_random"

if [ -n "${TYNDAU_BENCH_PG:-}" ]; then
    PG_DB=tyndau_bench_$$
    psql -q "$TYNDAU_BENCH_PG" -c "CREATE DATABASE $PG_DB" >/dev/null
    pg_url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' \
        "$TYNDAU_BENCH_PG" "$PG_DB")
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/vote-secret"
    start pg "$BUILD/server/tyndau-server" --demo --demo-requests 0 --listen 127.0.0.1:0 --db "$pg_url" \
        --vote-secret "$work/vote-secret"
    pg=$(load "$URL" "$(token_for "$URL")")
    pg_rows=$(psql -tA "$pg_url" -c "SELECT COUNT(*) FROM requests")
    echo "project tyndau-server, PostgreSQL:      $pg rows=$pg_rows"
fi

ratio() { awk -v a="$(field "$1" rate)" -v b="$(field "$bare" rate)" 'BEGIN { printf "%.3f", a / b }'; }
echo
echo "ratio SQLite / bare:      $(ratio "$sqlite")"
echo "ratio SQLite (random ids) / bare: $(ratio "$sqlite_random")"
[ -n "${pg:-}" ] && echo "ratio PostgreSQL / bare:  $(ratio "$pg")"
