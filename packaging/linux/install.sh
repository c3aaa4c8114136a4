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
# What it installed, and the folders it made, are listed in
# /usr/share/careerdesk/installed-files, for uninstall.sh (also copied there).
# Safe to run twice, and from the installed copy (/opt/careerdesk/linux/install.sh).
# It stops, changing nothing, when --dest is something other than a CareerDesk folder or an
# empty one, or a symbolic link; it never writes through a symbolic link, and leaves a
# `careerdesk` command that is not its own alone. Options:
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
# Both are written into the menu entry and the list of installed files: full paths only,
# one line each.
case "$prefix" in /*) ;; *) fail "--prefix must be a full path (got $prefix)" ;; esac
case "$dest" in /*) ;; *) fail "--dest must be a full path (got $dest)" ;; esac
case "$prefix$dest" in *$'\n'*|*$'\r'*) fail "--prefix and --dest cannot hold line breaks" ;; esac
while [ "${dest%/}" != "$dest" ]; do dest=${dest%/}; done
while [ "${prefix%/}" != "$prefix" ]; do prefix=${prefix%/}; done
[ -n "$dest" ] || fail "--dest cannot be / (it is not a program folder)"
[ -n "$prefix" ] || fail "--prefix cannot be /"
[ -f "$here/careerdesk.desktop" ] && [ -d "$here/icons/hicolor" ] ||
  fail "$here lacks careerdesk.desktop or icons/hicolor"

apps=$prefix/share/applications
icons=$prefix/share/icons/hicolor
bin=$prefix/bin
meta=$prefix/share/careerdesk

is_careerdesk() {  # a CareerDesk program folder (not a link to one)
  [ ! -L "$1" ] && [ -d "$1" ] && [ -f "$1/careerdesk" ] && [ -x "$1/careerdesk" ] &&
    [ -d "$1/_internal" ]
}
is_empty_folder() { [ ! -L "$1" ] && [ -d "$1" ] && [ -z "$(ls -A "$1")" ]; }

# What an earlier install recorded: its program folder, whether it copied it there, and the
# folders it made (uninstall.sh removes them when they are empty).
old_program=
old_copied=0
folders=()
if [ -f "$meta/installed-files" ] && [ ! -L "$meta/installed-files" ]; then
  while IFS= read -r line; do
    case "$line" in
      "# program "*) old_program=${line#\# program } ;;
      "# copied "*) old_copied=${line#\# copied } ;;
      "# folder "*) if [ -d "${line#\# folder }" ]; then folders+=("${line#\# folder }"); fi ;;
    esac
  done <"$meta/installed-files"
fi

# The program folder: copied beside the old one, then swapped in. Not when --dest is the
# bundle itself (a network share, say, or this script run from the installed copy): then
# it is only registered.
in_place=0
if [ -d "$dest" ] && [ "$(cd "$from" && pwd -P)" = "$(cd "$dest" && pwd -P)" ]; then
  in_place=1
elif [ -L "$dest" ]; then
  fail "$dest is a symbolic link: give the folder itself as --dest (nothing was changed)"
elif [ -e "$dest" ] && ! is_careerdesk "$dest" && ! is_empty_folder "$dest"; then
  fail "$dest exists and is not a CareerDesk folder: choose another --dest" \
    "(nothing was changed)"
fi

# Never write through a symbolic link: no folder between the prefix and a file put there
# may be one (the files themselves, if links, are replaced, not followed).
targets=("$apps/careerdesk.desktop" "$icons/scalable/apps/careerdesk.svg" "$bin/careerdesk"
         "$meta/installed-files" "$meta/uninstall.sh")
for size_dir in "$here"/icons/hicolor/*/; do
  targets+=("$icons/$(basename "$size_dir")/apps/careerdesk.png")
done
for target in "${targets[@]}"; do
  dir=$(dirname "$target")
  while [ "$dir" != "$prefix" ] && [ "$dir" != / ]; do
    if [ -L "$dir" ]; then
      fail "$dir is a symbolic link: not installing through it (nothing was changed)"
    fi
    if [ -e "$dir" ] && [ ! -d "$dir" ]; then
      fail "$dir is not a folder (nothing was changed)"
    fi
    dir=$(dirname "$dir")
  done
  if [ "$target" != "$bin/careerdesk" ] && [ -d "$target" ] && [ ! -L "$target" ]; then
    fail "$target is a folder (nothing was changed)"
  fi
done

make_folder() {  # make_folder DIR: mkdir -p, remembering each folder it makes
  local dir=$1 missing=()
  while [ ! -e "$dir" ] && [ ! -L "$dir" ]; do missing=("$dir" ${missing[@]+"${missing[@]}"})
    dir=$(dirname "$dir"); done
  [ -d "$dir" ] || fail "$dir is not a folder"
  for dir in ${missing[@]+"${missing[@]}"}; do mkdir "$dir"; folders+=("$dir"); done
}

staging=
scratch=
cleanup() { rm -rf ${staging:+"$staging"} ${scratch:+"$scratch"}; }
trap cleanup EXIT

copied=$old_copied
if [ "$in_place" = 0 ]; then
  echo "copying $from to $dest"
  make_folder "$(dirname "$dest")"
  staging=$(mktemp -d "$(dirname "$dest")/.careerdesk-install.XXXXXX")
  cp -R -P "$from" "$staging/new"   # links in the bundle stay links
  if [ -f "$dest/careerdesk.ini" ] && [ ! -L "$dest/careerdesk.ini" ]; then
    cp -p "$dest/careerdesk.ini" "$staging/new/"
  fi
  # The menu entry, icons and these scripts travel with the program.
  rm -rf "$staging/new/linux"
  mkdir "$staging/new/linux"
  cp -R -P "$here/careerdesk.desktop" "$here/icons" "$here/install.sh" "$here/uninstall.sh" \
    "$staging/new/linux/"
  find "$staging/new" \( -type f -o -type d \) -exec chmod a+rX,go-w {} +
  if [ -e "$dest" ]; then mv -T "$dest" "$staging/old"; fi
  mv -T "$staging/new" "$dest"
  copied=1
elif [ "$old_program" != "$dest" ]; then
  copied=0  # a folder this script did not copy: uninstall.sh leaves it
fi

files=()
put() {  # put SOURCE TARGET [MODE]: copy one file in place of TARGET (a link there is
         # replaced, never followed) and list it for uninstall.sh
  make_folder "$(dirname "$2")"
  local tmp
  tmp=$(mktemp "$(dirname "$2")/.careerdesk.XXXXXX")
  cp "$1" "$tmp"
  chmod "${3:-644}" "$tmp"
  mv -f -T "$tmp" "$2"
  files+=("$2")
}

# The menu entry names the program by its full path, quoted as the desktop entry
# specification asks (no sed: a folder name may hold any character).
program=$dest/careerdesk
quoted=${program//\\/\\\\}
quoted=${quoted//\"/\\\"}
quoted=${quoted//\`/\\\`}
quoted=${quoted//\$/\\\$}
quoted=${quoted//\\/\\\\}   # the string escape, applied on top of the quoting
quoted=${quoted//%/%%}
make_folder "$meta"
entry=$(mktemp "$meta/.careerdesk.XXXXXX")
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$quoted" ;;
    TryExec=*) printf 'TryExec=%s\n' "${program//\\/\\\\}" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$here/careerdesk.desktop" >"$entry"
put "$entry" "$apps/careerdesk.desktop"
rm -f "$entry"
for size_dir in "$here"/icons/hicolor/*/; do
  size=$(basename "$size_dir")
  put "$size_dir/apps/careerdesk.png" "$icons/$size/apps/careerdesk.png"
done
if [ -f "$dest/_internal/resources/careerdesk.svg" ]; then
  put "$dest/_internal/resources/careerdesk.svg" "$icons/scalable/apps/careerdesk.svg"
fi

# The command: a link to the program, unless that name is taken by something else.
command_note="command $bin/careerdesk"
link=$bin/careerdesk
ours=0
if [ -L "$link" ]; then
  target=$(readlink "$link")
  if [ "$target" = "$program" ] || { [ -n "$old_program" ] &&
       [ "$target" = "$old_program/careerdesk" ]; }; then ours=1; fi
fi
if [ "$ours" = 1 ] || { [ ! -e "$link" ] && [ ! -L "$link" ]; }; then
  make_folder "$bin"
  tmp="$bin/.careerdesk-link.$$"
  rm -f "$tmp"
  ln -s "$program" "$tmp"
  mv -f -T "$tmp" "$link"
  files+=("$link")
else
  echo "install.sh: $link already exists and is not CareerDesk's: left as it is" \
    "(start CareerDesk with $program)" >&2
  command_note="no command ($link is another program's)"
fi
put "$here/uninstall.sh" "$meta/uninstall.sh" 755

list=$(mktemp "$meta/.careerdesk.XXXXXX")
{
  printf '# prefix %s\n# program %s\n# copied %s\n' "$prefix" "$dest" "$copied"
  if [ ${#folders[@]} -gt 0 ]; then printf '# folder %s\n' "${folders[@]}" | awk '!seen[$0]++'; fi
  printf '%s\n' "${files[@]}"
} >"$list"
chmod 644 "$list"
mv -f -T "$list" "$meta/installed-files"

# Let menus see the new entry and icons now (both tools are optional; caches are
# refreshed only where the system keeps them).
if [ -f "$apps/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$apps" || true
fi
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true
fi

echo "installed CareerDesk $("$program" --version 2>/dev/null | sed 's/^CareerDesk //')" \
  "in $dest; menu entry $apps/careerdesk.desktop; $command_note"
echo "remove it with: $meta/uninstall.sh$([ "$prefix" = /usr ] || echo " --prefix $prefix")"

if [ "$check" = 1 ]; then
  scratch=$(mktemp -d)
  if env HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       CAREERDESK_DATA_DIR="$scratch/userdata" QT_QPA_PLATFORM=offscreen \
       "$program" --selftest >"$scratch/selftest.log" 2>&1; then
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
