; Companion setup for Windows (NSIS 3, 64-bit, Unicode).
;
; Build (packaging/build.py does this; any folder laid out like the frozen bundle works):
;   makensis -DVERSION=0.1.0 -DPAYLOAD=dist\companion -DICON=assets\icons\companion.ico ^
;            -DOUTFILE=dist\Companion-0.1.0-setup.exe packaging\windows\companion.nsi
;
; Command line for IT (see packaging/README.md):
;   Companion-setup.exe /S /AllUsers            silent, per-machine (Program Files), needs admin
;   Companion-setup.exe /S /CurrentUser         silent, per-user (%LOCALAPPDATA%\Programs)
;   Companion-setup.exe /S /AllUsers /D=C:\Apps\Companion   custom folder (/D= must be last)
;   uninstall.exe /S [/AllUsers|/CurrentUser]   silent removal; user data is kept
;   uninstall.exe /S /RemoveUserData            also delete the *calling user's* data folder
;
; Deliberately absent: autostart, desktop shortcut, launch-after-install, file
; associations, services, scheduled tasks, update checks. Nothing here writes to a
; user's data folder except /RemoveUserData, which is off by default.

Unicode true
ManifestDPIAware true
ManifestSupportedOS all
; A 32-bit installer (the only stubs official NSIS builds ship) installing the 64-bit
; program: $PROGRAMFILES64 via MULTIUSER_USE_PROGRAMFILES64 and SetRegView 64 below.
; -DTARGET_AMD64 builds a 64-bit installer where amd64 stubs exist (Debian's nsis has
; them); packaging/windows/wine_smoke.sh uses that to run the script under 64-bit Wine.
!ifdef TARGET_AMD64
  Target amd64-unicode
!endif
SetCompressor /SOLID lzma
SetDatablockOptimize on
CRCCheck on

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !error "Pass -DPAYLOAD=<folder holding companion.exe and _internal\>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Companion-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\assets\icons\companion.ico"
!endif

!define APP_NAME "Companion"
!define APP_ID "org.companionapp.Companion"
!define PUBLISHER "Companion developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\Companion\Installer"

; --- Per-user or per-machine (MultiUser.nsh) ------------------------------------------
; Highest: admins are asked to elevate and get a per-machine install by default; standard
; users install for themselves without a prompt. /AllUsers and /CurrentUser override.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The finish page has no "Run Companion" box: nothing starts behind an IT script's back.
!define MUI_FINISHPAGE_NOAUTOCLOSE

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var CmdLineInstDir
Var RemoveUserData

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; /D= fills $INSTDIR before .onInit; MultiUser would overwrite it, so keep it aside.
  StrCpy $CmdLineInstDir $INSTDIR
  !insertmacro MULTIUSER_INIT
  ${If} $CmdLineInstDir != ""
    StrCpy $INSTDIR $CmdLineInstDir
  ${EndIf}
FunctionEnd

Section "Companion" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Replace, never merge: stale files from an older version must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start-menu shortcut only (current user's or all users' menu, per install mode).
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\companion.exe" "" \
    "$INSTDIR\companion.exe" 0 SW_SHOWNORMAL "" "A private journal with offline help"

  ; Add/Remove Programs (HKLM for per-machine, HKCU for per-user: SHCTX follows the mode).
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\companion.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "URLInfoAbout" "https://companionapp.org/"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /S /$MultiUser.InstallMode'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/RemoveUserData" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveUserData 1
  ${Else}
    StrCpy $RemoveUserData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; Remove exactly what we installed; never "RMDir /r $INSTDIR", which could take a
  ; user-chosen folder (/D=) and everything else in it along.
  Delete "$INSTDIR\companion.exe"
  Delete "$INSTDIR\companion-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\Companion"

  ; The journal, preferences and any portable data are the user's, not the program's.
  ; Only an explicit /RemoveUserData deletes the data folder of the user running this
  ; uninstaller (%LOCALAPPDATA%\Companion, per platformdirs); other users' folders and
  ; %ProgramData%\Companion (the administrator's resource pack and policy) are left alone.
  ${If} $RemoveUserData == 1
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\Companion"
  ${EndIf}
SectionEnd
