#!/usr/bin/env bash
# Daily logical backup of Kollegan's database (docs/runbooks/restore.md).
#
# Writes BACKUP_DIR/kollegan-YYYY-MM-DD.dump (pg_dump's custom format: compressed, and
# restorable table by table) and beside it kollegan-YYYY-MM-DD.dump.sha256, then rotates
# the directory (rotate.sh: 30 daily copies, monthly copies for 90 days). A second run on
# the same day replaces that day's backup. The dump is written under a temporary name and
# renamed only when complete, so a half-written file is never taken for a backup.
#
# Connection: DATABASE_URL (as the application takes it) or the PG* variables.
# Environment:
#   BACKUP_DIR   where backups go (default /var/backups/kollegan)
#   BACKUP_DATE  the date to name the backup by and rotate from (default: today, UTC)
# Needs pg_dump of the server's major version (Debian: postgresql-client-15), sha256sum.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=connection.sh
source "$here/connection.sh"

require_tools pg_dump sha256sum
use_database_url

dir="${BACKUP_DIR:-/var/backups/kollegan}"
date="${BACKUP_DATE:-$(date -u +%F)}"
if [[ ! "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  echo "BACKUP_DATE must be YYYY-MM-DD" >&2
  exit 2
fi
name="kollegan-$date.dump"
mkdir -p "$dir"
umask 077
partial="$(mktemp "$dir/.$name.XXXXXX")"
trap 'rm -f -- "$partial" "$partial.sha256"' EXIT

pg_dump --format=custom --no-password --file="$partial" "$PGDATABASE"
# In sha256sum's own format, naming the final file, so `sha256sum --check` works in the directory.
printf '%s  %s\n' "$(sha256sum < "$partial" | cut -d ' ' -f 1)" "$name" > "$partial.sha256"
mv -f -- "$partial" "$dir/$name"
mv -f -- "$partial.sha256" "$dir/$name.sha256"
trap - EXIT
echo "backed up $PGDATABASE to $dir/$name ($(du -h "$dir/$name" | cut -f1))"

"$here/rotate.sh" "$dir" "$date"
