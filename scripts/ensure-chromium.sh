#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium (the e2e suite drives it).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the e2e tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Chromium is missing: run 'sudo apt-get update && sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
