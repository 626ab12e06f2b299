#!/usr/bin/env bash
# End-to-end tests (vitest project `e2e`): each example host installs the kit from `npm pack`'s
# tarball, builds, and is driven with the keyboard in real Chromium. Needs the built kit
# (`npm run build`) and the npm registry. Extra arguments go to vitest (e.g. one test file).
exec bash "$(dirname "$0")/runInChromium.sh" "e2e tests" e2e -- "$@"
