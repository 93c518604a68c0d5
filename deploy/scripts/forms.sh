#!/usr/bin/env bash
# Issue 5's "done means", by curl: the Anting unit's 2024 year exported from a running installation with the demo
# data (first URL) and imported into an empty one with the demo people (second URL, e.g. started with
# --jixiao.demo=false --jixiao.organization-file=classpath:io/jixiao/platform/organization/demo-organization.yml
# --server.port=8181 --jixiao.data-dir=/tmp/empty) gives every form, figure and total identical; a deliberately
# broken workbook (a text in an amount cell, a missing indicator name, weights summing to 95) is refused with row and
# column and creates nothing; the PDF of a form is a PDF with an embedded font.
# Needs curl and python3. Usage: deploy/scripts/forms.sh [demo-url] [empty-url]
set -euo pipefail
DEMO=${1:-http://localhost:8080}
EMPTY=${2:-http://localhost:8181}
WORK=$(mktemp -d)
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
login() { curl -sf "$1/api/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$2\",\"password\":\"jixiao-demo\"}" | json 'd["token"]'; }
get() { curl -sf "$1$2" -H "Authorization: Bearer $3"; }
import() { # base token file -> the finished job
  local job; job=$(curl -sf "$1/api/imports" -H "Authorization: Bearer $2" -F "file=@$3" | json 'd["jobId"]')
  for _ in $(seq 1 240); do
    local answer; answer=$(get "$1" "/api/imports/$job" "$2")
    case $(echo "$answer" | json 'd["status"]') in DONE|FAILED) echo "$answer"; return;; esac
    sleep 0.5
  done
  echo "job $job did not finish" >&2; exit 1; }

DEMO_ADMIN=$(login "$DEMO" jd-admin)
EMPTY_ADMIN=$(login "$EMPTY" jd-admin)
[ "$(get "$EMPTY" '/api/evaluations?unitId=AT-CENTER&fiscalYear=2024' "$EMPTY_ADMIN" | json 'len(d)')" = 0 ] \
  || { echo "the second installation is not empty" >&2; exit 1; }

curl -sf -o "$WORK/anting-2024.xlsx" "$DEMO/api/exports/units/AT-CENTER?fiscalYear=2024&format=xlsx" \
  -H "Authorization: Bearer $DEMO_ADMIN"
echo "exported $(stat -c %s "$WORK/anting-2024.xlsx") bytes"
import "$EMPTY" "$EMPTY_ADMIN" "$WORK/anting-2024.xlsx" \
  | json '"imported: %s created, %s skipped, %s refused" % (len(d["created"]), len(d["skipped"]), len(d["refused"]))'
sleep 2

for base in "$DEMO" "$EMPTY"; do
  token=$([ "$base" = "$DEMO" ] && echo "$DEMO_ADMIN" || echo "$EMPTY_ADMIN")
  for id in $(get "$base" '/api/evaluations?unitId=AT-CENTER&fiscalYear=2024' "$token" | json '" ".join(f["evaluationId"] for f in d)'); do
    get "$base" "/api/evaluations/$id" "$token"; echo
  done > "$WORK/$( [ "$base" = "$DEMO" ] && echo before || echo after ).jsonl"
done
python3 - "$WORK/before.jsonl" "$WORK/after.jsonl" <<'PY'
import json, sys
def figures(path):
    forms = {}
    for line in open(path):
        f = json.loads(line)
        forms[f["projectName"]] = {k: f.get(k) for k in ("fiscalYear", "amountUnit", "funds", "budgetExecution", "goals",
            "totalScore", "grade", "implementingUnitId", "competentDepartmentId")} | {"indicators": [
            {k: i.get(k) for k in ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")}
            for i in f["indicators"]]}
    return forms
before, after = figures(sys.argv[1]), figures(sys.argv[2])
assert before.keys() == after.keys(), (sorted(before), sorted(after))
for name in before:
    assert before[name] == after[name], name
    print("identical: %-40s total %s grade %s" % (name[:40], after[name]["totalScore"], after[name]["grade"]))
print("all %d forms identical" % len(before))
PY

FILLER=$(login "$DEMO" at-center-filler)
ID=$(get "$DEMO" '/api/evaluations?unitId=AT-CENTER&fiscalYear=2024' "$FILLER" \
  | json '[f["evaluationId"] for f in d if f["projectName"] == "信息化项目运维(信息安全三级等保)"][0]')
curl -sf -o "$WORK/form.xlsx" "$DEMO/api/evaluations/$ID/export?format=xlsx" -H "Authorization: Bearer $FILLER"
python3 - "$WORK/form.xlsx" "$WORK/broken.xlsx" <<'PY'
import re, sys, zipfile
# The official layout (io.jixiao.kernel.forms.OfficialLayout): row 6 is 年度资金总额, column E 全年执行数; indicators
# start at row 13 with the name in column D and the weight in column G.
src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
for item in src.infolist():
    data = src.read(item.filename)
    if item.filename == "xl/worksheets/sheet1.xml":
        xml = data.decode("utf-8")
        def cell(ref, body, kind=None):
            # keep the cell's style, drop its type and value
            style = re.search(r'<c r="%s"[^>]*?( s="\d+")' % ref, xml)
            return '<c r="%s"%s%s>%s</c>' % (ref, style.group(1) if style else "", ' t="%s"' % kind if kind else "", body)
        def replace(ref, new, text):
            return re.sub(r'<c r="%s"[^>]*?(?:/>|>.*?</c>)' % ref, lambda m: new, text, count=1)
        weight = float(re.search(r'<c r="G13"[^>]*><v>([\d.]+)</v>', xml).group(1))
        xml = replace("E6", cell("E6", "<is><t>二十四点八三</t></is>", "inlineStr"), xml)
        xml = replace("D13", cell("D13", ""), xml)
        xml = replace("G13", cell("G13", "<v>%s</v>" % (weight - 5)), xml)
        data = xml.encode("utf-8")
    dst.writestr(item, data)
dst.close()
PY
import "$DEMO" "$FILLER" "$WORK/broken.xlsx" | python3 -c '
import sys, json
job = json.load(sys.stdin)
assert not job["created"], job
for p in job["refused"]:
    print("refused: %s %s%s %s" % (p["form"], p.get("column") or "", p.get("row") or "", p["messageZh"]))
assert len(job["refused"]) >= 3, job["refused"]
print("broken workbook refused, nothing created")'

curl -sf -o "$WORK/form.pdf" "$DEMO/api/evaluations/$ID/export?format=pdf" -H "Authorization: Bearer $FILLER"
head -c 5 "$WORK/form.pdf" | grep -q '%PDF-' && grep -aq 'FontFile2' "$WORK/form.pdf" \
  && echo "PDF: $(stat -c %s "$WORK/form.pdf") bytes, Chinese font embedded (text checked in FormsInAndOutTest)"
echo "forms walkthrough passed"
