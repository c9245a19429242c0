#!/usr/bin/env bash
# Exercise the NSIS setup and the MSI under Wine with a stand-in payload: silent per-user
# and per-machine installs, /D=, Start-menu shortcut, Add/Remove Programs keys, silent
# uninstall keeping user data, /RemoveUserData, and msiexec /qn install + removal.
#
#   python packaging/build.py --only-check-windows-scripts   # builds the stand-in installers
#   bash packaging/windows/wine_smoke.sh                      # needs wine (Debian: wine wine64)
#
# Optional (Wine is ~650 MB, so CI does not run it; the release workflow installs the
# real artifacts on a Windows runner instead).
set -euo pipefail
cd "$(dirname "$0")/../.."
work="build/packaging/windows-check"
msi="$(ls "$work"/Companion-*-standin.msi)"
# Debian's Wine here is 64-bit only, so compile the same script as a 64-bit installer.
setup="$work/Companion-standin-amd64-setup.exe"
makensis -V2 -WX -DTARGET_AMD64 -DVERSION=0.0.0 -DPAYLOAD="$PWD/$work/standin/companion" \
  -DICON="$PWD/assets/icons/companion.ico" -DOUTFILE="$PWD/$setup" packaging/windows/companion.nsi
export WINEPREFIX="${WINEPREFIX:-$(mktemp -d)/prefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine wineboot --init >/dev/null 2>&1
wineserver -w
c="$WINEPREFIX/drive_c"
user_dir="$(ls -d "$c"/users/*/ | grep -v Public | head -n 1)"
local_app="$user_dir/AppData/Local"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
regkey() { wine reg query "$1" >/dev/null 2>&1; }
uninstall_key='Software\Microsoft\Windows\CurrentVersion\Uninstall\org.companionapp.Companion'

# 1. Per-user, silent.
wine "$setup" /S /CurrentUser; wineserver -w
dir="$local_app/Programs/Companion"
[ -f "$dir/companion.exe" ] && [ -f "$dir/_internal/assets/resources/directory.json" ] \
  || fail "per-user files missing"
[ -f "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Companion.lnk" ] \
  || fail "no per-user Start-menu shortcut"
ls "$user_dir"/Desktop/*.lnk >/dev/null 2>&1 && fail "desktop shortcut created"
regkey "HKCU\\$uninstall_key" || fail "no HKCU uninstall key"
ok "per-user silent install: files, Start-menu shortcut, HKCU Add/Remove entry, no desktop link"

# 2. User data survives a silent uninstall.
mkdir -p "$local_app/Companion/vault" && echo keep > "$local_app/Companion/vault/journal.db"
wine "$dir/uninstall.exe" /S /CurrentUser; wineserver -w; sleep 2
[ -e "$dir/companion.exe" ] && fail "uninstall left companion.exe"
[ -f "$local_app/Companion/vault/journal.db" ] || fail "uninstall deleted user data"
regkey "HKCU\\$uninstall_key" && fail "HKCU uninstall key left behind"
ok "per-user silent uninstall: program gone, user data kept, registry cleaned"

# 3. /D= custom folder, then /RemoveUserData.
wine "$setup" /S /CurrentUser '/D=C:\Apps\Companion'; wineserver -w
[ -f "$c/Apps/Companion/companion.exe" ] || fail "/D= ignored"
echo unrelated > "$c/Apps/Companion/someone-elses-file.txt"
wine 'C:\Apps\Companion\uninstall.exe' /S /CurrentUser /RemoveUserData; wineserver -w; sleep 2
[ -e "$c/Apps/Companion/companion.exe" ] && fail "uninstall left files in /D= folder"
[ -f "$c/Apps/Companion/someone-elses-file.txt" ] || fail "uninstall deleted a foreign file"
[ -e "$local_app/Companion" ] && fail "/RemoveUserData kept the data folder"
ok "/D= honoured; uninstall removes only its own files; /RemoveUserData removes user data"

# 4. Per-machine, silent.
wine "$setup" /S /AllUsers; wineserver -w
[ -f "$c/Program Files/Companion/companion.exe" ] || fail "per-machine files missing"
regkey "HKLM\\$uninstall_key" || fail "no HKLM uninstall key"
wine 'C:\Program Files\Companion\uninstall.exe' /S /AllUsers; wineserver -w; sleep 2
[ -e "$c/Program Files/Companion/companion.exe" ] && fail "per-machine uninstall left files"
ok "per-machine silent install and uninstall (Program Files, HKLM)"

# 5. MSI, silent.
wine msiexec /i "$msi" /qn; wineserver -w
[ -f "$c/Program Files/Companion/companion.exe" ] || fail "MSI did not install"
wine msiexec /x "$msi" /qn; wineserver -w
[ -e "$c/Program Files/Companion/companion.exe" ] && fail "MSI uninstall left files"
ok "MSI: msiexec /i /qn and msiexec /x /qn"
echo "wine smoke test passed ($WINEPREFIX)"
