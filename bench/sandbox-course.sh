#!/usr/bin/env bash
# How long sandbox meetings starting now take from booking to recap, on the embedded
# defaults (the issue-6 promise: join, lobby, retries, end and recap within a minute).
# Starts bot/target/kollegan.jar on a spare port, books one meeting per scenario as the
# demo administrator, polls each recap every 2 s, prints the seconds until all are ready.
# Usage: ./mvnw -q package -DskipTests && bench/sandbox-course.sh
set -euo pipefail
port=${PORT:-18080}
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
SERVER_PORT=$port KOLLEGAN_PERSISTENCE_DATA_DIR="$work/data" java -jar bot/target/kollegan.jar >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 2; done
token=$(curl -sf -u demo-a-admin:demo -d grant_type=client_credentials "localhost:$port/oauth2/token" |
  python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])')
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
start=$(date +%s)
declare -A meetings
for scenario in ok lobby-then-admit join-fails lobby-timeout; do
  body=$(printf '{"title":"Prov %s","joinUrl":"https://sandbox.kollegan.example/meet/%s?r=%s","startsAt":"%s","endsAt":"%s","organizerName":"Anna Lind","organizerEmail":"anna.lind@kommun-a.example"}' \
    "$scenario" "$scenario" "$RANDOM" "$(date -u +%FT%TZ)" "$(date -u -d '+1 hour' +%FT%TZ)")
  meetings[$scenario]=$(api "localhost:$port/api/agents/meetings" -d "$body" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
done
while :; do
  line="" ready=1
  for scenario in "${!meetings[@]}"; do
    state=$(api "localhost:$port/api/agents/meetings/${meetings[$scenario]}/recap" |
      python3 -c 'import sys, json; d = json.load(sys.stdin); print(d["status"], d.get("outcome"))')
    line="$line $scenario=[$state]"
    [[ $state == ready* ]] || ready=0
  done
  elapsed=$(( $(date +%s) - start ))
  if (( ready )); then echo "all recaps ready after ${elapsed} s:$line"; exit 0; fi
  if (( elapsed > 180 )); then echo "not ready after ${elapsed} s:$line" >&2; exit 1; fi
  sleep 2
done
