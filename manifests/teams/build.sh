#!/usr/bin/env bash
# Builds the Teams app package (target/kollegan-teams.zip next to this script) to upload in the Teams admin centre or
# Developer Portal. It fills the placeholders in manifest.json from the environment:
#   TEAMS_APP_ID      {{TEAMS_APP_ID}}      the Teams app's own id, a GUID you generate once and keep (uuidgen)
#   MICROSOFT_APP_ID  {{MICROSOFT_APP_ID}}  the bot's single-tenant Entra app (client) id, also the tab SSO app
#   KOLLEGAN_HOST     {{HOST}}              the host Kollegan is served from, e.g. kollegan.kommun-a.se
# Values are checked but never printed. TeamsManifestTests validates the template against Microsoft's schema.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
hostname='^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$'

require() { # name, pattern, what it must be
  local value="${!1:-}"
  if [[ -z "$value" ]]; then
    echo "build.sh: environment variable $1 is not set ($3)" >&2
    exit 1
  fi
  if ! [[ "$value" =~ $2 ]]; then
    echo "build.sh: environment variable $1 is not $3" >&2
    exit 1
  fi
}
require TEAMS_APP_ID "$guid" "a GUID"
require MICROSOFT_APP_ID "$guid" "a GUID (the Entra app id)"
require KOLLEGAN_HOST "$hostname" "a host name without scheme, port or path"

staging="$out/kollegan-teams"
rm -rf "$staging" "$out/kollegan-teams.zip"
mkdir -p "$staging"
# The checks above leave only [0-9A-Za-z.-] in the values, so they are safe in a sed replacement.
for file in manifest.json sv.json; do
  sed -e "s/{{TEAMS_APP_ID}}/$TEAMS_APP_ID/g" \
      -e "s/{{MICROSOFT_APP_ID}}/$MICROSOFT_APP_ID/g" \
      -e "s/{{HOST}}/$KOLLEGAN_HOST/g" \
      "$here/$file" > "$staging/$file"
done
if grep -q '{{' "$staging/manifest.json" "$staging/sv.json"; then
  echo "build.sh: a placeholder in manifest.json or sv.json has no variable here" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$staging/"

# Teams wants the files at the root of the zip, no folder.
cd "$staging"
if command -v zip > /dev/null; then
  zip -q -X "$out/kollegan-teams.zip" manifest.json sv.json color.png outline.png
else
  python3 -m zipfile -c "$out/kollegan-teams.zip" manifest.json sv.json color.png outline.png
fi
echo "Teams app package: $out/kollegan-teams.zip"
