#!/bin/sh
# Installs AcuPress for the current user, from the unpacked download this script is in:
#   ./install.sh                      the app into ~/.local/lib/AcuPress, the command
#                                     ~/.local/bin/acupress-gui, a menu entry and icons
#   ./install.sh --uninstall          removes all that; your history and settings stay
#   ./install.sh --uninstall --purge  also removes your history, settings and logs
# Installing again over an earlier version replaces the app and keeps your files.
# The installed copy keeps this script, so ~/.local/lib/AcuPress/install.sh --uninstall
# works once the download is gone. No root needed; nothing outside your home folder.
set -eu

app_name=AcuPress
command_name=acupress-gui
local_dir="$HOME/.local"
app_dir="$local_dir/lib/$app_name"
link="$local_dir/bin/$command_name"
here=$(cd "$(dirname "$0")" && pwd)
# Where the app keeps a person's files, as acupress_gui/core/paths.py finds them
# through platformdirs: the XDG config, data and state folders.
config_folder="${XDG_CONFIG_HOME:-$HOME/.config}/$app_name"
data_folder="${XDG_DATA_HOME:-$HOME/.local/share}/$app_name"
state_folder="${XDG_STATE_HOME:-$HOME/.local/state}/$app_name"

say() { printf '%s\n' "$*"; }
fail() {
    printf 'AcuPress: %s\n' "$*" >&2
    exit 1
}

usage() {
    say "Usage: $0 [--uninstall [--purge]]"
    say "  (no option)          install AcuPress for you, or update it"
    say "  --uninstall          remove AcuPress; your history and settings stay"
    say "  --uninstall --purge  remove AcuPress and your history, settings and logs"
}

install_app() {
    [ "$here" != "$app_dir" ] ||
        fail "this is the installed copy. To update, run the install.sh of a new download; to remove AcuPress: $0 --uninstall"
    [ -x "$here/$app_name/$command_name" ] ||
        fail "$here/$app_name/$command_name is missing: run the install.sh of an unpacked download"
    mkdir -p "$local_dir/lib" "$local_dir/bin"
    # The new copy goes beside the old one and is swapped in only once it runs, so a
    # failed copy (a full disk) leaves the installed version as it was.
    staging="$app_dir.new.$$"
    rm -rf "$staging"
    trap 'rm -rf "$staging"' EXIT
    say "Copying AcuPress to $app_dir ..."
    cp -R "$here/$app_name" "$staging"
    cp "$here/install.sh" "$staging/install.sh"
    "$staging/$command_name" --version > /dev/null ||
        fail "the copied app does not start ($staging/$command_name --version failed)"
    if [ -d "$app_dir" ]; then
        carry_portable_files "$app_dir" "$staging"
        rm -rf "$app_dir"
    fi
    mv "$staging" "$app_dir"
    trap - EXIT
    ln -sfn "$app_dir/$command_name" "$link"
    say "Adding AcuPress to your applications menu ..."
    "$app_dir/$command_name" --install-desktop-entry ||
        fail "the menu entry could not be added (the app itself is in $app_dir)"
    say "AcuPress is installed. Start it from your applications menu, or with: $command_name"
    case ":$PATH:" in
        *":$local_dir/bin:"*) ;;
        *) say "(Your PATH does not include $local_dir/bin, so type the whole path: $link)" ;;
    esac
    say "To remove it: $app_dir/install.sh --uninstall"
}

# A copy in portable mode (a portable.txt beside the app) keeps its files in data/
# inside the app folder: they move to the new copy.
carry_portable_files() {
    for kept in portable.txt data; do
        if [ -e "$1/$kept" ] && [ ! -e "$2/$kept" ]; then
            mv "$1/$kept" "$2/$kept"
        fi
    done
}

uninstall_app() {
    purge=$1
    if [ "$purge" = yes ]; then
        say_what_purge_removes
    fi
    if [ -x "$app_dir/$command_name" ]; then
        "$app_dir/$command_name" --uninstall-desktop-entry ||
            say "The menu entry could not be removed; the app goes all the same."
    fi
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$app_dir/$command_name" ]; then
        rm -f "$link"
    fi
    if [ ! -d "$app_dir" ]; then
        say "AcuPress was not installed in $app_dir."
    elif [ "$purge" = no ] && [ -e "$app_dir/data" ]; then
        # Portable mode kept the history inside the app folder: that part stays.
        find "$app_dir" -mindepth 1 -maxdepth 1 ! -name data ! -name portable.txt \
            -exec rm -rf {} +
        say "AcuPress is removed; the files it kept beside itself stay in $app_dir/data."
    else
        rm -rf "$app_dir"
        say "AcuPress is removed from $app_dir."
    fi
    if [ "$purge" = yes ]; then
        rm -rf "$config_folder" "$data_folder" "$state_folder"
        say "Your AcuPress history, settings and logs are removed."
    else
        say "Your history and settings were kept. To remove them too: $0 --uninstall --purge"
    fi
}

say_what_purge_removes() {
    found=no
    for folder in "$config_folder" "$data_folder" "$state_folder" "$app_dir/data"; do
        if [ -e "$folder" ]; then
            [ "$found" = yes ] || say "Removing your AcuPress history, settings and logs:"
            say "  $folder"
            found=yes
        fi
    done
    [ "$found" = yes ] || say "There is no AcuPress history, settings or log folder to remove."
}

case "$*" in
    "") install_app ;;
    --uninstall) uninstall_app no ;;
    "--uninstall --purge") uninstall_app yes ;;
    -h | --help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
