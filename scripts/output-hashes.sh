#!/usr/bin/env bash
# The refactoring safety net: builds the shipped site, the 'full' fixture site and a 1,000-case-study
# synthetic corpus with a fixed date, and prints one "sha256  site/path" line for every file built.
# Run it before and after moving code and compare the two outputs: a refactor must change nothing.
#
#   ./scripts/output-hashes.sh > before.txt     # on the old commit
#   ./scripts/output-hashes.sh > after.txt      # on the new commit
#   diff before.txt after.txt                   # empty: byte-identical
#
# Or compare two commits in one go (each is checked out into a temporary worktree):
#   ./scripts/output-hashes.sh --compare OLD [NEW=HEAD]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
today=2026-12-03
corpus_size=1000

if [ "${1:-}" = "--compare" ]; then
  old="${2:?usage: output-hashes.sh --compare OLD [NEW]}"
  new="${3:-HEAD}"
  work="$(mktemp -d)"
  trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; git -C "$root" worktree remove --force "$work/new" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  for side in old new; do
    rev="$old"; [ "$side" = new ] && rev="$new"
    git -C "$root" worktree add --detach "$work/$side" "$rev" >/dev/null 2>&1
    # The theme's npm packages are not in git; share the ones this checkout has.
    [ -d "$root/themes/default/node_modules" ] && ln -s "$root/themes/default/node_modules" "$work/$side/themes/default/node_modules"
    # The script itself may be newer than the commit it checks.
    bash "$0" --root "$work/$side" > "$work/$side.txt"
  done
  if diff "$work/old.txt" "$work/new.txt"; then
    echo "byte-identical: $(wc -l < "$work/new.txt") files, $old → $new" >&2
  else
    echo "the built output differs between $old and $new" >&2
    exit 1
  fi
  exit 0
fi

if [ "${1:-}" = "--root" ]; then
  root="$2"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 "$root/../shared/bench/gen_corpus.py" "$out/corpus" "$corpus_size" >/dev/null 2>&1 \
  || python3 "$(dirname "$0")/../../shared/bench/gen_corpus.py" "$out/corpus" "$corpus_size" >/dev/null

dotnet build "$root/generator/LpipSite.Cli" -c Release --nologo -v q >/dev/null
lpip() { dotnet run --no-build --project "$root/generator/LpipSite.Cli" -c Release -- build --no-cache --quiet --today "$today" "$@"; }

lpip --content "$root/content" --theme "$root/themes/default" --output "$out/shipped" >&2
lpip --content "$root/tests/fixtures/sites/full/content" --theme "$root/themes/default" --output "$out/full" >&2
lpip --content "$out/corpus/content" --theme "$root/themes/default" --output "$out/corpus-site" >&2

for site in shipped full corpus-site; do
  (cd "$out/$site" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sed "s|  \./|  $site/|")
done
