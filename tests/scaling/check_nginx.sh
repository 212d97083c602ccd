#!/bin/bash
# Two tyndau-server instances on one PostgreSQL behind nginx, on loopback, with the nginx
# configuration the administrator's guide gives (packaging/nginx/tyndau.conf): TLS at nginx,
# requests spread over both instances, official numbers unique, the health check answering,
# and when one instance is killed (SIGKILL) the office goes on through the other: every
# request registered exactly once.
# Usage: check_nginx.sh SERVER_BIN NGINX_CONF_TEMPLATE   (TYNDAU_TEST_PG: a PostgreSQL URL)
set -euo pipefail
SERVER=$1
TEMPLATE=$2
[ -n "${TYNDAU_TEST_PG:-}" ] || { echo "skip: no PostgreSQL (run through ./dev.sh test)"; exit 77; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "skip: nginx is not installed"; exit 77; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/tyndau-nginx.XXXXXX)
pids=()
dbname=tyndau_nginx_$$
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    psql -q "$TYNDAU_TEST_PG" -c "DROP DATABASE IF EXISTS $dbname" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$work"/*.log; do echo "--- $f"; tail -20 "$f"; done; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # DESCRIPTION COMMAND… — polls with a deadline, never a bare sleep
    local what=$1; shift
    local deadline=$((SECONDS + 60))
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || fail "timed out waiting for $what"
        sleep 0.2
    done
}

psql -q "$TYNDAU_TEST_PG" -c "CREATE DATABASE $dbname" >/dev/null
db_url=$(python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' \
    "$TYNDAU_TEST_PG" "$dbname")
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/vote-secret"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1" -keyout "$work/tls.key" -out "$work/tls.pem" 2>/dev/null

# The schema once, then both instances (the demo's users; no generated requests).
"$SERVER" --db "$db_url" --migrate >"$work/migrate.log" 2>&1 || fail "--migrate failed"
port_a=$(free_port); port_b=$(free_port); port_n=$(free_port)
for name in a b; do
    port_var=port_$name
    "$SERVER" --demo --demo-requests 0 --listen "127.0.0.1:${!port_var}" --db "$db_url" \
        --vote-secret "$work/vote-secret" >"$work/server-$name.log" 2>&1 &
    pids+=($!)
    eval "pid_$name=$!"
    wait_for "instance $name" grep -q "listening on" "$work/server-$name.log"
done

sed -e "s|@INSTANCE_A@|127.0.0.1:$port_a|" -e "s|@INSTANCE_B@|127.0.0.1:$port_b|" \
    -e "s|@LISTEN@|127.0.0.1:$port_n|" -e "s|@SERVER_NAME@|127.0.0.1|" \
    -e "s|@TLS_CERT@|$work/tls.pem|" -e "s|@TLS_KEY@|$work/tls.key|" "$TEMPLATE" >"$work/tyndau.conf"
mkdir -p "$work/tmp"
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root root;"
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $work/tyndau.conf;
}
CONF
"$NGINX" -t -p "$work" -c "$work/nginx.conf" >"$work/nginx-test.log" 2>&1 || fail "nginx refuses the configuration"
"$NGINX" -p "$work" -c "$work/nginx.conf" >"$work/nginx-start.log" 2>&1 || fail "nginx did not start"
base=https://127.0.0.1:$port_n
curl_tls() { curl -sS --cacert "$work/tls.pem" --max-time 30 "$@"; }
wait_for "nginx" curl_tls -f "$base/healthz"
curl_tls "$base/healthz" | grep -q '"status":"ok"' || fail "the health check does not say ok"
# TLS 1.1 is refused at the door.
if curl -sS --cacert "$work/tls.pem" --tls-max 1.1 "$base/healthz" >/dev/null 2>&1; then
    fail "nginx accepted TLS 1.1"
fi

token=$(curl_tls -H 'Content-Type: application/json' -d '{"login":"operator1","password":"demo"}' \
    "$base/api/v1/session" | jq -r .token)
[ -n "$token" ] && [ "$token" != null ] || fail "no session through nginx"

register() { # N: registers N requests, one batch each; prints "instance number" per line
    local i id op
    for ((i = 0; i < $1; i++)); do
        id=$(cat /proc/sys/kernel/random/uuid)
        op=$(cat /proc/sys/kernel/random/uuid)
        echo "$id" >>"$work/ids"
        curl_tls -D "$work/headers" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"ops\":[{\"op_id\":\"$op\",\"type\":\"create_request\",\"assign\":\"alts\",\"request\":{\"id\":\"$id\",\"kind\":\"complaint\",\"channel\":\"call_center\",\"citizen\":{\"name\":\"Ахметова Айгерим\",\"phone\":\"8 701 123 45 67\"},\"district\":\"auezov\",\"category\":\"heating.outage\",\"description\":\"Холодные батареи, подъезд $i\"}}]}" \
            "$base/api/v1/ops" >"$work/reply"
        jq -e '.results[0].status == "applied"' "$work/reply" >/dev/null || fail "not applied: $(cat "$work/reply")"
        echo "$(grep -i '^x-tyndau-instance' "$work/headers" | tr -d '\r' | awk '{print $2}') $(jq -r '.results[0].request.number' "$work/reply")"
    done
}

register 20 >"$work/first"
instances=$(awk '{print $1}' "$work/first" | sort -u | wc -l)
[ "$instances" -eq 2 ] || fail "nginx used $instances instance(s) of 2: $(cat "$work/first")"
echo "ok: 20 requests spread over both instances"

# One instance dies; the office goes on through the other.
kill -KILL "$pid_a"
register 20 >"$work/second"
echo "ok: 20 more requests with instance A killed"
curl_tls -f "$base/healthz" >/dev/null || fail "the health check fails with one instance left"

numbers=$(cat "$work/first" "$work/second" | awk '{print $2}')
[ "$(sort <<<"$numbers" | uniq | wc -l)" -eq 40 ] || fail "official numbers are not unique: $numbers"
grep -qv '^[0-9]\{4\}-[0-9]\{6\}$' <<<"$numbers" && fail "a number is not YYYY-NNNNNN: $numbers"
# Every request exists exactly once on the server.
for id in $(cat "$work/ids"); do
    status=$(curl_tls -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/requests/$id")
    [ "$status" = 200 ] || fail "request $id is not on the server ($status)"
done
echo "ok: 40 requests, 40 unique official numbers, each on the server"
echo "all nginx checks passed"
