#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (npm packages), so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# lunr.js for the search page and the differential tests, pinned by the theme's lock file.
if [ -f themes/default/package-lock.json ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

# The browser tests: Debian's Chromium (Playwright never downloads a browser), or the browser
# LPIP_CHROMIUM names, and the Nu Html Checker (vnu-jar, pinned by tests/package-lock.json; it
# runs on Java 17).
if [ -n "${LPIP_CHROMIUM:-}" ]; then
  [ -x "$LPIP_CHROMIUM" ] || echo "LPIP_CHROMIUM is set to $LPIP_CHROMIUM, which is not an executable" >&2
elif ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install -y chromium)" >&2
  fi
fi
npm ci --prefix tests --no-audit --no-fund --loglevel=error

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test LpipSite.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
sum() { local total=0 n; for n in $(grep -oE "$1: +[0-9]+" "$log" | grep -oE '[0-9]+' || true); do total=$((total + n)); done; echo "$total"; }
echo "tests: $(sum Passed) passed, $(sum Failed) failed"
exit "$status"
