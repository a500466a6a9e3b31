; Inno Setup script: annotator's Windows installer, from the PyInstaller one-folder bundle.
; NOT built or tested here (no Windows machine); see installer/README.md, "Windows", step by step:
;   python installer\build.py                       -> build\installer\dist\annotator\ (annotator.exe,
;                                                      annotator-cli.exe, _internal\)
;   iscc /DAppVersion=0.1.0 installer\windows\annotator.iss  -> dist\annotator-0.1.0-setup.exe
; Installs per user by default (no administrator rights needed), or for all users if chosen.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\build\installer\dist\annotator"

[Setup]
AppId={{6F1C2A57-9E0B-4C1D-A8D3-2B7E5F4A9C10}
AppName=annotator
AppVersion={#AppVersion}
AppPublisher=annotator developers
DefaultDirName={autopf}\annotator
DefaultGroupName=annotator
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=annotator-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\annotator.ico
UninstallDisplayIcon={app}\annotator.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the annotator-cli command to PATH"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\annotator"; Filename: "{app}\annotator.exe"
Name: "{group}\Uninstall annotator"; Filename: "{uninstallexe}"
Name: "{autodesktop}\annotator"; Filename: "{app}\annotator.exe"; Tasks: desktopicon

[Registry]
; .annotator project files open with annotator (per user or machine, following the install mode)
Root: HKA; Subkey: "Software\Classes\.annotator"; ValueType: string; ValueName: ""; ValueData: "annotator.project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.annotator"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-annotator-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\annotator.project"; ValueType: string; ValueName: ""; ValueData: "annotator project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\annotator.project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\annotator.exe,0"
Root: HKA; Subkey: "Software\Classes\annotator.project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\annotator.exe"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".annotator"; ValueData: ""
; PATH (per-user environment) when the task is chosen
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\annotator.exe"; Description: "{cm:LaunchProgram,annotator}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
