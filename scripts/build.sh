#!/usr/bin/env bash
# Builds the shipped site into _site/. Extra arguments go to 'lpip build' (e.g. --base-url, --drafts).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f themes/default/package-lock.json ] && [ ! -d themes/default/node_modules ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

dotnet run --project generator/LpipSite.Cli -c Release -- build "$@"
