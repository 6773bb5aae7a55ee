#!/usr/bin/env bash
# Checks the Prometheus material in infra/prometheus/ with Prometheus's own promtool: the alert and recording rules
# parse and their expressions are valid PromQL, the rules' unit tests (alerts.test.yml) pass, and the example scrape
# configuration is valid. promtool comes from Debian's prometheus package, installed where it is missing.
# MetricNamesIntegrationTests (Maven) checks the other half: every metric the rules use exists in the application.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v promtool > /dev/null; then
  echo "Installing promtool (Debian's prometheus package) to check infra/prometheus/."
  apt-get update -qq
  # Only promtool is wanted, not a Prometheus server running on the CI machine: a policy-rc.d that denies every
  # start keeps the package's service down (Debian's documented way; left alone where the machine has its own).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    own_policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' > "$own_policy"
    chmod +x "$own_policy"
    trap 'rm -f "$own_policy"' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus > /dev/null
fi

promtool --version | head -n 1
promtool check rules infra/prometheus/alerts.yml
promtool test rules infra/prometheus/alerts.test.yml
promtool check config infra/prometheus/prometheus.yml
