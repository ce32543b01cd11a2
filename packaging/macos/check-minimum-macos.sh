#!/usr/bin/env bash
# Fails when a binary in the app needs a newer macOS than its Info.plist promises
# (LSMinimumSystemVersion): macOS would let a person install such an app and then it
# would crash at start. Needs Xcode's command-line tools (otool).
#   packaging/macos/check-minimum-macos.sh dist/AcuPress.app
set -euo pipefail

app=${1:?usage: $0 PATH/AcuPress.app}
minimum=$(plutil -extract LSMinimumSystemVersion raw -o - "$app/Contents/Info.plist")

# True when version $1 is newer than version $2 (both dotted numbers).
is_newer() {
    local IFS=. index
    local -a first second
    read -r -a first <<< "$1"
    read -r -a second <<< "$2"
    for index in 0 1 2; do
        (( ${first[index]:-0} > ${second[index]:-0} )) && return 0
        (( ${first[index]:-0} < ${second[index]:-0} )) && return 1
    done
    return 1
}

too_new=()
while IFS= read -r -d '' file; do
    file -b "$file" | grep -q 'Mach-O' || continue
    # "minos" in LC_BUILD_VERSION; "version" in the older LC_VERSION_MIN_MACOSX.
    while read -r needs; do
        if is_newer "$needs" "$minimum"; then
            too_new+=("macOS $needs: ${file#"$app/"}")
        fi
    done < <(otool -l "$file" | awk '
        /cmd LC_BUILD_VERSION/ { build = 1 }
        /cmd LC_VERSION_MIN_MACOSX/ { legacy = 1 }
        build && $1 == "minos" { print $2; build = 0 }
        legacy && $1 == "version" { print $2; legacy = 0 }')
done < <(find "$app/Contents" -type f -print0)

if (( ${#too_new[@]} )); then
    echo "These binaries need a newer macOS than LSMinimumSystemVersion $minimum:" >&2
    printf '  %s\n' "${too_new[@]}" >&2
    exit 1
fi
echo "macos_minimum=$minimum"
