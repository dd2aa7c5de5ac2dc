#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright cannot download a browser here) and need
# a CJK font so Chinese text renders in screenshots. Installs both when missing (root, apt).
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk'; then
  echo "› installing Chromium and a CJK font"
  if [ "$(id -u)" -ne 0 ]; then
    echo "  Chromium is missing and this is not root: install 'chromium' and 'fonts-wqy-zenhei'." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
