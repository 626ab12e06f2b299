#!/usr/bin/env bash
# Runs vitest projects that need a real Chromium: `runInChromium.sh <what> <project>... [-- vitest args]`.
# Without a Chromium it prints `SKIPPED <what>` and succeeds, so `npm test` works on a laptop without
# one; CI sets RK_REQUIRE_BROWSER=1 so that a missing browser fails instead of passing silently.
set -euo pipefail
cd "$(dirname "$0")/.."

what="$1"
shift
projects=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  projects+=(--project "$1")
  shift
done
[ "${1:-}" = "--" ] && shift

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "${RK_REQUIRE_BROWSER:-}" = "1" ]; then
    echo "FAILED $what: Chromium not found at $chromium and RK_REQUIRE_BROWSER=1 (install with apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
  echo "SKIPPED $what: Chromium not found (install with apt-get install -y chromium)"
  exit 0
fi

# test/support/chromium.ts launches the browser from CHROMIUM_PATH.
export CHROMIUM_PATH="$chromium"
exec npx --no-install vitest run "${projects[@]}" "$@"
