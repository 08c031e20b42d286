#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to see.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== unit and server tests"; npm run --silent test:unit
echo "== end-to-end tests (Chromium)"; npm run --silent test:e2e
echo "== end-to-end tests again, in live mode against a second console"; npm run --silent test:e2e:live
