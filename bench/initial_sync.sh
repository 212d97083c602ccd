#!/usr/bin/env bash
# Benchmark: a new workstation's initial sync, against the limit measured in the same run.
#   the project:  tyndauctl sync pulling N requests (with their history) from tyndau-server
#                 over loopback into a fresh SQLite cache
#   the limit:    the sqlite3 shell inserting the same rows (requests and history, dumped
#                 from the server's database) into a fresh database with the cache's schema,
#                 in one transaction
# Prints both rates and their ratio (target: >= 0.5). Not a test: nothing fails on a number.
#   bench/initial_sync.sh [N]      (default 1000000; uses the build in ./build)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
BUILD=${TYNDAU_BUILD_DIR:-build}
work=$(mktemp -d /tmp/tyndau-bench.XXXXXX)
port=$((20000 + RANDOM % 30000))
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }

t0=$(now)
"$BUILD/server/tyndau-server" --demo --demo-requests "$N" --listen "127.0.0.1:$port" \
    --db "sqlite:$work/server.db" 2>"$work/server.log" &
server=$!
until grep -q "listening on" "$work/server.log"; do
    kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done
t1=$(now)
echo "demo data: $N requests generated and stored in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s"

t2=$(now)
TYNDAU_PASSWORD=demo "$BUILD/app/tyndauctl" --server "http://127.0.0.1:$port" --user operator1 \
    --cache "$work/cache.db" sync 2>/dev/null
t3=$(now)
sync_s=$(awk -v a="$t2" -v b="$t3" 'BEGIN{printf "%.2f", b-a}')

# The rows the server sent, inserted into the tables the workstation filled: the cache's own
# schema (tables, indexes, triggers), read from the cache the sync just made. Until schema 14
# the server's tables had the same indexes; since, the server keeps fewer (the list indexes
# are the workstation's), and a limit built on the server's schema inserted into tables with
# eight indexes fewer than the workstation's.
# Only the two tables, in one transaction, indexes built after the rows (as .dump writes
# them). Not ".dump requests request_history": the shell reads that as one pattern that fails
# and dumps the whole database, the server's change feed, ops and access log included.
{
    echo "PRAGMA foreign_keys=OFF;"
    echo "BEGIN TRANSACTION;"
    sqlite3 "$work/cache.db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table'
                              AND name IN ('requests', 'request_history')"
    # With the columns named: the server's table may order them otherwise than the cache's.
    sqlite3 "$work/server.db" ".headers on" ".mode insert requests" "SELECT * FROM requests"
    sqlite3 "$work/server.db" ".headers on" ".mode insert request_history" "SELECT * FROM request_history"
    sqlite3 "$work/cache.db" "SELECT sql || ';' FROM sqlite_master WHERE type IN ('index', 'trigger')
                              AND tbl_name IN ('requests', 'request_history') AND sql IS NOT NULL"
    echo "COMMIT;"
} >"$work/dump.sql"
t4=$(now)
sqlite3 "$work/limit.db" <"$work/dump.sql"
t5=$(now)
limit_s=$(awk -v a="$t4" -v b="$t5" 'BEGIN{printf "%.2f", b-a}')

# For comparison with the rows recorded before 2026-11-24 night: the same rows into the
# server's own tables (since schema 14 without the eight list indexes).
{
    echo "PRAGMA foreign_keys=OFF;"
    echo "BEGIN TRANSACTION;"
    sqlite3 "$work/server.db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table'
                               AND name IN ('requests', 'request_history')"
    sqlite3 "$work/server.db" ".mode insert requests" "SELECT * FROM requests"
    sqlite3 "$work/server.db" ".mode insert request_history" "SELECT * FROM request_history"
    sqlite3 "$work/server.db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index'
                               AND tbl_name IN ('requests', 'request_history') AND sql IS NOT NULL"
    echo "COMMIT;"
} >"$work/dump-server.sql"
t6=$(now)
sqlite3 "$work/limit-server.db" <"$work/dump-server.sql"
t7=$(now)
server_limit_s=$(awk -v a="$t6" -v b="$t7" 'BEGIN{printf "%.2f", b-a}')

project=$(rate "$N" "$sync_s")
limit=$(rate "$N" "$limit_s")
echo "initial sync (tyndauctl over loopback): $N requests in ${sync_s} s = $project requests/s"
echo "limit (sqlite3 shell, same rows, one transaction): ${limit_s} s = $limit requests/s"
awk -v p="$project" -v l="$limit" 'BEGIN { printf "ratio: %.3f of the limit (target >= 0.5)\n", p / l }'
server_limit=$(rate "$N" "$server_limit_s")
echo "for comparison, the same rows into the server's tables (the limit until 2026-11-24): ${server_limit_s} s = $server_limit requests/s"
awk -v p="$project" -v l="$server_limit" 'BEGIN { printf "ratio against it: %.3f\n", p / l }'
