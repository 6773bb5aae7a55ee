#!/usr/bin/env bash
# Slack command acknowledgements against a bare GET in the same run, and p99 at half the
# maximum rate (issue 7). Starts bot/target/kollegan.jar on its embedded defaults (the demo
# Slack team T0DEMO00A and signing secret work in development), with answers to commands
# sent to a local sink that stands in for Slack. Takes about 1.5 minutes.
# Usage: ./mvnw -q package -DskipTests && bench/slack-ack.sh [clients] [seconds per phase]
set -euo pipefail
port=${PORT:-18081}
sink=${SINK_PORT:-18999}
clients=${1:-8}
seconds=${2:-20}
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
# One client address sends everything here, so the per-address limit (meant for many
# senders) is raised out of the way, as the integration tests do.
SERVER_PORT=$port KOLLEGAN_PERSISTENCE_DATA_DIR="$work/data" java -jar bot/target/kollegan.jar \
  --kollegan.slack.response-url-base="http://127.0.0.1:$sink/" \
  --kollegan.rate-limit.per-address.capacity=100000000 --kollegan.rate-limit.per-tenant.capacity=100000000 \
  >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 2; done
java bench/SlackAck.java "http://localhost:$port" "$sink" "$clients" "$seconds"
