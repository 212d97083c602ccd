#!/bin/bash
# Runs docs/examples/api-tour.sh, the API examples the docs give, against a real
# tyndau-server --demo on a free loopback port: a doc whose examples no longer work fails.
# Usage: run_api_tour.sh SERVER_BIN TOUR_SCRIPT
set -euo pipefail
work=$(mktemp -d /tmp/tyndau-tour.XXXXXX)
"$1" --demo --demo-requests 0 --listen 127.0.0.1:0 --db "sqlite:$work/server.db" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
deadline=$((SECONDS + 60))
until grep -q "listening on" "$work/server.log"; do
    kill -0 $server 2>/dev/null && [ $SECONDS -lt $deadline ] || { cat "$work/server.log"; exit 1; }
    sleep 0.2
done
"$2" "$(grep -o "http://[0-9.:]*" "$work/server.log" | head -n 1)"
