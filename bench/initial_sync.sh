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

# The limit: the rows the server sent, inserted into the tables the workstation filled — the
# cache's own schema (tables, indexes, triggers), read from the cache the sync just made.
# Until schema 14 the server's tables had the same indexes; since, the server keeps fewer
# (the list indexes are the workstation's), and a limit built on the server's schema inserted
# into tables with eight indexes fewer than the workstation's. That one is still measured,
# for comparison with the rows recorded before 2026-11-24 night.
# Only the two tables, in one transaction, indexes built after the rows (as .dump writes
# them). Not ".dump requests request_history": the shell reads that as one pattern that fails
# and dumps the whole database, the server's change feed, ops and access log included.
# The rows go in by position, as .dump writes them (naming the columns in every INSERT made
# the shell's input half as long again, and the limit slower): so the two schemas' columns
# must be the same, in the same order, which is checked first.
columns_of() { sqlite3 "$1" "SELECT group_concat(name) FROM pragma_table_info('$2')"; }
for table in requests request_history; do
    if [ "$(columns_of "$work/server.db" $table)" != "$(columns_of "$work/cache.db" $table)" ]; then
        echo "the server's and the cache's $table differ in their columns: the limit would be wrong" >&2
        exit 1
    fi
done
sqlite3 "$work/server.db" ".mode insert requests" "SELECT * FROM requests" >"$work/rows.sql"
sqlite3 "$work/server.db" ".mode insert request_history" "SELECT * FROM request_history" >>"$work/rows.sql"

statements_of() { # DB TYPES : the two tables' statements of those types, from DB's schema
    sqlite3 "$1" "SELECT sql || ';' FROM sqlite_master WHERE type IN ($2)
                  AND tbl_name IN ('requests', 'request_history') AND sql IS NOT NULL"
}
load_seconds() { # SCHEMA_DB : the rows loaded into a fresh database with SCHEMA_DB's two tables
    {
        echo "PRAGMA foreign_keys=OFF;"
        echo "BEGIN TRANSACTION;"
        statements_of "$1" "'table'"
        cat "$work/rows.sql"
        statements_of "$1" "'index', 'trigger'"
        echo "COMMIT;"
    } >"$work/load.sql"
    rm -f "$work/limit.db"
    local start end
    start=$(now)
    sqlite3 "$work/limit.db" <"$work/load.sql"
    end=$(now)
    awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}'
}
limit_s=$(load_seconds "$work/cache.db")
server_limit_s=$(load_seconds "$work/server.db")

project=$(rate "$N" "$sync_s")
limit=$(rate "$N" "$limit_s")
echo "initial sync (tyndauctl over loopback): $N requests in ${sync_s} s = $project requests/s"
echo "limit (sqlite3 shell, same rows, one transaction): ${limit_s} s = $limit requests/s"
awk -v p="$project" -v l="$limit" 'BEGIN { printf "ratio: %.3f of the limit (target >= 0.5)\n", p / l }'
server_limit=$(rate "$N" "$server_limit_s")
echo "for comparison, the same rows into the server's tables (the limit until 2026-11-24): ${server_limit_s} s = $server_limit requests/s"
awk -v p="$project" -v l="$server_limit" 'BEGIN { printf "ratio against it: %.3f\n", p / l }'
