#!/usr/bin/env bash
# Installs what bench/LpipSite.Bench.Build needs besides the .NET SDK: Hugo (Debian's package),
# GNU time (peak memory of each child process) and the theme's pinned npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
apt-get update && apt-get install -y hugo time
if [ -f themes/default/package-lock.json ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi
