#!/usr/bin/env bash
# Netlify's build command: installs the .NET SDK when the build image lacks it, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

# Deploy previews and branch deploys are served from their own address.
base_url="${URL:-}"
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="$DEPLOY_PRIME_URL"
fi

# Each Netlify build starts from a fresh checkout, so the page cache would be written and never read.
# Resized images are kept: the lpip-image-cache plugin (netlify.toml) restores .lpip-cache/images/
# from Netlify's build cache before this runs and saves it after, so a photo is encoded once, not on
# every deploy.
if [ -n "$base_url" ]; then
  exec ./scripts/build.sh --no-cache --keep-images --base-url "$base_url"
fi
exec ./scripts/build.sh --no-cache --keep-images
