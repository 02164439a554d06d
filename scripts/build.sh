#!/usr/bin/env bash
# Builds the shipped site into _site/. Extra arguments go to 'lpip build' (e.g. --base-url, --drafts).
set -euo pipefail
cd "$(dirname "$0")/.."

# Again when the lock file has changed since (a new package, such as the web editor's).
if [ -f themes/default/package-lock.json ] && { [ ! -f themes/default/node_modules/.package-lock.json ] ||
   [ themes/default/package-lock.json -nt themes/default/node_modules/.package-lock.json ]; }; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

exec ./scripts/lpip.sh build "$@"
