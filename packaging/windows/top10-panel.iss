; Inno Setup script: a Windows installer from the bundle folder (https://jrsoftware.org/isinfo.php, 6.x).
;   pyinstaller --noconfirm packaging\top10-panel.spec      (makes dist\top10-panel\)
;   iscc /DAppVersion=0.1.0 packaging\windows\top10-panel.iss  (makes dist\top10-panel-0.1.0-setup.exe)
;
; What it installs:
;   {app}\top10-panel-app.exe   the app without a console window: Start menu, desktop icon, and the program a
;                               double-clicked .t10 or .t10pkg opens with (it turns a lone file into `open FILE`);
;   {app}\top10-panel.exe       the command for editors (console); the "Add to PATH" task puts {app} on PATH.
; It installs per user without admin rights (experts' laptops), or for all users when run elevated.
;
; The file association, as registry keys (HKCU\Software\Classes per user, HKLM\Software\Classes for all users),
; for anyone who deploys the folder by other means (e.g. group policy):
;   .t10\(Default)                                = Top10Panel.Selection
;   .t10pkg\(Default)                             = Top10Panel.Package
;   Top10Panel.Selection\(Default)                = Top10 Panel selection
;   Top10Panel.Selection\DefaultIcon\(Default)    = "<folder>\top10-panel-app.exe",0
;   Top10Panel.Selection\shell\open\command       = "<folder>\top10-panel-app.exe" "%1"
;   (the same three under Top10Panel.Package, named "Top10 Panel ballot package")
;   Applications\top10-panel-app.exe\SupportedTypes: .t10 and .t10pkg (empty strings), for "Open with".

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Top10 Panel"
#define AppExe "top10-panel-app.exe"

[Setup]
AppId={{6C1E3C2B-4A0F-4F7B-9E51-10A0C0DE7E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ChangesEnvironment=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\icons\top10-panel.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=top10-panel-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add the top10-panel command to PATH (for editors)"; Flags: unchecked

[Files]
Source: "..\..\dist\top10-panel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old folder's libraries rather than mixing with them.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.t10"; ValueType: string; ValueName: ""; ValueData: "Top10Panel.Selection"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Top10Panel.Selection"; ValueType: string; ValueName: ""; ValueData: "Top10 Panel selection"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Top10Panel.Selection\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\Top10Panel.Selection\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.t10pkg"; ValueType: string; ValueName: ""; ValueData: "Top10Panel.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Top10Panel.Package"; ValueType: string; ValueName: ""; ValueData: "Top10 Panel ballot package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Top10Panel.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\Top10Panel.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".t10"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".t10pkg"; ValueData: ""
; PATH: the user's own for a per-user install, the system's for an all-users install.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddUserPath
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddSystemPath

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Root: Integer; Key: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

function NeedsAddUserPath: Boolean;
begin
  Result := (not IsAdminInstallMode) and NeedsAddPath(HKEY_CURRENT_USER, 'Environment');
end;

function NeedsAddSystemPath: Boolean;
begin
  Result := IsAdminInstallMode and
    NeedsAddPath(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment');
end;
