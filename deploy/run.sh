#!/usr/bin/env bash
# Starts the whole Kaeru system on this machine: embedded PostgreSQL, Keycloak (realm "kaeru"
# with demo users), Payara Micro serving the API, the staff console and the customer portal, and
# the demo data. Ctrl-C stops everything. Usage: ./deploy/run.sh [--fresh] [--instances N]
#   --fresh   wipe the database (and Keycloak's users, which live in it) before starting
#   --instances N   N Payara Micro instances behind HAProxy (Debian package haproxy) on the HTTP port
# Every port and location can be changed with environment variables (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if ! command -v java >/dev/null 2>&1; then
  echo "Kaeru needs a Java 17+ runtime (java on the PATH)." >&2
  exit 1
fi
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
if [ "${JAVA_MAJOR%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Kaeru needs Java 17 or newer; found ${JAVA_MAJOR}." >&2
  exit 1
fi

# Build only when something changed since the last build (a no-op start skips Maven entirely).
STAMP="deploy/.data/build.stamp"
ARTIFACTS=(backend/service/target/api.war admin-ui/target/admin.war portal-ui/target/portal.war
           deploy/launcher/target/dist/payara-micro.jar deploy/launcher/target/dist/keycloak-dist.tar.gz)
needs_build=false
for artifact in "${ARTIFACTS[@]}"; do
  [ -f "$artifact" ] || needs_build=true
done
ls deploy/launcher/target/kaeru-launcher-*-all.jar >/dev/null 2>&1 || needs_build=true
if [ "$needs_build" = false ]; then
  if [ ! -f "$STAMP" ] || [ -n "$(find pom.xml backend admin-ui portal-ui deploy/launcher -type f -newer "$STAMP" \
        -not -path '*/target/*' -not -path '*/node_modules/*' -not -path '*/frontend/generated/*' \
        -not -name 'index.html' -print -quit)" ]; then
    needs_build=true
  fi
fi
if [ "$needs_build" = true ]; then
  echo "Building Kaeru (tests skipped; run ./mvnw verify for those)…"
  # In the background so that a SIGTERM or Ctrl-C stops the build too: bash would otherwise die
  # alone and leave Maven running.
  ./mvnw -q -DskipTests package &
  BUILD=$!
  trap 'kill -TERM "$BUILD" 2>/dev/null; pkill -TERM -P "$BUILD" 2>/dev/null; wait "$BUILD"; exit 130' INT TERM
  wait "$BUILD"
  trap - INT TERM
  mkdir -p "$(dirname "$STAMP")"
  touch "$STAMP"
fi

LAUNCHER="$(ls deploy/launcher/target/kaeru-launcher-*-all.jar | head -1)"
exec java -Xmx128m -XX:+UseSerialGC -Dkaeru.home="$ROOT" -jar "$LAUNCHER" "$@"
