; Inno Setup 6 script: a per-user Windows installer for the PyInstaller bundle.
; NOT TRIED: this project has no Windows machine (packaging/README.md says what was and
; was not done). Build on Windows with packaging\windows\build.ps1, which passes:
;   /DAppVersion=<tracker.__version__>  /DAppUserModelID=<tracker.appinfo.APP_ID>
;   /DSourceDir=<dist\debt-tracker-<version>>  /DRepoRoot=<the repository>
; so the version and the id are not written here a second time.

#ifndef AppVersion
  #error Pass /DAppVersion=... (tracker.__version__); see build.ps1
#endif
#ifndef AppUserModelID
  #error Pass /DAppUserModelID=... (tracker.appinfo.APP_ID); see build.ps1
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=... (the PyInstaller bundle folder); see build.ps1
#endif
#ifndef RepoRoot
  #error Pass /DRepoRoot=... (the repository); see build.ps1
#endif

#define AppName "Debt Tracker"
#define AppExe "debt-tracker.exe"

[Setup]
; Inno's own uninstall key: the app id keeps upgrades in place.
AppId={#AppUserModelID}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Debt Tracker developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed), per-machine if the user asks.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoRoot}\dist
OutputBaseFilename=debt-tracker-{#AppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\build\windows\debt-tracker.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Official in recent Inno Setup 6 releases; for an older one, get ChineseSimplified.isl
; from https://jrsoftware.org/files/istrans/ into Inno Setup's Languages folder.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
english.DesktopIcon=Create a &desktop shortcut
chinesesimplified.DesktopIcon=创建桌面快捷方式(&D)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID on the Start-menu shortcut is what lets Windows show the app's toast
; notifications (and group its taskbar button); the app sets the same id at start
; (SetCurrentProcessExplicitAppUserModelID in ui/app.py).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
