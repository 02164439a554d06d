#!/usr/bin/env bash
# Runs the lpip command from this repository, e.g. ./scripts/lpip.sh check
# or ./scripts/lpip.sh new case-study "Rural bus pilot" --partnership ypip --place leeds
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec dotnet run --project "$root/generator/LpipSite.Cli" -c Release -- "$@"
