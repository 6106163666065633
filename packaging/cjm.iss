; Written by packaging/build.py --files from packaging/package_data.py: edit that, not this.
; Untested until a Windows machine builds it (see packaging/README.md).
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1B5B8E-2C1D-4B8E-9C5E-4D3A1C0F2E71}
AppName=CJM Desktop
AppVersion={#AppVersion}
AppPublisher=CJM Desktop
DefaultDirName={autopf}\CJM Desktop
DefaultGroupName=CJM Desktop
UninstallDisplayIcon={app}\cjm.exe
OutputDir=..\dist
OutputBaseFilename=cjm-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\resources\icons\cjm-desktop.ico
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\dist\cjm\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\resources\icons\application-x-cjm-project.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\CJM Desktop"; Filename: "{app}\cjm.exe"
Name: "{autodesktop}\CJM Desktop"; Filename: "{app}\cjm.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: ""; ValueData: "CJMDesktop.Project"; \
    Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: "Content Type"; \
    ValueData: "application/x-cjm-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CJMDesktop.Project"; ValueType: string; ValueName: ""; ValueData: "CJM Desktop project"; \
    Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CJMDesktop.Project\DefaultIcon"; ValueType: string; ValueName: ""; \
    ValueData: "{app}\application-x-cjm-project.ico,0"
Root: HKA; Subkey: "Software\Classes\CJMDesktop.Project\shell\open\command"; ValueType: string; ValueName: ""; \
    ValueData: """{app}\cjm.exe"" ""%1"""

[Run]
Filename: "{app}\cjm.exe"; Description: "{cm:LaunchProgram,CJM Desktop}"; \
    Flags: nowait postinstall skipifsilent
