#!/bin/sh
# Prepares a Linux machine for the AcuPress kiosk, as root; safe to run again (it only
# does what is missing and fixes owners and modes):
#   - the system user acupress-kiosk, with no password, no login shell, and its home
#     in the state folder;
#   - the kiosk's folder /etc/acupress-kiosk, owned by root and only readable by that
#     user: kiosk.toml (from kiosk.toml.example beside this script, when there is
#     none yet, with state_dir set), the staff PIN's hash and a clinic's catalog.toml;
#   - the state folder /var/lib/acupress-kiosk, the one place the kiosk writes.
# Run it again after setting the PIN (acupress-gui --data-dir /etc/acupress-kiosk
# --set-kiosk-pin, as root), so the kiosk's user may read the PIN's file.
#
#   setup-kiosk-user.sh [--user NAME] [--kiosk-dir DIR] [--state-dir DIR]
set -eu

user=acupress-kiosk
kiosk_dir=/etc/acupress-kiosk
state_dir=/var/lib/acupress-kiosk
here=$(cd "$(dirname "$0")" && pwd)
example="$here/kiosk.toml.example"
# The files of the kiosk's folder the kiosk reads; nothing else there is touched.
kiosk_files="kiosk.toml kiosk-pin.json catalog.toml"

say() { printf '%s\n' "$*"; }
fail() {
    printf 'setup-kiosk-user.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    say "Usage: $0 [--user NAME] [--kiosk-dir DIR] [--state-dir DIR]"
    say "  --user NAME      the kiosk's system user (default $user)"
    say "  --kiosk-dir DIR  its read-only folder: kiosk.toml, PIN, catalog (default $kiosk_dir)"
    say "  --state-dir DIR  the folder it writes (default $state_dir)"
}

while [ $# -gt 0 ]; do
    case $1 in
        --user | --kiosk-dir | --state-dir)
            if [ $# -lt 2 ] || [ -z "$2" ]; then
                fail "$1 needs a value"
            fi
            case $1 in
                --user) user=$2 ;;
                --kiosk-dir) kiosk_dir=$2 ;;
                --state-dir) state_dir=$2 ;;
            esac
            shift 2
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
done
for folder in "$kiosk_dir" "$state_dir"; do
    case $folder in
        *[\|\&\"\\]*) fail "$folder: a folder's name may not hold | & \" or \\" ;;
        /?*/?*) ;;
        *) fail "$folder: give each folder as an absolute path below a top-level folder" ;;
    esac
done
[ "$kiosk_dir" != "$state_dir" ] ||
    fail "the kiosk folder must stay read-only to the kiosk, so the state folder must be another"
[ "$(id -u)" -eq 0 ] || fail "run it as root (sudo $0), since it creates a user and folders owned by root"

if getent passwd "$user" > /dev/null; then
    say "User $user exists already."
else
    nologin=$(command -v nologin || echo /usr/sbin/nologin)
    say "Creating the system user $user (no password, no login shell, home $state_dir) ..."
    useradd --system --user-group --home-dir "$state_dir" --no-create-home \
        --shell "$nologin" --comment "AcuPress kiosk" "$user" ||
        fail "useradd could not create $user"
fi
group=$(id -gn "$user")

say "Kiosk folder $kiosk_dir: owner root, group $group, readable by the kiosk, not writable."
mkdir -p "$kiosk_dir"
chown root:"$group" "$kiosk_dir"
chmod 0750 "$kiosk_dir"
if [ ! -e "$kiosk_dir/kiosk.toml" ]; then
    [ -r "$example" ] || fail "$example is missing; copy the whole packaging/kiosk folder"
    say "Writing $kiosk_dir/kiosk.toml from kiosk.toml.example, with state_dir = \"$state_dir\" ..."
    # The example's state_dir line, commented out, becomes the setting.
    sed "s|^# state_dir = \".*\"\$|state_dir = \"$state_dir\"|" "$example" > "$kiosk_dir/kiosk.toml"
    grep -q "^state_dir = \"$state_dir\"\$" "$kiosk_dir/kiosk.toml" ||
        fail "$example has no state_dir line to set; add state_dir = \"$state_dir\" to $kiosk_dir/kiosk.toml"
else
    say "Keeping $kiosk_dir/kiosk.toml as it is."
fi
for name in $kiosk_files; do
    if [ -e "$kiosk_dir/$name" ]; then
        chown root:"$group" "$kiosk_dir/$name"
        chmod 0640 "$kiosk_dir/$name"
        say "  $name: owner root, group $group, mode 0640"
    fi
done
if [ ! -e "$kiosk_dir/kiosk-pin.json" ]; then
    say "No staff PIN yet. Set one, then run this script again:"
    say "  /opt/AcuPress/acupress-gui --data-dir $kiosk_dir --set-kiosk-pin"
fi

say "State folder $state_dir: owner $user, group $group, mode 0750."
mkdir -p "$state_dir"
chown "$user":"$group" "$state_dir"
chmod 0750 "$state_dir"
say "Done."
