#!/usr/bin/env bash
# Put AcuPress.app in a compressed disk image beside a link to /Applications, so a
# person opens the image and drags the app across:
#   packaging/macos/make-dmg.sh dist/AcuPress.app dist/AcuPress-0.1.0.dmg
set -euo pipefail

if (( $# != 2 )); then
    echo "usage: $0 PATH/AcuPress.app PATH/AcuPress.dmg" >&2
    exit 2
fi
app=$1
dmg=$2

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps the symbolic links and the signatures inside the bundle as they are.
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$(basename "$app" .app)" -srcfolder "$staging" \
    -fs HFS+ -format UDZO -ov "$dmg"
