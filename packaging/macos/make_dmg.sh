#!/usr/bin/env bash
# Wrap Companion.app in a compressed, read-only disk image with an /Applications link.
#
#   bash packaging/macos/make_dmg.sh dist/Companion.app dist/Companion-0.1.0-macos-arm64.dmg
#
# If COMPANION_CODESIGN_IDENTITY is set ("Developer ID Application: …"), the app's
# signature is verified first and the image itself is signed; notarize.sh comes next.
# Needs macOS (hdiutil, codesign).
set -euo pipefail

app="${1:?usage: make_dmg.sh <Companion.app> <out.dmg>}"
out="${2:?usage: make_dmg.sh <Companion.app> <out.dmg>}"
[[ -d "$app/Contents/MacOS" ]] || { echo "not an app bundle: $app" >&2; exit 2; }

identity="${COMPANION_CODESIGN_IDENTITY:-}"
if [[ -n "$identity" ]]; then
  # PyInstaller signed every binary with the hardened runtime and our entitlements;
  # refuse to package a bundle whose signature does not hold together.
  codesign --verify --deep --strict --verbose=2 "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, extended attributes and code signatures intact.
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

rm -f "$out"
# ULMO (LZMA) is the smallest format; every macOS we support (12+) opens it.
hdiutil create -volname "Companion" -srcfolder "$staging" -fs HFS+ \
  -format ULMO -ov "$out"

if [[ -n "$identity" ]]; then
  codesign --sign "$identity" --timestamp "$out"
  codesign --verify --verbose=2 "$out"
fi
ls -l "$out"
