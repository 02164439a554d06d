#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (npm packages), so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# lunr.js for the search page and the differential tests, pinned by the theme's lock file.
if [ -f themes/default/package-lock.json ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

# The browser tests: Debian's Chromium (Playwright never downloads a browser) and the Nu Html
# Checker (vnu-jar, pinned by tests/package-lock.json; it runs on Java 17).
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install -y chromium)" >&2
  fi
fi
npm ci --prefix tests --no-audit --no-fund --loglevel=error

dotnet test LpipSite.sln -c Release --nologo "$@"
