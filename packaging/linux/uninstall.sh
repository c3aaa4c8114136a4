#!/usr/bin/env bash
# Remove CareerDesk installed by install.sh (run as root, with install.sh's --prefix if any).
#
#   sudo /usr/share/careerdesk/uninstall.sh
#
# Removes the menu entry, the icons, the `careerdesk` command and the program folder that
# install.sh copied (with a careerdesk.ini inside it), then the folders install.sh made that
# are now empty; a bundle that was only registered where it was (a network share) is left
# alone. It removes only what install.sh listed under the prefix, never follows a symbolic
# link, and leaves a folder that does not look like CareerDesk. Kept: the lab settings in
# /etc/xdg/careerdesk/ and every user's own data (bookmarks, notes and profiles in
# ~/.local/share/CareerDesk/, settings in ~/.config/CareerDesk/; the app's
# "Remove my data from this computer" deletes one person's). Options:
#   --prefix DIR   as given to install.sh (default /usr; a full path)
#   --dest DIR     the program folder, when install.sh's list of files is gone
#                  (default /opt/careerdesk)
set -euo pipefail

prefix=/usr
dest=/opt/careerdesk

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit "${1:-0}"; }
fail() { echo "uninstall.sh: $*" >&2; exit 1; }
warn() { echo "uninstall.sh: $*" >&2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --dest) dest=${2:?--dest needs a folder}; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "uninstall.sh: unknown option $1" >&2; usage 2 ;;
  esac
done
case "$prefix" in /*) ;; *) fail "--prefix must be a full path (got $prefix)" ;; esac
case "$dest" in /*) ;; *) fail "--dest must be a full path (got $dest)" ;; esac
while [ "${prefix%/}" != "$prefix" ]; do prefix=${prefix%/}; done
while [ "${dest%/}" != "$dest" ]; do dest=${dest%/}; done
[ -n "$prefix" ] || fail "--prefix cannot be /"
meta=$prefix/share/careerdesk
if [ -L "$meta" ]; then fail "$meta is a symbolic link: not following it"; fi
copied=1
files=()
folders=()

if [ -f "$meta/installed-files" ] && [ ! -L "$meta/installed-files" ]; then
  while IFS= read -r line; do
    case "$line" in
      "# prefix "*)
        if [ "${line#\# prefix }" != "$prefix" ]; then
          fail "$meta/installed-files was written for --prefix ${line#\# prefix }"
        fi ;;
      "# program "*) dest=${line#\# program } ;;
      "# copied "*) copied=${line#\# copied } ;;
      "# folder "*) folders+=("${line#\# folder }") ;;
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

inside() {  # inside PATH FOLDER: PATH is below FOLDER, with no "." or ".." on the way
  case "$1" in "$2"/*) ;; *) return 1 ;; esac
  case "/${1#"$2"/}/" in */../*|*/./*|*//*) return 1 ;; esac
}
no_links_on_the_way() {  # no folder between the prefix and PATH is a symbolic link
  local dir
  dir=$(dirname "$1")
  while [ "$dir" != "$prefix" ]; do
    if [ -L "$dir" ]; then return 1; fi
    dir=$(dirname "$dir")
  done
}

case "$dest" in
  /*) while [ "${dest%/}" != "$dest" ]; do dest=${dest%/}; done ;;
  *) warn "the recorded program folder $dest is not a full path; left alone"; copied=0 ;;
esac
[ -n "$dest" ] || copied=0

for file in "${files[@]}"; do
  if ! inside "$file" "$prefix" || ! no_links_on_the_way "$file"; then
    warn "$file is not a file install.sh puts under $prefix: left alone"
    continue
  fi
  case "$file" in
    */bin/careerdesk)  # only our own link, never another program of that name
      if [ -L "$file" ] && [ "$(readlink "$file")" = "$dest/careerdesk" ]; then
        rm -f "$file"
      fi ;;
    *)
      if [ -L "$file" ] || [ -f "$file" ]; then rm -f "$file"
      elif [ -e "$file" ]; then warn "$file is not a file: left alone"
      fi ;;
  esac
done

if [ "$copied" = 1 ] && { [ -e "$dest" ] || [ -L "$dest" ]; }; then
  if [ ! -L "$dest" ] && [ -d "$dest" ] && [ -x "$dest/careerdesk" ] && [ -d "$dest/_internal" ]
  then
    rm -rf "$dest"
    echo "removed $dest"
  else
    warn "$dest does not look like CareerDesk; left in place"
  fi
fi
rm -f "$meta/installed-files" "$meta/uninstall.sh" "$meta"/.careerdesk.*
rmdir "$meta" 2>/dev/null || true

# The folders install.sh made, deepest first, if now empty: the prefix, folders under it
# and folders on the way to it or to the program folder.
while IFS= read -r folder; do
  [ -n "$folder" ] || continue
  if [ "$folder" = "$prefix" ] || inside "$folder" "$prefix" || inside "$prefix" "$folder" ||
     inside "$dest" "$folder"; then
    if [ -d "$folder" ] && [ ! -L "$folder" ]; then rmdir "$folder" 2>/dev/null || true; fi
  fi
done < <(printf '%s\n' ${folders[@]+"${folders[@]}"} | awk -F/ '{ print NF "\t" $0 }' |
         sort -t "$(printf '\t')" -k1,1nr | cut -f2-)

apps=$prefix/share/applications
if [ -f "$apps/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1
then update-desktop-database -q "$apps" || true; fi
icons=$prefix/share/icons/hicolor
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
then gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true; fi

echo "CareerDesk is removed. Kept: /etc/xdg/careerdesk/ (lab settings, if any) and each" \
  "user's own data (the app's \"Remove my data from this computer\" deletes it)."
