#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (docs/runbooks/restore.md).
#
# Checks the dump against its .sha256 first and refuses one that does not match (or has
# no checksum). Refuses a target that already has tables, unless --force is given: then
# what the dump holds replaces what is there (pg_restore --clean). Restores in one
# transaction, so a failure leaves the target as it was. Owners and grants are not
# restored: the objects belong to the user that restores, so a managed database with
# other role names takes the dump as it is.
#
# Usage: restore.sh [--force] BACKUP_FILE
# Connection: DATABASE_URL (as the application takes it) or the PG* variables; the
# target database must exist (CREATE DATABASE, or your provider's console).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=connection.sh
source "$here/connection.sh"

force=false
if [[ "${1:-}" == "--force" ]]; then
  force=true
  shift
fi
file="${1:?usage: restore.sh [--force] BACKUP_FILE}"

require_tools pg_restore psql sha256sum
if [[ ! -f "$file" ]]; then
  echo "No backup at $file" >&2
  exit 2
fi
if [[ ! -f "$file.sha256" ]]; then
  echo "No checksum at $file.sha256: refusing a backup that cannot be checked" >&2
  exit 3
fi
if ! (cd "$(dirname "$file")" && sha256sum --check --status "$(basename "$file").sha256"); then
  echo "$file does not match its checksum: refusing to restore it" >&2
  exit 3
fi
use_database_url

tables="$(psql --no-password --no-psqlrc --tuples-only --no-align --dbname="$PGDATABASE" --command="
  SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'")"
if [[ "$tables" != "0" ]]; then
  if [[ "$force" != true ]]; then
    echo "$PGDATABASE is not empty ($tables tables, views or sequences): restore into an empty database," \
      "or give --force to replace what is there" >&2
    exit 4
  fi
  clean=(--clean --if-exists)
else
  clean=()
fi

pg_restore --no-password --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
  --dbname="$PGDATABASE" "$file"
echo "restored $file into $PGDATABASE"
