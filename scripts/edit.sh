#!/usr/bin/env bash
# Edit the content in the browser, on your own machine: runs decap-server (the local backend of the
# web editor, Decap CMS) beside `lpip serve`, and stops both on Ctrl+C. Then open
# http://127.0.0.1:8080/admin/ (the preview server's port; `--port N` changes it). The editor saves
# straight into content/ of this working copy, `lpip serve` shows the result at once, and you
# review and commit the changes with git as usual.
#
# Extra arguments go to `lpip serve` (e.g. --drafts, --port 8090). PORT is decap-server's port,
# 8081 by default: the port the editor looks for, since the generated admin/config.yml says
# `local_backend: true`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

port="${PORT:-8081}"
server="themes/default/node_modules/decap-server/dist/index.js"
if [ ! -f "$server" ]; then
  npm ci --prefix themes/default --no-audit --no-fund --loglevel=error
fi

# MODE=fs reads and writes files in the working tree, where `lpip serve` sees them and git shows
# them (MODE=git would commit on branches of this repository instead). In fs mode the editor
# saves with "Publish" at once: decap-server offers no editorial workflow there, so Decap
# switches to its simple mode. BIND_HOST keeps the server, which writes files, off the network.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "edit.sh: port $port is taken (another decap-server?); stop it or set PORT" >&2
  exit 2
fi
GIT_REPO_DIRECTORY="$root" PORT="$port" MODE=fs BIND_HOST=127.0.0.1 node "$server" &
decap=$!
trap 'kill "$decap" 2>/dev/null || true' EXIT

for _ in $(seq 1 50); do
  if ! kill -0 "$decap" 2>/dev/null; then
    echo "edit.sh: decap-server stopped" >&2
    exit 2
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    break
  fi
  sleep 0.2
done
if ! kill -0 "$decap" 2>/dev/null; then
  echo "edit.sh: decap-server stopped" >&2
  exit 2
fi

if [ "$port" != 8081 ]; then
  echo "edit.sh: the editor looks for decap-server on port 8081; with PORT=$port, set local_backend.url in admin/config.yml" >&2
fi
echo "edit.sh: open the editor at http://127.0.0.1:8080/admin/ (or the port you gave lpip serve)"

# Not exec: the EXIT trap must still stop decap-server when lpip serve stops.
./scripts/lpip.sh serve "$@"
