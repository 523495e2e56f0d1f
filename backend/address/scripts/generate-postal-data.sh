#!/usr/bin/env bash
# Regenerates src/main/resources/com/kaeru/address/postal-directory.tsv.gz from Japan Post's
# postal code data as shipped (MIT) in the npm package jquery-jpostal-ja. See ../POSTAL-DATA.md.
#
#   backend/address/scripts/generate-postal-data.sh            # the pinned version, integrity checked
#   backend/address/scripts/generate-postal-data.sh 2.14.80    # a newer version: update POSTAL-DATA.md
#
# Needs node (18+) and npm with access to the npm registry. Nothing is installed: `npm pack` only
# downloads the tarball, and no package script runs.
set -euo pipefail
cd "$(dirname "$0")"
SCRIPTS="$(pwd)"
OUTPUT="$SCRIPTS/../src/main/resources/com/kaeru/address/postal-directory.tsv.gz"

PACKAGE=jquery-jpostal-ja
PINNED_VERSION=2.14.73
PINNED_INTEGRITY="sha512-yuys0Np34p7WsmvVMcwQbkum6njYXdM8Ta22LGpa8xdjMpa/zxmda2Jtowk0T0uuuQSUXfaICACNAOd8dxCM7g=="
VERSION="${1:-$PINNED_VERSION}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
TARBALL="$(ls "$WORK"/*.tgz)"
INTEGRITY="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512")
  .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$TARBALL")"
if [ "$VERSION" = "$PINNED_VERSION" ] && [ "$INTEGRITY" != "$PINNED_INTEGRITY" ]; then
  echo "Integrity of $PACKAGE@$VERSION differs from the pinned one: $INTEGRITY" >&2
  exit 1
fi
echo "$PACKAGE@$VERSION $INTEGRITY"

tar -xzf "$TARBALL" -C "$WORK"
node "$SCRIPTS/build-postal-data.mjs" "$WORK/package" "$OUTPUT"
