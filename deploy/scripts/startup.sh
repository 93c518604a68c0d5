#!/usr/bin/env bash
# Times the README's first command: seconds from `java -jar` to /actuator/health UP, first on an empty data
# directory (demo data loaded through the commands) and then again on the data it left. Build the jar first
# (mvn -B -q -DskipTests package). Usage: deploy/scripts/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-18777}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

up_after() {
  local start pid
  start=$(date +%s%N)
  java -jar deploy/target/jixiao.jar --server.port="$port" --jixiao.data-dir="$data" > "$data/$1.log" 2>&1 &
  pid=$!
  until curl -s "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the process ended: see $data/$1.log"; exit 1; }
    sleep 0.2
  done
  echo "$1: UP after $(( ($(date +%s%N) - start) / 1000000 )) ms;" \
       "$(grep -hoE 'Started JixiaoApplication in [0-9.]+ seconds|Demo data: .*' "$data/$1.log" | tr '\n' ' ')"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

up_after "first start"
up_after "restart"
