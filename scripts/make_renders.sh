#!/usr/bin/env bash
# Regenerates Renders/: a map of every bundled dataset as SVG and PNG, and a focus map of
# one college of the default dataset. Deterministic: the same sources give the same bytes.
#
#   scripts/make_renders.sh            # builds collab (release) and writes Renders/
#   COLLAB=.build/debug/collab scripts/make_renders.sh   # use an existing binary
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${COLLAB:-}" ]; then
  swift build -c release --product collab >&2
  COLLAB=.build/release/collab
fi
out=${RENDERS:-Renders}
mkdir -p "$out"

render() {  # render NAME GRAPH [options…]: NAME.svg and NAME.png
  local name=$1; shift
  for ext in svg png; do
    "$COLLAB" render "$@" -o "$out/$name.$ext"
  done
}

render east-london Datasets/east-london \
  --title "East London: colleges, employers, SMEs and networks (illustrative)"
render east-london-newham-college Datasets/east-london --focus newham-college --radius 1 \
  --title "Newham College and its partners"
render karate Datasets/karate --colour-by club --size-by strength \
  --title "Zachary's karate club (friendships, coloured by the club joined after the split)"
render florentine Datasets/florentine --labels all \
  --title "Florentine families: marriage ties"
render davis-southern-women Datasets/davis-southern-women --memberships ties --labels all \
  --title "Davis's Southern Women: women and the events they attended"
render les-miserables Datasets/les-miserables --size-by strength \
  --title "Les Misérables: characters appearing in the same chapters"
