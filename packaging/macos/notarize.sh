#!/usr/bin/env bash
# Notarise a signed .dmg with Apple's notary service and staple the ticket to it.
#
#   bash packaging/macos/notarize.sh dist/Companion-0.1.0-macos-arm64.dmg
#
# Credentials come from the environment only (never from this repository), one of:
#   NOTARY_KEYCHAIN_PROFILE                       a profile saved with
#                                                 `xcrun notarytool store-credentials`
#   APPLE_API_KEY_PATH, APPLE_API_KEY_ID, APPLE_API_ISSUER   an App Store Connect API key
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an Apple ID with an app-specific password
# Needs macOS with Xcode command line tools (notarytool, stapler).
set -euo pipefail

dmg="${1:?usage: notarize.sh <signed.dmg>}"
[[ -f "$dmg" ]] || { echo "no such file: $dmg" >&2; exit 2; }

if [[ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]]; then
  auth=(--keychain-profile "$NOTARY_KEYCHAIN_PROFILE")
elif [[ -n "${APPLE_API_KEY_PATH:-}" ]]; then
  auth=(--key "$APPLE_API_KEY_PATH" --key-id "${APPLE_API_KEY_ID:?}" --issuer "${APPLE_API_ISSUER:?}")
elif [[ -n "${APPLE_ID:-}" ]]; then
  auth=(--apple-id "$APPLE_ID" --team-id "${APPLE_TEAM_ID:?}" --password "${APPLE_APP_PASSWORD:?}")
else
  echo "no notary credentials in the environment (see the header of $0)" >&2
  exit 2
fi

# --wait blocks until Apple answers; print the log on anything but Accepted.
result="$(xcrun notarytool submit "$dmg" "${auth[@]}" --wait --timeout 30m --output-format json)"
echo "$result"
status="$(printf '%s' "$result" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')"
if [[ "$status" != "Accepted" ]]; then
  id="$(printf '%s' "$result" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  xcrun notarytool log "$id" "${auth[@]}" || true
  exit 1
fi

xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
