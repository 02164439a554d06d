#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (npm packages), so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# lunr.js for the search page and the differential tests, pinned by the theme's lock file.
if [ -f themes/default/package-lock.json ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

dotnet test LpipSite.sln -c Release --nologo "$@"
