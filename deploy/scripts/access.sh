#!/usr/bin/env bash
# Issue 4's "done means", by curl against a running system with the demo data (default http://localhost:8080):
# a filler of 安亭镇城市运行管理中心 cannot read, list, stream or amend a Songjiang form (to them the form answers 404,
# as one that does not exist); an auditor can read but not change; a person an administrator added must first
# choose their own password, which ends the sign-in they chose it with; a revoked approver's old token stops working;
# a signed-out token is refused; the organization's history shows who granted each role.
# Needs curl and python3. Usage: deploy/scripts/access.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
login() { curl -sf "$BASE/api/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"${2:-jixiao-demo}\"}" | json 'd["token"]'; }
call() { # method path token body -> prints "status body"
  local out; out=$(curl -s -o /tmp/jixiao-access.$$ -w '%{http_code}' --max-time 5 -X "$1" "$BASE$2" \
    -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"} || true)
  echo "$out $(cat /tmp/jixiao-access.$$ 2>/dev/null)"; rm -f /tmp/jixiao-access.$$; }
expect() { local status=${2%% *}; [ "$status" = "$1" ] || { echo "expected HTTP $1, got: $2" >&2; exit 1; }; echo "${2#* }"; }
check() { # label status method path token [body]: prints the answer's code, stops the script on any other status
  local answer; answer=$(call "$3" "$4" "$5" "${6:-}")
  [ "${answer%% *}" = "$2" ] || { echo "$1: expected HTTP $2, got: $answer" >&2; exit 1; }
  printf '%-48s %s %s\n' "$1" "$2" "$(echo "${answer#* }" | json 'd.get("code", "") if isinstance(d, dict) else ""')"; }

AT_FILLER=$(login at-center-filler)
SJ_AUDITOR=$(login sj-auditor)
JD_AUDITOR=$(login jd-auditor)
JD_ADMIN=$(login jd-admin)
SJ_FORM=$(expect 200 "$(call GET '/api/evaluations?unitId=SJ-OFFICE&fiscalYear=2023' "$SJ_AUDITOR")" | json 'd[0]["evaluationId"]')
AT_FORM=$(expect 200 "$(call GET '/api/evaluations?unitId=AT-CENTER&fiscalYear=2024' "$JD_AUDITOR")" | json 'd[0]["evaluationId"]')
echo "Songjiang form $SJ_FORM, Anting form $AT_FORM"

check "AT-CENTER filler reads the Songjiang form:" 404 GET "/api/evaluations/$SJ_FORM" "$AT_FILLER"
check "... its history:" 404 GET "/api/evaluations/$SJ_FORM/history" "$AT_FILLER"
check "... lists Songjiang forms:" 403 GET '/api/evaluations?unitId=SJ-OFFICE' "$AT_FILLER"
check "... streams it:" 404 GET "/api/evaluations/$SJ_FORM/stream" "$AT_FILLER"
check "... amends it:" 404 PUT "/api/evaluations/$SJ_FORM/goals" "$AT_FILLER" '{"actual":"x","reason":"x","expectedVersion":1}'
check "... the Songjiang dashboard:" 403 GET '/api/dashboards/units/SJ-FIN?fiscalYear=2023' "$AT_FILLER"
NAME=$(expect 200 "$(call GET "/api/evaluations/$AT_FORM" "$JD_AUDITOR")" | json 'd["projectName"]')
echo "JD auditor reads an Anting form:                  200 $NAME"
check "... and amends it:" 403 PUT "/api/evaluations/$AT_FORM/goals" "$JD_AUDITOR" '{"actual":"x","reason":"x","expectedVersion":1}'

SUFFIX=$(date +%s)
PERSON="at-gov-approver-$SUFFIX"
expect 201 "$(call POST /api/organization/people "$JD_ADMIN" "{\"personId\":\"$PERSON\",\"name\":\"临时审批人\",\"unitId\":\"AT-GOV\",\"roles\":[\"DEPARTMENT_APPROVER\"],\"password\":\"temporary-pass-1\",\"reason\":\"借调期间审批\"}")" >/dev/null
OLD_TOKEN=$(login "$PERSON" temporary-pass-1)
check "new approver, before choosing a password, lists:" 403 GET '/api/evaluations' "$OLD_TOKEN"
HANDED_OVER=$OLD_TOKEN
OLD_TOKEN=$(expect 200 "$(call POST /api/auth/password "$HANDED_OVER" '{"currentPassword":"temporary-pass-1","newPassword":"approvers-own-1"}')" | json 'd["token"]')
check "chose a password; the token it was asked with:" 401 GET '/api/evaluations' "$HANDED_OVER"
AT_REVIEWER=$(login at-center-reviewer)
AT_UNIT_LEVEL=$(expect 200 "$(call GET '/api/evaluations?unitId=AT-CENTER&status=UNDER_REVIEW' "$AT_REVIEWER")" \
  | json '[f["evaluationId"] + " " + str(f["version"]) for f in d if f.get("reviewLevel") == "UNIT"][0]')
V=$(expect 200 "$(call POST "/api/evaluations/${AT_UNIT_LEVEL% *}/approve" "$AT_REVIEWER" "{\"comment\":\"同意\",\"expectedVersion\":${AT_UNIT_LEVEL#* }}")" | json 'd["version"]')
WAITING="${AT_UNIT_LEVEL% *} $V"
echo "$PERSON added by jd-admin, signed in and chose a password; form ${WAITING% *} (version ${WAITING#* }) waits for AT-GOV"
expect 200 "$(call POST "/api/organization/people/$PERSON/revoke-role" "$JD_ADMIN" '{"role":"DEPARTMENT_APPROVER","reason":"借调结束"}')" >/dev/null
check "role revoked; old token approves it:" 403 POST "/api/evaluations/${WAITING% *}/approve" "$OLD_TOKEN" "{\"expectedVersion\":${WAITING#* }}"
expect 200 "$(call POST "/api/organization/people/$PERSON/deactivate" "$JD_ADMIN" '{"reason":"离开本单位"}')" >/dev/null
check "deactivated; old token lists forms:" 401 GET '/api/evaluations' "$OLD_TOKEN"
expect 204 "$(call POST /api/auth/sign-out "$SJ_AUDITOR")" >/dev/null
check "sj-auditor signed out; the token lists forms:" 401 GET '/api/evaluations' "$SJ_AUDITOR"
check "sj-admin grants a role in Anting:" 403 POST "/api/organization/people/at-center-filler/grant-role" "$(login sj-admin)" '{"role":"AUDITOR"}'

echo "Organization history of AT-GOV (as jd-auditor), who granted each role:"
expect 200 "$(call GET '/api/organization/history?unitId=AT-GOV' "$JD_AUDITOR")" | python3 -c '
import sys, json
for e in json.load(sys.stdin):
    print("  v%-3s %s %-18s %-8s %-26s %-14s by %s (%s) %s" % (e["version"], e["time"][:19], e["action"], e["actionZh"],
          e.get("personId") or e.get("unitId"), e.get("roleZh") or e.get("to") or "", e["actor"]["id"], e["actor"]["name"],
          "— " + e["reason"] if e.get("reason") else ""))'
echo "access walkthrough passed"
