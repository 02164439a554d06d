#!/usr/bin/env bash
# Runs the lpip command from this repository, e.g. ./scripts/lpip.sh check
# or ./scripts/lpip.sh new case-study "Rural bus pilot" --partnership ypip --place leeds
#
# The first run, and the first after the generator's code changes, publishes lpip precompiled
# (ReadyToRun) into .lpip-bin/; later runs start that directly. 'dotnet run' would check and
# build the projects on every run, which costs more than building a small site.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.lpip-bin"

stale() {
  [ ! -f "$bin/lpip.dll" ] && return 0
  [ -n "$(find "$root/generator" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o \
      -newer "$bin/lpip.dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "Compiling lpip (once, and again after the generator changes)..." >&2
  rm -rf "$bin"
  dotnet publish "$root/generator/LpipSite.Cli" -c Release -o "$bin" --nologo -v quiet >&2
  touch "$bin/lpip.dll"
fi
exec dotnet "$bin/lpip.dll" "$@"
