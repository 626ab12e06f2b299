#!/usr/bin/env bash
# Runs every story as a test in real Chromium, in the light and the dark theme (vitest projects
# `storybook` and `storybook-dark`: render, play function, a11y check). Without a Chromium it skips with a notice and succeeds, so `npm test` works on a laptop
# without one; CI sets RK_REQUIRE_BROWSER=1 so that a missing browser fails instead of passing silently.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "${RK_REQUIRE_BROWSER:-}" = "1" ]; then
    echo "FAILED story tests: Chromium not found at $chromium and RK_REQUIRE_BROWSER=1 (install with apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
  echo "SKIPPED story tests: Chromium not found (install with apt-get install -y chromium)"
  exit 0
fi

# vitest.config.ts launches the browser from CHROMIUM_PATH.
export CHROMIUM_PATH="$chromium"
exec npx --no-install vitest run --project storybook --project storybook-dark "$@"
