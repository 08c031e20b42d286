#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium (screenshots, benchmarks) and, where it can
# be installed, its headless shell at /usr/bin/chromium-headless-shell: the same engine without the
# desktop browser around it, which the e2e suite drives for about 40% less CPU per test.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
SHELL_BIN=/usr/bin/chromium-headless-shell
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -n "${CHROMIUM_PATH:-}" ] || [ -x "$SHELL_BIN" ] || missing+=(chromium-headless-shell)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the e2e tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || true
fi
if [ -x "$CHROMIUM" ]; then
  [ -x "$SHELL_BIN" ] || [ -n "${CHROMIUM_PATH:-}" ] ||
    echo "chromium-headless-shell is not installed: the e2e suite drives $CHROMIUM (slower)." >&2
  exit 0
fi
echo "Chromium is missing: run 'sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell' (or set CHROMIUM_PATH)." >&2
exit 1
