#!/usr/bin/env bash
# The issue's "done means", by curl against a running system (default http://localhost:8080):
# a filler drafts the Anting 2024 信息化项目运维(信息安全三级等保) form from its fixture, amends an actual value and
# submits; the three reviewers of its chain approve; the form shows 92.13% / 9.21 / 97.21 / 优; a stale version
# gets 409, the filler approving gets 403, an incomplete submit gets 422, a second draft of the same project and
# year gets 409 naming the first form.
# A unit has one form per project and fiscal year, and the demo data has this project's 2024 form: each run drafts
# the fixture's figures as a project of its own (name and code carry the time of the run), so it can run again.
# Needs curl and python3. Usage: deploy/scripts/walkthrough.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
HERE=$(cd "$(dirname "$0")" && pwd)
FIXTURE="$HERE/../src/main/resources/demo/fixtures/anting-2024.json"
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
login() { curl -sf "$BASE/api/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"jixiao-demo\"}" | json 'd["token"]'; }
call() { # method path token body -> prints "status body"
  local out; out=$(curl -s -o /tmp/jixiao-walkthrough.$$ -w '%{http_code}' -X "$1" "$BASE$2" \
    -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"})
  echo "$out $(cat /tmp/jixiao-walkthrough.$$)"; rm -f /tmp/jixiao-walkthrough.$$; }
expect() { local status=${2%% *}; [ "$status" = "$1" ] || { echo "expected HTTP $1, got: $2" >&2; exit 1; }; echo "${2#* }"; }

RUN=$(date +%Y%m%d-%H%M%S)-$$
FILLER=$(login at-center-filler)
draft_body() { # project name, project code (empty: none) -> the fixture form as a draft of that project
  python3 - "$FIXTURE" "$1" "$2" <<'PY'
import json, sys
root = json.load(open(sys.argv[1]))
form = next(f for f in root["evaluations"] if f["projectName"] == "信息化项目运维(信息安全三级等保)")
form.update(amountUnit=root["amountUnit"], competentDepartmentId="AT-GOV", implementingUnitId="AT-CENTER",
            projectName=sys.argv[2], projectCode=sys.argv[3] or None)
print(json.dumps(form, ensure_ascii=False))
PY
}
BODY=$(draft_body "信息化项目运维(信息安全三级等保) 走查$RUN" "WALK-$RUN")
ID=$(expect 201 "$(call POST /api/evaluations "$FILLER" "$BODY")" | json 'd["evaluationId"]')
echo "drafted $ID (project WALK-$RUN)"
for again in "$BODY" "$(draft_body "信息化项目运维 （信息安全三级等保） 走查$RUN" "")"; do
  DUPLICATE=$(expect 409 "$(call POST /api/evaluations "$FILLER" "$again")")
  NAMED=$(echo "$DUPLICATE" | json 'd["details"]["evaluationId"]')
  [ "$NAMED" = "$ID" ] || { echo "the 409 names $NAMED, not $ID: $DUPLICATE" >&2; exit 1; }
  echo "second draft:   $(echo "$DUPLICATE" | json '"%s (same %s) -> %s" % (d["code"], d["details"]["matchedBy"], d["details"]["evaluationId"])')"
done
sleep 1
expect 200 "$(call PUT "/api/evaluations/$ID/indicators/I9/actual" "$FILLER" '{"actual":"96.00(%)","expectedVersion":1}')"
echo "stale version:  $(expect 409 "$(call PUT "/api/evaluations/$ID/indicators/I9/actual" "$FILLER" '{"actual":"97.00(%)","expectedVersion":1}')" | json 'd["code"]')"
expect 200 "$(call POST "/api/evaluations/$ID/submit" "$FILLER" '{"expectedVersion":2}')"
echo "filler approves: $(expect 403 "$(call POST "/api/evaluations/$ID/approve" "$FILLER" '{"expectedVersion":3}')" | json 'd["code"]')"
V=3
for reviewer in at-center-reviewer at-gov-approver jd-finance; do
  V=$(expect 200 "$(call POST "/api/evaluations/$ID/approve" "$(login $reviewer)" "{\"comment\":\"同意\",\"expectedVersion\":$V}")" | json 'd["version"]')
  echo "approved by $reviewer -> version $V"
done
sleep 1
expect 200 "$(call GET "/api/evaluations/$ID" "$FILLER")" | json '"status %s rate %s budget score %s total %s grade %s" % (d["status"], d["funds"]["total"]["executionRate"], d["budgetExecution"]["score"], d["totalScore"], d["grade"])'

INCOMPLETE=$(draft_body "信息化项目运维(信息安全三级等保) 走查$RUN 未填完" "WALK-$RUN-B" | python3 -c 'import sys,json; f=json.load(sys.stdin); f["indicators"][0]["score"]=None; f["indicators"][1]["actual"]=None; print(json.dumps(f, ensure_ascii=False))')
ID2=$(expect 201 "$(call POST /api/evaluations "$FILLER" "$INCOMPLETE")" | json 'd["evaluationId"]')
expect 422 "$(call POST "/api/evaluations/$ID2/submit" "$FILLER" '{"expectedVersion":1}')" | json '"incomplete submit: %s, problems: %s" % (d["code"], "; ".join(p["messageZh"] for p in d["details"]["problems"]))'
echo "walkthrough passed"
