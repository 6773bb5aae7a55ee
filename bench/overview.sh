#!/usr/bin/env bash
# Server time of the dashboard overview (GET /) with 10,000 meetings in the tenant and 100
# tenants in the database (issue 9). Starts bot/target/kollegan.jar on its embedded
# defaults with a fresh data directory, seeds its embedded Postgres with
# bench/overview-seed.sql through Debian's psql, signs in as demo-a's admin and member and
# demo-b's admin through the development identity provider (OpenID Connect
# authorization-code flow, curl with a cookie jar), and runs bench/Overview.java.
# Takes about 3 minutes with the defaults.
# Usage: ./mvnw -o -B -q package -DskipTests -pl bot -am && bench/overview.sh [clients] [requests a page] [rounds] [warm-up]
set -euo pipefail
port=${PORT:-18082}
clients=${1:-2}
requests=${2:-1000}
rounds=${3:-5}
warmup=${4:-300}
base="http://localhost:$port"
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
# One client address and one user send everything here, so the rate limits (meant for
# many senders) are raised out of the way, as the integration tests do.
SERVER_PORT=$port KOLLEGAN_PERSISTENCE_DATA_DIR="$work/data" java -jar bot/target/kollegan.jar \
  --kollegan.rate-limit.per-address.capacity=100000000 --kollegan.rate-limit.per-user.capacity=100000000 \
  --kollegan.rate-limit.per-tenant.capacity=100000000 \
  >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "$base/actuator/health/readiness" >/dev/null && break; sleep 2; done
curl -sf "$base/actuator/health/readiness" >/dev/null || { echo "not ready; see the log:" >&2; tail -50 "$work/app.log" >&2; exit 1; }

# The embedded Postgres writes its port on the fourth line of postmaster.pid.
db_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
psql -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -q -v tenants=100 -v others=1000 -f bench/overview-seed.sql

# Signs in through the sign-in form with the documented demo password; prints the session.
sign_in() {
  local jar="$work/$1.cookies" page csrf
  page=$(curl -sf -L -c "$jar" -b "$jar" "$base/")
  csrf=$(sed -n 's/.*name="_csrf"[[:space:]]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -sf -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode password=demo \
    --data-urlencode "_csrf=$csrf" "$base/idp/login"
  awk '$6 == "KOLLEGAN_SESSION" { print $7 }' "$jar"
}
admin=$(sign_in astrid.ek@kommun-a.example)
member=$(sign_in erik.lund@kommun-a.example)
small=$(sign_in karin.sjo@kommun-b.example)
java bench/Overview.java "$base" "$admin" "$member" "$small" "$clients" "$requests" "$rounds" "$warmup"
