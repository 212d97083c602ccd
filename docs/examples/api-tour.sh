#!/usr/bin/env bash
# A tour of Tyndau's HTTP API with curl and jq: the examples docs/API.md points to, run as they
# are by the test TestApiExamples against a real `tyndau-server --demo`. Each step prints what
# it sends and checks what comes back; the first surprise stops the tour (exit 1).
#   docs/examples/api-tour.sh http://127.0.0.1:8308
set -euo pipefail
BASE=${1:-http://127.0.0.1:8308}
step() { printf '\n== %s\n' "$*"; }
check() { # JQ-FILTER FILE: the answer must satisfy the filter
    jq -e "$1" "$2" >/dev/null || { echo "unexpected answer:"; cat "$2"; echo; exit 1; }
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "sign in (POST /api/v1/session)"
curl -sS -H 'Content-Type: application/json' -d '{"login":"operator1","password":"demo"}' \
    "$BASE/api/v1/session" | tee "$tmp/session"
check '.token and .user.role == "operator"' "$tmp/session"
TOKEN=$(jq -r .token "$tmp/session")
AUTH="Authorization: Bearer $TOKEN"

step "a wrong password: 401, the same words as for an unknown login"
curl -sS -H 'Content-Type: application/json' -d '{"login":"operator1","password":"wrong"}' \
    "$BASE/api/v1/session" | tee "$tmp/wrong"
check '.error.code and .error.message' "$tmp/wrong"

step "register a request (POST /api/v1/ops): the client makes the ids"
REQUEST_ID=$(cat /proc/sys/kernel/random/uuid)
OP_ID=$(cat /proc/sys/kernel/random/uuid)
cat >"$tmp/op.json" <<JSON
{"ops":[{"op_id":"$OP_ID","type":"create_request","assign":"alts",
  "request":{"id":"$REQUEST_ID","kind":"complaint","channel":"call_center",
             "citizen":{"name":"Сейткали Динара","phone":"8 705 111 22 33"},
             "district":"medeu","category":"heating.outage",
             "description":"Холодные батареи в подъезде третий день"}}]}
JSON
curl -sS -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$tmp/op.json" \
    "$BASE/api/v1/ops" | tee "$tmp/applied"
check '.results[0].status == "applied" and (.results[0].request.number | test("^[0-9]{4}-[0-9]{6}$"))' "$tmp/applied"
NUMBER=$(jq -r '.results[0].request.number' "$tmp/applied")

step "the same op again (a retry after a lost answer): duplicate, the first result, nothing new"
curl -sS -H "$AUTH" -H 'Content-Type: application/json' --data-binary @"$tmp/op.json" \
    "$BASE/api/v1/ops" | tee "$tmp/again"
check ".results[0].status == \"duplicate\" and .results[0].first_status == \"applied\" and .results[0].request.number == \"$NUMBER\"" "$tmp/again"

step "the request by its id (GET /api/v1/requests/{id})"
curl -sS -H "$AUTH" "$BASE/api/v1/requests/$REQUEST_ID" | tee "$tmp/request"
check ".number == \"$NUMBER\" and .status == \"assigned\" and (.history | length) >= 1" "$tmp/request"

step "the change feed from the start (GET /api/v1/changes), one page"
curl -sS -H "$AUTH" "$BASE/api/v1/changes?since=&limit=500" >"$tmp/changes"
jq '{changes: (.changes | length), cursor, more}' "$tmp/changes"
check '.cursor and (.changes | map(select(.entity == "request")) | length) >= 1' "$tmp/changes"

step "bad input changes nothing: malformed JSON is 400 with the error shape"
curl -sS -H "$AUTH" -H 'Content-Type: application/json' -d '{"ops":[' "$BASE/api/v1/ops" | tee "$tmp/bad"
check '.error.code and .error.message' "$tmp/bad"

step "Open311: the services (GET /open311/v2/services.json)"
curl -sS "$BASE/open311/v2/services.json" >"$tmp/services"
jq '.[0:2]' "$tmp/services"
check 'length > 0 and (map(.service_code) | index("roads.pothole"))' "$tmp/services"

step "Open311: a request from the web portal (POST requests.json with its api_key)"
curl -sS -d 'api_key=demo-open311-key&service_code=roads.pothole&lat=43.2389&long=76.8897' \
    --data-urlencode 'description=Глубокая яма на перекрёстке Абая и Сейфуллина' \
    "$BASE/open311/v2/requests.json" | tee "$tmp/o311"
check '.[0].service_request_id and .[0].token' "$tmp/o311"
O311_NUMBER=$(jq -r '.[0].service_request_id' "$tmp/o311")

step "Open311: the same request, public (GET requests/{id}.xml): no names, no contacts"
curl -sS "$BASE/open311/v2/requests/$O311_NUMBER.xml" | tee "$tmp/o311.xml"
grep -q "<service_request_id>$O311_NUMBER</service_request_id>" "$tmp/o311.xml" \
    || { echo "the XML lacks the request"; exit 1; }

step "Open311: a wrong key, in Open311's own error format"
curl -sS -d 'api_key=not-a-key&service_code=roads.pothole&lat=43.2&long=76.9&description=x' \
    "$BASE/open311/v2/requests.json" | tee "$tmp/o311err"
check '.[0].code and .[0].description' "$tmp/o311err"

step "sign out (DELETE /api/v1/session): the token is dead"
curl -sS -o /dev/null -w '%{http_code}\n' -X DELETE -H "$AUTH" "$BASE/api/v1/session"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/changes")
[ "$code" = 401 ] || { echo "a signed-out token still works ($code)"; exit 1; }
echo
echo "the tour went as documented"
