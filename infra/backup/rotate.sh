#!/usr/bin/env bash
# Rotation of the daily backups in a directory (called by backup.sh; runnable alone).
#
# Backups are named kollegan-YYYY-MM-DD.dump, each with its .sha256. Dated D and with
# TODAY as today (both calendar dates, UTC), a backup is KEPT when
#   1. TODAY - 29 <= D            (the 30 daily copies: today and the 29 days before), or
#   2. TODAY - 89 <= D and D is the earliest backup present in its calendar month
#                                 (the monthly copies, kept 90 days: usually the 1st), or
#   3. D is the newest backup     (so a backup job that stopped never leaves you with none), or
#   4. D is after TODAY           (a clock that was wrong; a person should look).
# Every other backup is deleted with its checksum. Files not named like a backup are left
# alone.
#
# Usage: rotate.sh DIRECTORY [TODAY as YYYY-MM-DD, default: today in UTC]
set -euo pipefail

dir="${1:?usage: rotate.sh DIRECTORY [YYYY-MM-DD]}"
today="${2:-$(date -u +%F)}"
today_days=$(( $(date -u -d "$today" +%s) / 86400 ))

shopt -s nullglob
dates=()
for file in "$dir"/kollegan-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].dump; do
  name="$(basename "$file")"
  dates+=("${name:9:10}")
done
if [[ ${#dates[@]} -eq 0 ]]; then
  exit 0
fi
mapfile -t dates < <(printf '%s\n' "${dates[@]}" | sort)
newest="${dates[-1]}"

declare -A first_of_month=()
for d in "${dates[@]}"; do
  month="${d:0:7}"
  [[ -z "${first_of_month[$month]:-}" ]] && first_of_month[$month]="$d"
done

for d in "${dates[@]}"; do
  age=$(( today_days - $(date -u -d "$d" +%s) / 86400 ))
  reason=""
  if (( age < 0 )); then
    reason="dated after today"
  elif (( age <= 29 )); then
    reason="daily"
  elif (( age <= 89 )) && [[ "${first_of_month[${d:0:7}]}" == "$d" ]]; then
    reason="monthly"
  elif [[ "$d" == "$newest" ]]; then
    reason="newest"
  fi
  if [[ -n "$reason" ]]; then
    echo "kept    kollegan-$d.dump ($reason)"
  else
    rm -f -- "$dir/kollegan-$d.dump" "$dir/kollegan-$d.dump.sha256"
    echo "deleted kollegan-$d.dump"
  fi
done
