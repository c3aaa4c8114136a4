#!/usr/bin/env bash
# Set up (once) the virtualenv CareerDesk runs from, and check Qt's system libraries.
#   tools/bootstrap.sh run    -> runtime dependencies
#   tools/bootstrap.sh test   -> runtime + build + test dependencies
# On a machine where Qt's system libraries are missing it names the Debian/Ubuntu packages to
# install, and installs them itself when run as root with apt-get available.
set -euo pipefail
mode=${1:-run}
here=$(cd "$(dirname "$0")/.." && pwd)
venv=${CAREERDESK_VENV:-$here/.venv}

find_python() {
  for py in python3.13 python3.12 python3.11 python3; do
    if command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  return 1
}

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: $*" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
    return 0
  fi
  echo "Missing system packages. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends $*" >&2
  return 1
}

py=$(find_python) || { apt_install python3.11 python3.11-venv && py=python3.11; } || {
  echo "CareerDesk needs Python 3.11 or newer." >&2; exit 1; }

if [ ! -x "$venv/bin/python" ]; then
  if ! "$py" -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    ver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install "python$ver-venv" || exit 1
    "$py" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --upgrade pip
fi

# Qt (offscreen or on a screen) needs these shared libraries and at least one font.
missing=()
check_lib() { ldconfig -p 2>/dev/null | grep -q "$1" || missing+=("$2"); }
check_lib 'libEGL.so.1' libegl1
check_lib 'libGL.so.1' libgl1
check_lib 'libglib-2.0.so.0' libglib2.0-0
check_lib 'libdbus-1.so.3' libdbus-1-3
check_lib 'libfontconfig.so.1' libfontconfig1
check_lib 'libxkbcommon.so.0' libxkbcommon0
fc-list 2>/dev/null | grep -qi dejavu || [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ "$mode" = run ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  check_lib 'libxcb-cursor.so.0' libxcb-cursor0
  check_lib 'libxkbcommon-x11.so.0' libxkbcommon-x11-0
  check_lib 'libxcb-icccm.so.4' libxcb-icccm4
  check_lib 'libxcb-keysyms.so.1' libxcb-keysyms1
fi
if [ "$mode" = test ]; then
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}" || exit 1
fi

stamp="$venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ "$here/pyproject.toml" -nt "$stamp" ]; then
  if [ "$mode" = test ]; then
    "$venv/bin/python" -m pip install --quiet -e "$here[test]"
  else
    "$venv/bin/python" -m pip install --quiet -e "$here"
  fi
  touch "$stamp"
fi
