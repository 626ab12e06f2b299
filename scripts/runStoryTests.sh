#!/usr/bin/env bash
# Runs every story as a test in real Chromium, in the light and the dark theme (vitest projects
# `storybook` and `storybook-dark`: render, play function, a11y check). Extra arguments go to vitest.
exec bash "$(dirname "$0")/runInChromium.sh" "story tests" storybook storybook-dark -- "$@"
