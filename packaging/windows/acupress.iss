; Inno Setup script of the Windows installer: installs the one-folder app that
; packaging\windows\acupress-windows.spec builds into dist\AcuPress. On Windows, from the
; repository's folder (hosted CI does, see .github/workflows/build.yml):
;   iscc /DAppVersion=0.1.0 packaging\windows\acupress.iss
; which writes dist\AcuPress-0.1.0-setup.exe.
;
; For the current user by default, without administrator rights (into
; %LOCALAPPDATA%\Programs\AcuPress); the first page offers all users instead, and
; /ALLUSERS or /CURRENTUSER choose on the command line.
;
; The person's history, settings and logs live apart from the program, in
; %LOCALAPPDATA%\AcuPress (platformdirs' folder for the app name "AcuPress", without an
; author folder: acupress_gui/core/paths.py). Uninstalling keeps them, so a reinstall
; finds them again, unless the person says otherwise: an interactive uninstall asks,
; with "keep" as the default answer; a silent one deletes them only when given /PURGE.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (CI reads it from acupress_gui/__init__.py)
#endif

#define AppName "AcuPress"
#define GuiExe "acupress-gui.exe"
#define DataFolder "AcuPress"
#define BuiltFolder "..\..\dist\AcuPress"

[Setup]
; Never change the AppId: Windows knows an installed AcuPress by it, and a new id makes
; the next version install beside the old one instead of upgrading it.
AppId={{FDF482EA-F211-46FC-9ED0-7603B34129C6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AcuPress developers
AppCopyright=Copyright (c) 2026 AcuPress developers. MIT License.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=acupress.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running copy holds its files open: ask Windows' Restart Manager to close it.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries as a whole: a DLL the new version no longer ships
; must not stay beside the new ones and be loaded instead of them.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuiltFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PurgeRequested(): Boolean;
var
  Index: Integer;
begin
  Result := False;
  for Index := 1 to ParamCount do
    if CompareText(ParamStr(Index), '/PURGE') = 0 then
      Result := True;
end;

function PersonWantsDataDeleted(Folder: String): Boolean;
begin
  if PurgeRequested() then
    Result := True
  else if UninstallSilent() then
    Result := False
  else
    Result := MsgBox('Also delete your AcuPress history, settings and logs?' + #13#10#13#10
      + Folder + #13#10#13#10
      + 'Choose No to keep them: installing AcuPress again will find them.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := ExpandConstant('{localappdata}\{#DataFolder}');
  if DirExists(Folder) and PersonWantsDataDeleted(Folder) then
    if not DelTree(Folder, True, True, True) then
      SuppressibleMsgBox('Some files in ' + Folder + ' could not be deleted '
        + '(is AcuPress still running?). Delete the folder by hand.',
        mbError, MB_OK, IDOK);
end;
