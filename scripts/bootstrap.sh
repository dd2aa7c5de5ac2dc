#!/usr/bin/env bash
# Installs what the project needs on a fresh machine with only Node 20 and npm.
# Sourced by scripts/test.sh and scripts/start.sh; safe to run again (each step checks first).
set -euo pipefail

PNPM_VERSION=12.4.2

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION"
  npm install --global --silent "pnpm@$PNPM_VERSION"
fi

# better-sqlite3 builds from source; build against the Node headers the machine ships, as the
# release-header download is not reachable here.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

echo "› installing dependencies"
pnpm install --frozen-lockfile --reporter=silent
