#!/usr/bin/env bash
# Build the one-folder CareerDesk bundle (PyInstaller) into dist/CareerDesk/ and smoke-test it.
#
#   packaging/build.sh               build, then test the bundle
#   packaging/build.sh --test-only   test the bundle already in dist/CareerDesk/
#
# The build uses its own virtualenv (build/venv, or $CAREERDESK_BUILD_VENV) with PyInstaller
# and CareerDesk installed from this checkout (not editable), so the bundle holds exactly
# what a user gets. It needs Python 3.11+ ($PYTHON to choose one) and, the first time, PyPI.
# Tests (each must pass, else the script exits 1):
#   - careerdesk --version prints the package's version
#   - careerdesk --selftest (offscreen): window, search, profile, every tab, the chart
#   - careerdesk show 43-6013.00, and the same as a PDF
#   - with no fonts at all (an empty fontconfig): --selftest again, and screenshots in
#     build/smoke/screenshots-nofonts/ that must match, pixel for pixel, screenshots taken
#     with only the bundled DejaVu fonts (else the text is empty boxes)
#   - where xvfb-run and xdotool are installed: the window opens on an X screen
# It ends with the bundle's size and start-up times.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=${CAREERDESK_BUILD_VENV:-$root/build/venv}
bundle=$root/dist/CareerDesk
program=$bundle/careerdesk
smoke=$root/build/smoke
career=43-6013.00
title="Medical Secretaries"

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build.sh: FAILED: %s\n' "$*" >&2; exit 1; }
# A fontconfig configuration file holding the given elements (and a private cache folder).
fontconfig() {
  printf '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
  printf '<fontconfig>\n  %s\n  <cachedir>%s</cachedir>\n</fontconfig>\n' "$1" "$smoke/fontcache"
}
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

find_python() {
  for py in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    if [ -n "$py" ] && command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  return 1
}

build() {
  if [ ! -x "$venv/bin/python" ]; then
    say "creating the build virtualenv $venv"
    py=$(find_python) || fail "no Python 3.11 or newer (set PYTHON=...)"
    "$py" -m venv "$venv" || fail "cannot create $venv (Debian/Ubuntu: apt-get install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet "pyinstaller>=6.10,<7"
  fi
  say "installing CareerDesk $version from this checkout into the build virtualenv"
  # Dependencies only when missing; the package itself always, so the bundle is this code
  # (setuptools' build/lib can keep files deleted from the checkout: start without it).
  rm -rf "$root/build/lib" "$root/build/bdist."*
  "$venv/bin/python" -m pip install --quiet "$root"
  "$venv/bin/python" -m pip install --quiet --no-deps --force-reinstall "$root"

  if [ ! -f resources/careerdesk.ico ] || [ ! -f resources/careerdesk.png ]; then
    say "rendering the icons from resources/careerdesk.svg"
    QT_QPA_PLATFORM=offscreen "$venv/bin/python" packaging/render_icons.py
  fi

  say "running PyInstaller (packaging/careerdesk.spec)"
  local started
  started=$(seconds)
  # A fresh work folder: PyInstaller keeps an old module archive when the list of modules
  # is unchanged, even if their code changed.
  rm -rf "$bundle" "$root/build/pyinstaller"
  "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/careerdesk.spec
  # Debug symbols and static symbol tables nothing reads at run time (packaging/
  # strip_libraries.py says which and how it keeps patchelf's libraries loadable).
  if command -v strip >/dev/null 2>&1; then
    "$venv/bin/python" packaging/strip_libraries.py "$bundle/_internal"
  fi
  echo "built $bundle in $(elapsed "$started" "$(seconds)") s"
}

smoke_test() {
  [ -x "$program" ] || fail "$program is missing: build it first"
  rm -rf "$smoke"
  mkdir -p "$smoke"
  # Never touch the real user's settings or data while testing.
  export HOME="$smoke/home" XDG_CONFIG_HOME="$smoke/home/.config" \
    XDG_DATA_HOME="$smoke/home/.local/share" CAREERDESK_DATA_DIR="$smoke/userdata"
  export QT_QPA_PLATFORM=offscreen
  mkdir -p "$HOME"

  say "careerdesk --version"
  local out
  out=$("$program" --version) || fail "--version exited $?"
  echo "$out"
  [ "$out" = "CareerDesk $version" ] || fail "--version printed '$out', expected 'CareerDesk $version'"

  say "careerdesk --selftest"
  local started status
  started=$(seconds)
  "$program" --selftest || fail "--selftest exited $?"
  selftest_wall=$(elapsed "$started" "$(seconds)")
  started=$(seconds)
  "$program" --selftest >/dev/null || fail "--selftest (second run) exited $?"
  selftest_warm=$(elapsed "$started" "$(seconds)")

  say "careerdesk show $career"
  "$program" show "$career" >"$smoke/show.txt" || fail "show exited $?"
  grep -q "$title" "$smoke/show.txt" || fail "show $career does not mention '$title'"
  head -n 3 "$smoke/show.txt"
  "$program" show "$career" --pdf "$smoke/show.pdf" || fail "show --pdf exited $?"
  [ "$(head -c 4 "$smoke/show.pdf")" = "%PDF" ] || fail "show --pdf did not write a PDF"

  say "careerdesk show with an unknown code (must exit 2)"
  status=0
  "$program" show 00-0000.00 2>"$smoke/unknown.txt" || status=$?
  [ "$status" = 2 ] || fail "show 00-0000.00 exited $status, expected 2"
  cat "$smoke/unknown.txt"

  say "no fonts on the machine: the bundle's fallback font"
  # fontconfig reads only the file FONTCONFIG_FILE names. fonts.conf lists no fonts at all;
  # reference.conf lists only the DejaVu fonts the bundle carries (matplotlib's), which the
  # app's fallback registers. With no usable font Qt draws every character as an empty box,
  # exits 0 and says nothing: so the pictures must match the reference to the pixel.
  local mpl_fonts=$bundle/_internal/matplotlib/mpl-data/fonts/ttf
  [ -f "$mpl_fonts/DejaVuSans.ttf" ] || fail "the bundle has no $mpl_fonts/DejaVuSans.ttf"
  mkdir -p "$smoke/fontcache"
  fontconfig "<dir>$smoke/no-fonts-here</dir>" >"$smoke/fonts.conf"
  fontconfig "<dir>$mpl_fonts</dir>
  <alias binding=\"strong\"><family>Sans Serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias binding=\"strong\"><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>" \
    >"$smoke/reference.conf"
  FONTCONFIG_FILE="$smoke/fonts.conf" "$program" --selftest 2>"$smoke/nofonts.err" || {
    cat "$smoke/nofonts.err" >&2; fail "--selftest with no fonts exited non-zero"; }
  FONTCONFIG_FILE="$smoke/fonts.conf" \
    "$program" screenshots "$smoke/screenshots-nofonts" >/dev/null 2>>"$smoke/nofonts.err" ||
    fail "screenshots with no fonts exited non-zero"
  FONTCONFIG_FILE="$smoke/reference.conf" \
    "$program" screenshots "$smoke/screenshots-reference" >/dev/null 2>"$smoke/reference.err" ||
    fail "screenshots with only the bundled fonts exited non-zero"
  "$program" screenshots "$smoke/screenshots" >/dev/null 2>"$smoke/screenshots.err" ||
    fail "screenshots exited non-zero"
  "$venv/bin/python" packaging/check_fallback_font.py \
    "$smoke/screenshots-nofonts" "$smoke/screenshots-reference" ||
    fail "with no fonts the text is not drawn with the bundled DejaVu Sans: look at" \
      "$smoke/screenshots-nofonts/search.png (the fallback: ensure_fonts in careerdesk/ui/app.py)"
  if grep -q "Traceback" "$smoke/nofonts.err"; then
    grep -m 3 -A 14 "Traceback" "$smoke/nofonts.err" >&2
    fail "errors while running with no fonts (all in $smoke/nofonts.err)"
  fi
  echo "with no fonts the text is drawn in the bundled DejaVu Sans: $smoke/screenshots-nofonts/"

  say "start-up"
  started=$(seconds)
  "$program" --version >/dev/null
  version_wall=$(elapsed "$started" "$(seconds)")
  echo "careerdesk --version (start the bundled Python, parse arguments): $version_wall s"
  echo "careerdesk --selftest, whole run: $selftest_wall s first, $selftest_warm s again"
  if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
    # On a real (virtual) X screen: the xcb plugin loads, and the first window appears.
    local shown
    shown=$(QT_QPA_PLATFORM=xcb timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
      bash -c 'start=$(date +%s.%N); "$1" >/dev/null 2>&1 & pid=$!
        if timeout 30 xdotool search --sync --onlyvisible --name CareerDesk >/dev/null; then
          awk -v a="$start" -v b="$(date +%s.%N)" "BEGIN { printf \"%.2f\", b - a }"
        fi
        kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; true' _ "$program") || true
    [ -n "$shown" ] || fail "on an X screen (Xvfb) no CareerDesk window appeared in 30 s"
    echo "careerdesk on an X screen (Xvfb): first window visible after $shown s"
  else
    echo "(no xvfb-run and xdotool: the time to the first window on a screen is not measured)"
  fi
  echo "bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
  echo
  echo "build.sh: the bundle in $bundle passed every check"
}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' careerdesk/__init__.py)
[ -n "$version" ] || fail "no __version__ in careerdesk/__init__.py"

case "${1:-}" in
  --test-only) smoke_test ;;
  "") build; smoke_test ;;
  *) echo "usage: packaging/build.sh [--test-only]" >&2; exit 2 ;;
esac
