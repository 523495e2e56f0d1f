#!/usr/bin/env bash
# Validates deploy/kubernetes (schemas + Kaeru's own rules) and runs the validator's own tests.
# Node: the one on the PATH, else the one Vaadin installed into ~/.vaadin for the UI builds
# (.ci/run installs Debian's nodejs and npm on a machine that has neither).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  for dir in "$HOME"/.vaadin/node*/bin "$HOME"/.vaadin/node; do
    if [ -x "$dir/npm" ]; then PATH="$dir:$PATH"; break; fi
  done
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Kubernetes validation: no node/npm found (PATH or ~/.vaadin). Install Node.js 18+ with npm." >&2
  exit 1
fi
export NO_UPDATE_NOTIFIER=1
npm ci --no-audit --no-fund --loglevel=error --engine-strict=false
node --test validate.test.mjs
node validate.mjs ..
