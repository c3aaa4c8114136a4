#!/usr/bin/env bash
# Install the CareerDesk bundle for every user of this Linux computer (run as root).
#
#   sudo packaging/linux/install.sh           from a checkout, after packaging/build.sh
#   sudo CareerDesk/linux/install.sh          from a copied bundle folder
#   sudo /mnt/lab/CareerDesk/linux/install.sh --dest /mnt/lab/CareerDesk
#                                             run from a network share: menu entry only
#
# Copies the program folder to /opt/careerdesk (unless --dest is the bundle itself), puts
# the menu entry in /usr/share/applications/careerdesk.desktop, the icons in
# /usr/share/icons/hicolor and a `careerdesk` command in /usr/bin, then runs the installed
# program's self-test. A careerdesk.ini already next to an installed program is kept.
# What it installed is listed in /usr/share/careerdesk/installed-files, for uninstall.sh
# (also copied there). Options:
#   --prefix DIR   menu entry, icons, command and list under DIR/share and DIR/bin
#                  (default /usr; e.g. /usr/local, or ~/.local for one user without root)
#   --dest DIR     the program folder (default /opt/careerdesk)
#   --from DIR     the bundle (default: the folder above this script, or dist/CareerDesk)
#   --no-check     skip the self-test
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
prefix=/usr
dest=/opt/careerdesk
from=
check=1

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit "${1:-0}"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --dest) dest=${2:?--dest needs a folder}; shift 2 ;;
    --from) from=${2:?--from needs a folder}; shift 2 ;;
    --no-check) check=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage 2 ;;
  esac
done

if [ -z "$from" ]; then
  for candidate in "$here/.." "$here/../../dist/CareerDesk"; do
    if [ -x "$candidate/careerdesk" ]; then from=$(cd "$candidate" && pwd); break; fi
  done
  [ -n "$from" ] || fail "no bundle found: build it with packaging/build.sh, or use --from DIR"
fi
[ -x "$from/careerdesk" ] || fail "$from/careerdesk is missing: not a CareerDesk bundle"
[ -f "$from/_internal/data/careers.db" ] || fail "$from has no careers database"
# Both are written into the menu entry and the list of installed files: full paths only.
case "$prefix" in /*) ;; *) fail "--prefix must be a full path (got $prefix)" ;; esac
case "$dest" in /*) ;; *) fail "--dest must be a full path (got $dest)" ;; esac
dest=${dest%/}
[ -f "$here/careerdesk.desktop" ] && [ -d "$here/icons/hicolor" ] ||
  fail "$here lacks careerdesk.desktop or icons/hicolor"

apps=$prefix/share/applications
icons=$prefix/share/icons/hicolor
bin=$prefix/bin
meta=$prefix/share/careerdesk

# The program folder: copied beside the old one, then swapped in. Not when --dest is the
# bundle itself (a network share, say): then it is only registered.
copied=0
if [ ! -d "$dest" ] || [ "$(cd "$from" && pwd -P)" != "$(cd "$dest" && pwd -P)" ]; then
  echo "copying $from to $dest"
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest.new"
  cp -R "$from" "$dest.new"
  if [ -f "$dest/careerdesk.ini" ]; then cp -p "$dest/careerdesk.ini" "$dest.new/"; fi
  # The menu entry, icons and these scripts travel with the program.
  rm -rf "$dest.new/linux"
  mkdir -p "$dest.new/linux"
  cp -R "$here/careerdesk.desktop" "$here/icons" "$here/install.sh" "$here/uninstall.sh" \
    "$dest.new/linux/"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
  chmod -R a+rX,go-w "$dest"
  copied=1
fi

mkdir -p "$meta"
list=$meta/installed-files.new
printf '# program %s\n# copied %s\n' "$dest" "$copied" >"$list"
put() {  # put SOURCE TARGET [MODE]: copy one file and list it for uninstall.sh
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  chmod "${3:-644}" "$2"
  echo "$2" >>"$list"
}

sed -e "s|^Exec=.*|Exec=\"$dest/careerdesk\"|" -e "s|^TryExec=.*|TryExec=$dest/careerdesk|" \
  "$here/careerdesk.desktop" >"$meta/careerdesk.desktop.tmp"
put "$meta/careerdesk.desktop.tmp" "$apps/careerdesk.desktop"
rm -f "$meta/careerdesk.desktop.tmp"
for size_dir in "$here"/icons/hicolor/*/; do
  size=$(basename "$size_dir")
  put "$size_dir/apps/careerdesk.png" "$icons/$size/apps/careerdesk.png"
done
if [ -f "$dest/_internal/resources/careerdesk.svg" ]; then
  put "$dest/_internal/resources/careerdesk.svg" "$icons/scalable/apps/careerdesk.svg"
fi
mkdir -p "$bin"
ln -sfn "$dest/careerdesk" "$bin/careerdesk"
echo "$bin/careerdesk" >>"$list"
put "$here/uninstall.sh" "$meta/uninstall.sh" 755
mv "$list" "$meta/installed-files"

# Let menus see the new entry and icons now (both tools are optional; caches are
# refreshed only where the system keeps them).
if [ -f "$apps/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$apps" || true
fi
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true
fi

echo "installed CareerDesk $("$dest/careerdesk" --version 2>/dev/null | sed 's/^CareerDesk //')" \
  "in $dest; menu entry $apps/careerdesk.desktop; command $bin/careerdesk"
echo "remove it with: $meta/uninstall.sh$([ "$prefix" = /usr ] || echo " --prefix $prefix")"

if [ "$check" = 1 ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  if env HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       CAREERDESK_DATA_DIR="$scratch/userdata" QT_QPA_PLATFORM=offscreen \
       "$dest/careerdesk" --selftest >"$scratch/selftest.log" 2>&1; then
    grep "selftest" "$scratch/selftest.log"
  else
    cat "$scratch/selftest.log" >&2
    echo "install.sh: CareerDesk is installed but its self-test failed. A bare system may" \
      "lack Qt's libraries; on Debian/Ubuntu:" >&2
    echo "  apt-get install -y --no-install-recommends libgl1 libegl1 libglib2.0-0" \
      "libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0" \
      "libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0" >&2
    exit 1
  fi
fi
