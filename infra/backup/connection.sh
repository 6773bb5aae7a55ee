# shellcheck shell=bash
# Sourced by backup.sh and restore.sh: turns DATABASE_URL, when set, into the PG*
# variables libpq reads, so that no password ever appears on a command line (where `ps`
# would show it). Without DATABASE_URL the PG* variables already set are used as they are.
#
# Accepted, as the application accepts them (docs/configuration.md):
#   postgres://user:password@host:5432/db?sslmode=require
#   postgresql://user:password@host/db
#   jdbc:postgresql://host:5432/db?user=u&password=p&sslmode=require
# User and password may also come from DATABASE_USERNAME / DATABASE_PASSWORD.

urldecode() {
  local encoded="${1//+/ }"
  printf '%b' "${encoded//%/\\x}"
}

use_database_url() {
  local url="${DATABASE_URL:-}"
  if [[ -z "$url" ]]; then
    if [[ -z "${PGDATABASE:-}" ]]; then
      echo "Set DATABASE_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE." >&2
      return 2
    fi
    return 0
  fi
  url="${url#jdbc:}"
  local pattern='^(postgres|postgresql)://(([^:@/]*)(:([^@/]*))?@)?([^:/?]+)(:([0-9]+))?(/([^?]*))?(\?(.*))?$'
  if [[ ! "$url" =~ $pattern ]]; then
    # The value holds a password: never echo it.
    echo "DATABASE_URL must look like postgres://user:password@host:5432/db" >&2
    return 2
  fi
  local user="${BASH_REMATCH[3]}" password="${BASH_REMATCH[5]}" host="${BASH_REMATCH[6]}"
  local port="${BASH_REMATCH[8]}" database="${BASH_REMATCH[10]}" query="${BASH_REMATCH[12]}"
  export PGHOST="$host"
  export PGPORT="${port:-5432}"
  PGDATABASE="$(urldecode "${database:-postgres}")"
  export PGDATABASE
  if [[ -n "$user" ]]; then
    PGUSER="$(urldecode "$user")"
    export PGUSER
  fi
  if [[ -n "$password" ]]; then
    PGPASSWORD="$(urldecode "$password")"
    export PGPASSWORD
  fi
  [[ -n "${DATABASE_USERNAME:-}" && -z "$user" ]] && export PGUSER="$DATABASE_USERNAME"
  [[ -n "${DATABASE_PASSWORD:-}" && -z "$password" ]] && export PGPASSWORD="$DATABASE_PASSWORD"
  local pair key value
  local IFS='&'
  for pair in $query; do
    key="${pair%%=*}"
    value="$(urldecode "${pair#*=}")"
    case "$key" in
      user) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
      sslmode) export PGSSLMODE="$value" ;;
      sslrootcert) export PGSSLROOTCERT="$value" ;;
      *) ;; # JDBC-only parameters mean nothing to libpq
    esac
  done
  return 0
}

require_tools() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$tool is missing: install Debian's postgresql-client (15, matching the server), e.g. .ci/backup-tools.sh" >&2
      return 127
    fi
  done
}
