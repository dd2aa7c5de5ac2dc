#!/usr/bin/env bash
# The one command that installs everything the tests need and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
source scripts/ensureChromium.sh
pnpm test
