#!/usr/bin/env bash
# Builds the container image as a tarball without a Docker daemon or a registry, and checks it and the rendered Helm
# chart (docs/adr/0011-container-image.md). Run after `./mvnw verify`:
#   1. with npm, every object HelmChartTests rendered into bot/target/helm/ is checked against the Kubernetes schemas
#      (infra/helm/check-schemas.mjs);
#   2. infra/image/base.sh makes the offline base (Debian packages + a jlink'd Java runtime) as a tarball;
#   3. Jib builds bot/target/kollegan-image.tar (OCI layout) onto it: the same Maven configuration releases use,
#      with only the base switched (-Dimage.base=tar://…);
#   4. the image's config must say: a non-root user, the application's entrypoint, port 8080, the OCI labels and
#      container-aware memory settings;
#   5. as root, the image's layers are unpacked into a folder and the application is started from it as the image's
#      user, in its own mount and PID namespaces (what a container runtime does, without one), on embedded defaults,
#      until /actuator/health/readiness and /liveness say UP; then it is stopped and must exit by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

image=bot/target/kollegan-image.tar
if [ ! -f bot/target/kollegan.jar ]; then
  echo "bot/target/kollegan.jar is missing: run ./mvnw verify first." >&2
  exit 1
fi
for tool in jq curl; do
  if ! command -v "$tool" > /dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" > /dev/null
  fi
done

# --- The rendered chart against the Kubernetes schemas ---------------------------------------------------------------
# HelmChartTests (in `verify`) rendered the chart with the defaults and production-like values into bot/target/helm/.
rendered=(bot/target/helm/*.yaml)
[ -f "${rendered[0]}" ] || { echo "bot/target/helm/ holds no rendered chart: run ./mvnw verify first." >&2; exit 1; }
schemas="$(mktemp -d)"
if command -v npm > /dev/null && npm install --silent --no-audit --no-fund --prefix "$schemas" \
  kubernetes-models@5.1.0 @kubernetes-models/prometheus-operator@6.0.0 yaml@2.9.1 > /dev/null 2>&1; then
  cp infra/helm/check-schemas.mjs "$schemas/"
  node "$schemas/check-schemas.mjs" "${rendered[@]}"
else
  echo "Chart: note: could not install kubernetes-models with npm; the rendered objects are not checked against" \
    "the Kubernetes schemas this run (HelmChartTests still checked them)." >&2
fi
rm -rf "$schemas"

base="$(infra/image/base.sh)"

echo "Image: jib:buildTar onto $base"
revision="$(git rev-parse HEAD 2> /dev/null || echo unknown)"
# The modules were compiled, tested and checked by `verify`; this only packages them again for Jib.
./mvnw -B -ntp -q -pl bot -am -Pimage package -Dmaven.test.skip=true -Dspring-javaformat.skip=true \
  -Denforcer.skip=true "-Dimage.base=tar://$base" "-Dimage.revision=$revision"
echo "Image: $(du -h "$image" | cut -f1) in $image"

# --- What the image says about itself -------------------------------------------------------------------------------
blob() { tar -xOf "$image" "blobs/sha256/${1#sha256:}"; }
manifest_digest="$(tar -xOf "$image" index.json | jq -r '.manifests[0].digest')"
manifest="$(blob "$manifest_digest")"
config="$(blob "$(jq -r '.config.digest' <<< "$manifest")")"

fail() {
  echo "Image check failed: $*" >&2
  exit 1
}
user="$(jq -r '.config.User // ""' <<< "$config")"
uid="${user%%:*}"
gid="${user#*:}"
[[ "$uid" =~ ^[0-9]+$ ]] && [ "$uid" -ne 0 ] || fail "the user is '$user', not a numeric non-root user"
[[ "$gid" =~ ^[0-9]+$ ]] || fail "the group of '$user' is not numeric"
jq -e '.config.Entrypoint | index("se.postboxen.kollegan.bot.KolleganApplication")' <<< "$config" > /dev/null \
  || fail "the entrypoint does not start KolleganApplication: $(jq -c .config.Entrypoint <<< "$config")"
jq -e '.config.ExposedPorts | has("8080/tcp")' <<< "$config" > /dev/null || fail "port 8080 is not exposed"
for label in title description version revision source; do
  jq -e --arg l "org.opencontainers.image.$label" '.config.Labels[$l] | length > 0' <<< "$config" > /dev/null \
    || fail "the label org.opencontainers.image.$label is missing"
done
jq -e '.config.Env | map(select(startswith("JAVA_TOOL_OPTIONS=") and contains("MaxRAMPercentage"))) | length == 1' \
  <<< "$config" > /dev/null || fail "JAVA_TOOL_OPTIONS does not size the heap from the container's memory"
echo "Image: user $user, entrypoint $(jq -c .config.Entrypoint <<< "$config"), ports $(jq -c '.config.ExposedPorts | keys' <<< "$config")"

# --- The application started from the image's root filesystem -------------------------------------------------------
if [ "$(id -u)" -ne 0 ] || ! unshare --mount --pid --fork --mount-proc true 2> /dev/null; then
  echo "Image: not started from its root filesystem (needs root and mount/PID namespaces); config checked only."
  exit 0
fi

work="$(mktemp -d)"
rootfs="$work/rootfs"
log="$work/kollegan.log"
app=""
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2> /dev/null; then
    kill -KILL "$app" 2> /dev/null || true
    wait "$app" 2> /dev/null || true
  fi
  # The namespace's mounts went with it; --one-file-system guards the host should one have stayed.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

mkdir -p "$rootfs"
for layer in $(jq -r '.layers[].digest' <<< "$manifest"); do
  if blob "$layer" | tar -tz --warning=no-unknown-keyword | grep -q '\(^\|/\)\.wh\.'; then
    fail "layer $layer deletes files (whiteouts); this check does not apply them"
  fi
  blob "$layer" | tar -xz --warning=no-unknown-keyword --same-owner --numeric-owner -p -C "$rootfs"
done
# As a container runtime does: the host's name resolves, and /etc/resolv.conf is the host's.
printf '127.0.0.1\tlocalhost %s\n::1\tlocalhost\n' "$(hostname)" > "$rootfs/etc/hosts"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf" 2> /dev/null || true

port=18080
while (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do
  port=$((port + 1))
done
mapfile -t environment < <(jq -r '.config.Env[]' <<< "$config")
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[], (.config.Cmd // [])[]' <<< "$config")

echo "Image: starting it from $rootfs as $user on port $port (embedded Postgres and Redis, demo data)"
started=$SECONDS
# The JVM becomes PID 1 of its own PID namespace, as in a container; /dev is the host's, bound in the private mount
# namespace only.
unshare --mount --pid --fork --mount-proc="$rootfs/proc" -- \
  sh -c 'mount --rbind /dev "$0/dev" && exec "$@"' "$rootfs" \
  env -i "${environment[@]}" "SERVER_PORT=$port" \
  chroot --userspec="$user" "$rootfs" "${entrypoint[@]}" > "$log" 2>&1 &
app=$!

probe() {
  curl -fsS --max-time 5 "http://127.0.0.1:$port/actuator/health/$1" 2> /dev/null | jq -e '.status == "UP"' > /dev/null
}
deadline=$((started + 300))
until probe readiness; do
  if ! kill -0 "$app" 2> /dev/null; then
    tail -n 60 "$log" >&2
    fail "the application stopped before it was ready"
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    tail -n 60 "$log" >&2
    fail "/actuator/health/readiness was not UP within 300 s"
  fi
  sleep 1
done
probe liveness || fail "/actuator/health/liveness is not UP"
java_pid="$(pgrep -P "$app" | head -n 1)"
[ "$(stat -c %u "/proc/$java_pid")" = "$uid" ] || fail "the application does not run as user $uid"
echo "Image: ready and live $((SECONDS - started)) s after the start, running as uid $uid"

kill -TERM "$java_pid"
stop_deadline=$((SECONDS + 60))
while kill -0 "$app" 2> /dev/null; do
  [ "$SECONDS" -lt "$stop_deadline" ] || fail "the application did not stop within 60 s of SIGTERM"
  sleep 1
done
wait "$app" || true
app=""
echo "Image: stopped on SIGTERM; $image is good."
