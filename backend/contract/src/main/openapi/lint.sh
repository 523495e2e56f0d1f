#!/usr/bin/env bash
# Lints the checked-in OpenAPI document with Redocly CLI's recommended rules; any error fails the build.
# Node: the one on the PATH, else the one Vaadin installed into ~/.vaadin for the UI builds
# (.ci/run installs Debian's nodejs and npm on a machine that has neither).
set -euo pipefail
cd "$(dirname "$0")"
REDOCLY_VERSION="${REDOCLY_VERSION:-2.77.0}"

if ! command -v npx >/dev/null 2>&1; then
  for dir in "$HOME"/.vaadin/node*/bin "$HOME"/.vaadin/node; do
    if [ -x "$dir/npx" ]; then PATH="$dir:$PATH"; break; fi
  done
fi
if ! command -v npx >/dev/null 2>&1; then
  echo "OpenAPI lint: no node/npx found (PATH or ~/.vaadin). Install Node.js 18+ with npm (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
exec npx --yes "@redocly/cli@${REDOCLY_VERSION}" lint --config redocly.yaml kaeru-api.yaml "$@"
