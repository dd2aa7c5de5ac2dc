#!/usr/bin/env bash
# The one command that installs and starts the product with seeded demo data on the embedded
# SQLite default. Settings come from the environment (see README, "Configuration").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
echo "› building the client"
pnpm build:client
export DATA_DIR="${DATA_DIR:-$PWD/data}"
export HOST="${HOST:-127.0.0.1}"
export PORT="${PORT:-8080}"
echo "› bundling the server"
node scripts/bundleServer.mjs
exec node server/build/main.mjs
