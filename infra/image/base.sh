#!/usr/bin/env bash
# Builds the offline base image for Jib: a minimal root filesystem from Debian packages plus a Java runtime made with
# jlink, written as a `docker save` tarball that Jib reads with `tar://` (docs/adr/0011-container-image.md). It stands
# in for eclipse-temurin:25-jre where no container registry can be reached: same Java home (/opt/java/openjdk), same
# PATH and JAVA_HOME, so the image built on it behaves like the released one.
#
#   infra/image/base.sh [OUTPUT_DIR]      (default bot/target/image-base; prints the tarball's path, progress on stderr)
#
# Needs apt-get and dpkg-deb (Debian or Ubuntu) and a JDK 21 or newer with jlink: KOLLEGAN_IMAGE_JDK, else the first
# found of the machine's Temurin 25, GitHub's JAVA_HOME_25_X64/JAVA_HOME_21_X64, JAVA_HOME, /usr/lib/jvm/*.
# Runs as any user; only the package lists' refresh (when they are empty) needs root.
set -euo pipefail
cd "$(dirname "$0")/../.."

out="$(mkdir -p "${1:-bot/target/image-base}" && cd "${1:-bot/target/image-base}" && pwd)"
root="$out/rootfs"
debs="$out/debs"

# What the runtime and the embedded development servers need, and nothing to log in with: glibc and the C++ runtime
# (the JVM; embedded Postgres's ICU), libc-bin for its compiled C.UTF-8 locale (initdb refuses LANG=C.UTF-8 without
# it), OpenSSL 3 (embedded Redis), dash as /bin/sh (embedded Postgres's pg_ctl starts the server through it),
# coreutils (embedded Redis asks `uname` for the architecture), CA certificates, time zones, and base-files/netbase
# for /etc/os-release and /etc/services.
# `a|b` takes the first name the distribution has (Ubuntu 24.04 renamed libssl3 for its 64-bit time_t transition).
packages=(base-files netbase tzdata ca-certificates libc6 libc-bin libgcc-s1 libstdc++6 'libssl3t64|libssl3' zlib1g dash coreutils)

# java.se is what the Java SE specification promises; the jdk.* modules are those libraries load by name at run time
# (Swedish locale data, EC and PKCS#11 crypto, Unsafe for Netty/Lettuce, zip file systems, JFR and the platform
# MXBeans for Actuator, DNS naming, extra charsets, Kerberos/SASL for Postgres's GSS authentication).
modules=java.se,jdk.localedata,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.unsupported,jdk.zipfs,jdk.management,jdk.management.jfr,jdk.jfr,jdk.net,jdk.naming.dns,jdk.charsets,jdk.security.auth,jdk.security.jgss

# The non-root user the image runs as (bot/pom.xml, <container><user>). Embedded Postgres's initdb refuses a user
# without a passwd entry, so it has one here.
app_uid=10001

find_jdk() {
  local candidate
  for candidate in "${KOLLEGAN_IMAGE_JDK:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME_25_X64:-}" \
    "${JAVA_HOME_21_X64:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] || continue
    local feature
    feature="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')"
    if [ "${feature:-0}" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
  echo "No JDK 21 or newer with jlink found: set KOLLEGAN_IMAGE_JDK to one." >&2
  exit 1
}

download_packages() {
  mkdir -p "$debs"
  if ! apt-cache show libc6 > /dev/null 2>&1; then
    apt-get update -qq
  fi
  local wanted name chosen=()
  for wanted in "${packages[@]}"; do
    for name in ${wanted//|/ }; do
      if apt-cache show "$name" > /dev/null 2>&1; then
        chosen+=("$name")
        continue 2
      fi
    done
    echo "None of the packages '$wanted' is known to apt." >&2
    exit 1
  done
  # apt's download sandbox user cannot write a root-owned folder it does not own; the folder is ours alone.
  chmod 0777 "$debs"
  (cd "$debs" && rm -f ./*.deb && apt-get download -qq "${chosen[@]}")
}

unpack_packages() {
  local deb package status
  mkdir -p "$root/var/lib/dpkg/status.d"
  for deb in "$debs"/*.deb; do
    dpkg-deb -x "$deb" "$root"
    # One status file per package, as distroless images keep them: vulnerability scanners read what is installed.
    package="$(dpkg-deb -f "$deb" Package)"
    status="$root/var/lib/dpkg/status.d/$package"
    dpkg-deb -f "$deb" Package Version Architecture Maintainer Source Installed-Size Description > "$status"
    sed -i '1a Status: install ok installed' "$status"
    echo "  $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)"
  done
  # Manuals, translations and documentation are of no use in the image; each package's copyright file stays.
  rm -rf "$root/usr/share/man" "$root/usr/share/info" "$root/usr/share/lintian" "$root/usr/share/locale" \
    "$root/usr/share/bug"
  find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
}

configure_root() {
  mkdir -p "$root/tmp" "$root/etc/ssl/certs" "$root/proc" "$root/sys" "$root/dev" "$root/run" "$root/home"
  chmod 1777 "$root/tmp"
  cat > "$root/etc/passwd" <<EOF
root:x:0:0:root:/root:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
kollegan:x:$app_uid:$app_uid:Kollegan:/nonexistent:/usr/sbin/nologin
EOF
  cat > "$root/etc/group" <<EOF
root:x:0:
nogroup:x:65534:
kollegan:x:$app_uid:
EOF
  printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nservices: files\nprotocols: files\n' \
    > "$root/etc/nsswitch.conf"
  # Container runtimes mount their own /etc/hosts and /etc/resolv.conf over these.
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
  ln -sfn /usr/share/zoneinfo/Etc/UTC "$root/etc/localtime"
  echo Etc/UTC > "$root/etc/timezone"
  # What ca-certificates' update-ca-certificates would have made: the bundle OpenSSL and curl-like tools read.
  cat "$root"/usr/share/ca-certificates/mozilla/*.crt > "$root/etc/ssl/certs/ca-certificates.crt"
}

link_runtime() {
  local jdk="$1"
  mkdir -p "$root/opt/java"
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --generate-cds-archive --output "$root/opt/java/openjdk" > /dev/null
  "$root/opt/java/openjdk/bin/java" -version 2>&1 | sed -n 2p
}

write_image_tarball() {
  local image="$out/image" layer diff_id config config_digest
  rm -rf "$image" && mkdir -p "$image"
  layer="$image/layer.tar"
  # Reproducible: sorted names, one time stamp, numeric root ownership, no access or change times.
  tar --sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$root" -cf "$layer" .
  diff_id="$(sha256sum "$layer" | cut -d' ' -f1)"
  config="$(printf '%s' '{"architecture":"amd64","os":"linux",' \
    '"config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",' \
    '"JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},' \
    '"rootfs":{"type":"layers","diff_ids":["sha256:'"$diff_id"'"]},' \
    '"history":[{"created_by":"infra/image/base.sh: Debian packages and a jlink runtime"}]}')"
  config_digest="$(printf '%s' "$config" | sha256sum | cut -d' ' -f1)"
  printf '%s' "$config" > "$image/$config_digest.json"
  printf '[{"Config":"%s.json","RepoTags":["kollegan-base:local"],"Layers":["layer.tar"]}]' "$config_digest" \
    > "$image/manifest.json"
  tar --sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner -C "$image" -cf "$out/kollegan-base.tar" \
    manifest.json "$config_digest.json" layer.tar
  rm -rf "$image"
}

jdk="$(find_jdk)"
{
  echo "Base image: Debian packages into $root"
  rm -rf "$root" && mkdir -p "$root"
  download_packages
  unpack_packages
  configure_root
  echo "Base image: Java runtime linked from $jdk"
  link_runtime "$jdk"
  write_image_tarball
  echo "Base image: $(du -h "$out/kollegan-base.tar" | cut -f1) in $out/kollegan-base.tar"
} >&2
echo "$out/kollegan-base.tar"
