#!/usr/bin/env bash
# Signs AcuPress.app with a Developer ID, inside out, has Apple notarize it, staples the
# ticket to it and asks Gatekeeper what it will say; then puts it in a disk image and does
# the same for the image. On macOS, after pyinstaller built the app:
#
#   ACUPRESS_SIGN_IDENTITY='Developer ID Application: NAME (TEAMID)' \
#   ACUPRESS_NOTARY_PROFILE=acupress \
#   packaging/macos/sign-and-notarize.sh dist/AcuPress.app dist/AcuPress-0.1.0.dmg
#
# ACUPRESS_SIGN_IDENTITY: a "Developer ID Application" identity in the keychain
#   (`security find-identity -v -p codesigning` lists them).
# ACUPRESS_NOTARY_PROFILE: credentials saved in the keychain once with
#   `xcrun notarytool store-credentials PROFILE --apple-id ... --team-id ...`
#   (or --key/--key-id/--issuer for an App Store Connect API key), so no password
#   is ever on a command line.
#
# Not `codesign --deep`: it gives nested code the outer bundle's options and
# entitlements and skips code it does not take for nested code. Each library, plug-in
# and framework is signed on its own, deepest first, then the program, then the app.
# The hardened runtime (--options runtime) is what notarization requires; the
# entitlements beside this script grant no exception to it (docs/packaging.md says why).
set -euo pipefail

die() {
    echo "sign-and-notarize: $*" >&2
    exit 1
}

[[ -n ${ACUPRESS_SIGN_IDENTITY:-} ]] \
    || die "set ACUPRESS_SIGN_IDENTITY to a 'Developer ID Application: ...' identity"
[[ -n ${ACUPRESS_NOTARY_PROFILE:-} ]] \
    || die "set ACUPRESS_NOTARY_PROFILE to a profile made by 'xcrun notarytool store-credentials'"
(( $# == 2 )) || die "usage: $0 PATH/AcuPress.app PATH/AcuPress.dmg"
[[ $(uname -s) == Darwin ]] || die "signing and notarizing need macOS"
app=${1%/}
dmg=$2
[[ -f $app/Contents/Info.plist ]] || die "$app is not an app bundle"

here=$(cd "$(dirname "$0")" && pwd)
entitlements=$here/entitlements.plist
program=$(plutil -extract CFBundleExecutable raw -o - "$app/Contents/Info.plist")

sign() {
    codesign --force --timestamp --options runtime --sign "$ACUPRESS_SIGN_IDENTITY" "$@"
}

# Paths read on standard input, deepest first: what contains a file is signed after it.
deepest_first() {
    awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-
}

# Uploads $1 (an app is zipped first), waits for Apple's verdict, shows its log unless
# it was accepted.
notarize() {
    local upload=$1 outcome status
    if [[ -d $1 ]]; then
        upload=$(mktemp -d)/$(basename "$1").zip
        ditto -c -k --keepParent "$1" "$upload"
    fi
    outcome=$(xcrun notarytool submit "$upload" --keychain-profile "$ACUPRESS_NOTARY_PROFILE" \
        --wait --output-format json)
    status=$(plutil -extract status raw -o - - <<< "$outcome")
    if [[ $status != Accepted ]]; then
        xcrun notarytool log "$(plutil -extract id raw -o - - <<< "$outcome")" \
            --keychain-profile "$ACUPRESS_NOTARY_PROFILE" >&2 || true
        die "notarization of $1 ended as: $status"
    fi
}

echo "Signing the libraries and plug-ins"
while IFS= read -r file; do
    if [[ $file != "$app/Contents/MacOS/$program" ]] && file -b "$file" | grep -q 'Mach-O'; then
        sign "$file"
    fi
done < <(find "$app/Contents" -type f ! -path '*.framework/*' | deepest_first)

echo "Signing the frameworks"
while IFS= read -r framework; do
    sign "$framework"
done < <(find "$app/Contents" -type d -name '*.framework' | deepest_first)

echo "Signing the program and the app"
sign --entitlements "$entitlements" "$app/Contents/MacOS/$program"
sign --entitlements "$entitlements" "$app"
codesign --verify --strict --deep --verbose=2 "$app"  # checking deeply is what --deep is for

echo "Notarizing the app"
notarize "$app"
xcrun stapler staple "$app"
spctl --assess --type execute --verbose=4 "$app"

echo "Making, signing and notarizing the disk image"
"$here/make-dmg.sh" "$app" "$dmg"
codesign --force --timestamp --sign "$ACUPRESS_SIGN_IDENTITY" "$dmg"
notarize "$dmg"
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=4 "$dmg"
echo "Signed, notarized and stapled: $app, $dmg"
