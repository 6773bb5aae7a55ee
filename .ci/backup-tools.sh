#!/usr/bin/env bash
# The backup and restore scripts (infra/backup/) and their test (BackupRestoreIntegrationTests,
# in ./mvnw verify) need pg_dump, pg_restore and psql of major version 15, the version of the
# embedded Postgres the tests run and of Debian 12's postgresql-client. Installs Debian's
# client where the machine lacks them; the test fails, never skips, without them.
set -euo pipefail

if command -v pg_dump > /dev/null && command -v pg_restore > /dev/null && command -v psql > /dev/null; then
  echo "PostgreSQL client tools present: $(pg_dump --version)."
  exit 0
fi
echo "Installing Debian's postgresql-client for the backup and restore test."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-client > /dev/null
pg_dump --version
