#!/usr/bin/env bash
# End-to-end tests (vitest project `e2e`): each example host installs the kit from `npm pack`'s
# tarball, builds, and is driven with the keyboard in real Chromium. Needs the built kit
# (`npm run build`) and the npm registry. Without a Chromium it skips with a notice and succeeds, so
# `npm test` works on a laptop without one; CI sets RK_REQUIRE_BROWSER=1 so that a missing browser
# fails instead of passing silently. Extra arguments go to vitest (e.g. one test file).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "${RK_REQUIRE_BROWSER:-}" = "1" ]; then
    echo "FAILED e2e tests: Chromium not found at $chromium and RK_REQUIRE_BROWSER=1 (install with apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
  echo "SKIPPED e2e tests: Chromium not found (install with apt-get install -y chromium)"
  exit 0
fi

# test/support/chromium.ts launches the browser from CHROMIUM_PATH.
export CHROMIUM_PATH="$chromium"
exec npx --no-install vitest run --project e2e "$@"
