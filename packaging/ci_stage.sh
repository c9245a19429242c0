#!/usr/bin/env bash
# Linux build + frozen smoke test stage for Companion's CI (.ci/run calls this).
#
#   bash packaging/ci_stage.sh [VENV]      (or VENV=/path/to/venv bash packaging/ci_stage.sh)
#
# 1. Debian packages: tools (xz, dpkg-deb, Xvfb, desktop-file-validate, appstreamcli,
#    makensis, wixl, PyYAML for the workflow check) and the X11/xcb/GL libraries the
#    frozen Qt needs: PyInstaller bundles the xcb libraries it finds on the build
#    machine, so they must be installed *before* freezing.
# 2. PyInstaller into the venv (the project's "build" extra).
# 3. packaging/build.py: freeze, self-test offscreen and under Xvfb, .tar.xz + .deb,
#    metadata validation, size budget, NSIS + MSI compiled against a stand-in payload,
#    the release workflow parsed, and (as root) dpkg -i / self-test / dpkg -r.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
venv="${1:-${VENV:-.venv}}"
python="$venv/bin/python"
[ -x "$python" ] || { echo "no Python at $python (pass the venv as \$1 or \$VENV)" >&2; exit 2; }

sudo_cmd=""
[ "$(id -u)" = 0 ] || sudo_cmd="sudo"

echo "--- packaging: Debian packages ($(( $(date +%s) - started )) s)"
export DEBIAN_FRONTEND=noninteractive
if command -v apt-get >/dev/null; then
  $sudo_cmd apt-get update -qq
  # Package list derived from `ldd` over the bundled Qt (libqxcb, libQt6XcbQpa, the xcb
  # GL integrations, QtGui/QtWidgets) plus the build and validation tools.
  $sudo_cmd apt-get install -y -qq --no-install-recommends \
    binutils xz-utils dpkg-dev file \
    xvfb xauth \
    desktop-file-utils appstream \
    nsis wixl \
    python3-yaml \
    fontconfig fonts-dejavu-core \
    libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 \
    libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 \
    libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 \
    libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
    libwayland-client0 libwayland-cursor0 \
    >/dev/null
fi

echo "--- packaging: PyInstaller ($(( $(date +%s) - started )) s)"
"$python" -m pip install -q "pyinstaller>=6.10"

echo "--- packaging: build and smoke tests ($(( $(date +%s) - started )) s)"
args=(--check-windows-scripts --check-workflow)
if [ "$(id -u)" = 0 ]; then
  args+=(--install-test)
fi
# Ensure a fresh bundle: stale dist/ output must never pass for a new build.
rm -rf dist/companion build/packaging
"$python" packaging/build.py "${args[@]}"

if [ "$(id -u)" != 0 ]; then
  echo "--- packaging: install test via sudo"
  deb=$(ls dist/companion_*_amd64.deb)
  $sudo_cmd dpkg -i "$deb"
  home=$(mktemp -d)
  HOME="$home" QT_QPA_PLATFORM=offscreen /usr/bin/companion --self-test
  $sudo_cmd dpkg -r companion
  test ! -e /opt/companion
fi

echo "--- packaging: done in $(( $(date +%s) - started )) s"
