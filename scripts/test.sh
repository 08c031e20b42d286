#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to see.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== unit and server tests"; npm run --silent test:unit
# Each end-to-end test runs once, where it proves most: in live mode against a second console whose
# replies hold only what Vultr's sources show; tests of the browser alone, and tests whose checks
# differ by mode, in embedded mode (see BROWSER_ONLY and EMBEDDED_TOO in e2e/fixtures.ts).
echo "== end-to-end tests (Chromium), embedded mode: the browser alone and what differs by mode"
npm run --silent test:e2e -- --grep "@browser-only|@embedded-too"
echo "== end-to-end tests, live mode against a second console"; npm run --silent test:e2e:live
