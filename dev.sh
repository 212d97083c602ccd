#!/usr/bin/env bash
# Tyndau's one entry point for developers and CI.
#   ./dev.sh deps     install the Debian 12 packages in packaging/debian-build-deps.txt that are missing
#   ./dev.sh build    configure and build (Ninja, ccache, warnings as errors)
#   ./dev.sh test     deps + format check + build + every test, with a throwaway PostgreSQL and an unlocked keyring;
#                     then the same suite again under AddressSanitizer and UBSan, then fuzzes briefly
#   ./dev.sh demo     deps + build, start a demo server on loopback and open the workstation on it
#   ./dev.sh screenshots  the README's screenshots, from the real program under Xvfb
#   ./dev.sh package  build the .deb packages tyndau and tyndau-server in dist/
#   ./dev.sh bench    every benchmark in bench/, each against its limit in the same run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
BUILD=${TYNDAU_BUILD_DIR:-$ROOT/build}
ASAN_BUILD=${TYNDAU_ASAN_BUILD_DIR:-$ROOT/build-asan}
FUZZ_BUILD=${TYNDAU_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
JOBS=$(nproc)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

deps() {
    local missing=() p
    for p in $(grep -v '^#' packaging/debian-build-deps.txt); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "dependencies: all installed"
        return
    fi
    say "installing: ${missing[*]}"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() { # DIR [CMAKE_ARGS...] [--target T]
    local dir=$1 target=()
    shift
    local args=()
    while [ $# -gt 0 ]; do
        if [ "$1" = --target ]; then
            target=(--target "$2")
            shift 2
        else
            args+=("$1")
            shift
        fi
    done
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DTYNDAU_WERROR=ON "${args[@]}" >/dev/null
    cmake --build "$dir" -j"$JOBS" "${target[@]}"
}

build() {
    say "building in $BUILD"
    configure_and_build "$BUILD"
}

# A PostgreSQL of our own in a temporary folder, on a free loopback port; stopped on exit.
PG_DIR=""
start_postgres() { # [durable]: fsync on (benchmarks of durable writes); tests run without it
    local bin fsync=off
    [ "${1:-}" = durable ] && fsync=on
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_DIR=$(mktemp -d /tmp/tyndau-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    local run=()
    if [ "$(id -u)" = 0 ]; then # initdb refuses to run as root
        chown postgres: "$PG_DIR"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
    local port tries=0
    while :; do
        port=$((20000 + RANDOM % 30000))
        if "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
            -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=200" >/dev/null; then
            break
        fi
        tries=$((tries + 1))
        [ $tries -lt 5 ] || { cat "$PG_DIR/server.log"; return 1; }
    done
    export TYNDAU_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
    PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop)
    say "PostgreSQL for tests on 127.0.0.1:$port"
}
stop_postgres() {
    if [ -n "$PG_DIR" ]; then
        "${PG_STOP[@]}" >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
        PG_DIR=""
    fi
}

# Runs ctest in DIR inside a private D-Bus session with an unlocked gnome-keyring and a
# temporary HOME, so keychain tests use a real Secret Service and touch nothing of yours.
run_suite() { # DIR
    local dir=$1 home rc=0
    home=$(mktemp -d /tmp/tyndau-home.XXXXXX)
    HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen TYNDAU_REQUIRE_PG=1 TYNDAU_REQUIRE_KEYRING=1 \
        dbus-run-session -- bash -c '
            echo -n tyndau-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
            ctest --test-dir "$1" --output-on-failure -j2 --timeout 900' _ "$dir" || rc=$?
    rm -rf "$home"
    return $rc
}

# The committed .clang-format is the style; a file that differs from it fails the tests.
check_format() {
    say "clang-format"
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
}

test_all() {
    deps
    check_format
    build
    trap stop_postgres EXIT
    start_postgres
    say "tests"
    run_suite "$BUILD"
    if [ "${TYNDAU_SKIP_ASAN:-0}" != 1 ]; then
        say "the same tests under AddressSanitizer and UBSan ($ASAN_BUILD)"
        BUILD_TYPE=Debug configure_and_build "$ASAN_BUILD" -DTYNDAU_SANITIZE=ON
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
            LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_suite "$ASAN_BUILD"
    fi
    fuzz_briefly
}

# libFuzzer on the request parsing and validation path, for a short while from the seed
# corpus in tests/fuzz/corpus (ctest replays that corpus on every build). A crash fails
# the run and leaves its input in the temp folder named: add it to the corpus once fixed.
fuzz_briefly() {
    local seconds=${TYNDAU_FUZZ_SECONDS:-20} work
    [ "$seconds" -gt 0 ] || return 0
    say "fuzzing the request parser for ${seconds}s ($FUZZ_BUILD)"
    CC=clang CXX=clang++ BUILD_TYPE=Debug configure_and_build "$FUZZ_BUILD" -DTYNDAU_FUZZ=ON -DTYNDAU_SANITIZE=ON \
        --target fuzz_request
    work=$(mktemp -d /tmp/tyndau-fuzz.XXXXXX)
    cp tests/fuzz/corpus/* "$work/"
    local rc=0
    ASAN_OPTIONS=detect_leaks=1 "$FUZZ_BUILD/tests/fuzz_request" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="$work/" "$work" >"$work.log" 2>&1 || rc=$?
    grep -E "^Done [0-9]+ runs" "$work.log" || tail -n 20 "$work.log"
    if [ "$rc" = 0 ]; then
        rm -rf "$work" "$work.log"
    else
        echo "fuzzing found a problem: the input and log are kept in $work"
    fi
    return "$rc"
}

# Starts a demo server on loopback in the background and waits until it listens (it first
# generates its requests). Sets DEMO_URL and DEMO_PID.
start_demo_server() { # PORT REQUESTS
    local data log
    data=$(mktemp -d /tmp/tyndau-demo.XXXXXX)
    log=$data/server.log
    "$BUILD/server/tyndau-server" --demo --demo-requests "$2" --listen "127.0.0.1:$1" \
        --db "sqlite:$data/server.db" >"$log" 2>&1 &
    DEMO_PID=$!
    say "demo server: generating $2 requests (data in $data)"
    until grep -q "listening on" "$log"; do
        kill -0 "$DEMO_PID" 2>/dev/null || { cat "$log"; return 1; }
        sleep 0.5
    done
    DEMO_URL=$(grep -o "http://[0-9.:]*" "$log" | head -n 1)
}

demo() {
    deps
    build
    start_demo_server "${TYNDAU_DEMO_PORT:-8308}" "${TYNDAU_DEMO_REQUESTS:-50000}"
    trap 'kill $DEMO_PID 2>/dev/null || true' EXIT
    say "demo server on $DEMO_URL"
    say "demo users: operator1 executor1 inspector1 supervisor1 admin — password: demo"
    "$BUILD/ui/tyndau" --server "$DEMO_URL"
}

# The README's pictures, from the real workstation on a demo server, under Xvfb, in
# Russian and Kazakh (docs/screenshots/<lang>-<workspace>.png).
screenshots() {
    deps
    build
    local home lang
    home=$(mktemp -d /tmp/tyndau-home.XXXXXX)
    trap 'kill $DEMO_PID 2>/dev/null || true' EXIT
    # A fresh demo server per language: each run moves the budget season on to photograph
    # the winners' implementation.
    for lang in ru kk; do
        start_demo_server 0 20000
        HOME=$home XDG_RUNTIME_DIR=$home dbus-run-session -- bash -c '
            echo -n tyndau | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
            xvfb-run -a -s "-screen 0 1600x1000x24" "$1/tools/tyndau-screenshots" --server "$2" --lang "$3" \
                --out "$4/docs/screenshots"' _ "$BUILD" "$DEMO_URL" "$lang" "$ROOT"
        kill "$DEMO_PID" 2>/dev/null || true
        wait "$DEMO_PID" 2>/dev/null || true
    done
    rm -rf "$home"
}

package() {
    deps
    build
    mkdir -p "$ROOT/dist"
    (cd "$BUILD" && cpack -G DEB -B "$ROOT/dist")
    rm -rf "$ROOT/dist/_CPack_Packages"
    say "packages in $ROOT/dist:"
    ls -1 "$ROOT"/dist/*.deb
}

# The benchmarks (not tests: nothing fails on a number). Sizes as the issue sets them; smaller
# ones through TYNDAU_BENCH_STATISTICS, TYNDAU_BENCH_ARTICLES, TYNDAU_BENCH_LIST,
# TYNDAU_BENCH_SYNC and TYNDAU_BENCH_SECONDS.
run_benchmarks() {
    deps
    build
    trap stop_postgres EXIT
    start_postgres durable
    say "weekly statistics"
    "$BUILD/bench/tyndau-bench-statistics" "${TYNDAU_BENCH_STATISTICS:-500000}"
    say "knowledge-base search"
    "$BUILD/bench/tyndau-bench-kb-search" "${TYNDAU_BENCH_ARTICLES:-10000}"
    say "requests list"
    "$BUILD/bench/tyndau-bench-requests-list" "${TYNDAU_BENCH_LIST:-1000000}"
    say "cold start"
    "$BUILD/bench/tyndau-bench-cold-start" "${TYNDAU_BENCH_LIST:-1000000}"
    say "initial sync"
    TYNDAU_BUILD_DIR=$BUILD bench/initial_sync.sh "${TYNDAU_BENCH_SYNC:-1000000}"
    say "registering through POST /api/v1/ops (wrk, 100 connections)"
    TYNDAU_BUILD_DIR=$BUILD TYNDAU_BENCH_PG=$TYNDAU_TEST_PG bench/registration.sh "${TYNDAU_BENCH_SECONDS:-20}"
    say "now record the figures in bench/RESULTS.md: date, machine, commit $(git rev-parse --short HEAD)"
}

case "${1:-}" in
deps) deps ;;
build) build ;;
test) test_all ;;
demo) demo ;;
screenshots) screenshots ;;
package) package ;;
bench) run_benchmarks ;;
*)
    sed -n '2,11p' "$0"
    exit 2
    ;;
esac
