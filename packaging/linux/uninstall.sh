#!/usr/bin/env bash
# Remove CareerDesk installed by install.sh (run as root, with install.sh's --prefix if any).
#
#   sudo /usr/share/careerdesk/uninstall.sh
#
# Removes the menu entry, the icons, the `careerdesk` command and the program folder that
# install.sh copied (with a careerdesk.ini inside it); a bundle that was only registered
# where it was (a network share) is left alone. Kept: the lab settings in
# /etc/xdg/careerdesk/ and every user's own data (bookmarks, notes and profiles in
# ~/.local/share/CareerDesk/, settings in ~/.config/CareerDesk/; the app's
# "Remove my data from this computer" deletes one person's). Options:
#   --prefix DIR   as given to install.sh (default /usr)
#   --dest DIR     the program folder, when install.sh's list of files is gone
#                  (default /opt/careerdesk)
set -euo pipefail

prefix=/usr
dest=/opt/careerdesk

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --dest) dest=${2:?--dest needs a folder}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "uninstall.sh: unknown option $1" >&2; usage 2 ;;
  esac
done
dest=${dest%/}
meta=$prefix/share/careerdesk
copied=1
files=()

if [ -f "$meta/installed-files" ]; then
  while IFS= read -r line; do
    case "$line" in
      "# program "*) dest=${line#\# program } ;;
      "# copied "*) copied=${line#\# copied } ;;
      "#"*|"") ;;
      *) files+=("$line") ;;
    esac
  done <"$meta/installed-files"
else
  files=("$prefix/share/applications/careerdesk.desktop" "$prefix/bin/careerdesk"
         "$prefix/share/icons/hicolor/scalable/apps/careerdesk.svg")
  for png in "$prefix"/share/icons/hicolor/*/apps/careerdesk.png; do
    [ -e "$png" ] && files+=("$png")
  done
fi

for file in "${files[@]}"; do
  case "$file" in
    */bin/careerdesk)  # only our own link, never another program of that name
      if [ -L "$file" ] && [ "$(readlink "$file")" = "$dest/careerdesk" ]; then rm -f "$file"; fi ;;
    *) rm -f "$file" ;;
  esac
done

if [ "$copied" = 1 ] && [ -e "$dest" ]; then
  if [ -x "$dest/careerdesk" ] && [ -d "$dest/_internal" ]; then
    rm -rf "$dest"
    echo "removed $dest"
  else
    echo "uninstall.sh: $dest does not look like CareerDesk; left in place" >&2
  fi
fi
rm -rf "$meta"

apps=$prefix/share/applications
if [ -f "$apps/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1
then update-desktop-database -q "$apps" || true; fi
icons=$prefix/share/icons/hicolor
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
then gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true; fi

echo "CareerDesk is removed. Kept: /etc/xdg/careerdesk/ (lab settings, if any) and each" \
  "user's own data (the app's \"Remove my data from this computer\" deletes it)."
